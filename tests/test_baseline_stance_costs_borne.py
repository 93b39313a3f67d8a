"""A cost or consequence the clause says is borne ("a war would carry an enormous human cost",
"the region would feel its consequences") is harm foretold, a warning (the guide: a
predicted consequence is `warn`), not a punitive measure taken or held ready. A measure a
party is told it will face stays one.
"""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain
        (
            "Prime Minister Lena Aho said that a war would carry an enormous human cost for "
            "Europe.",
            [("Lena Aho", "warn")],
        ),
        # (b) after a fronted adverbial, under a verb of warning
        (
            "On Monday, Prime Minister Lena Aho warned that the Baltic region would feel its "
            "consequences for years.",
            [("Lena Aho", "warn")],
        ),
        # (c) a pronoun after a first mention
        (
            "Prime Minister Lena Aho spoke in Helsinki. She said that the whole of Scandinavia "
            "would feel the consequences of a war.",
            [("Lena Aho", "warn")],
        ),
        # (d) one clause of two, with a postposed "…, X said"
        (
            "A war would carry a terrible human cost, and Finland will support every diplomatic "
            "effort, Prime Minister Lena Aho said.",
            [("Lena Aho", "warn"), ("Lena Aho", "support")],
        ),
    ],
)
def test_a_cost_borne_is_a_warning(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # Faced, the consequences are a measure taken.
        ("Prime Minister Lena Aho said that Russia would face severe consequences.", "commit"),
        # Warned of, they are a threat.
        (
            "Prime Minister Lena Aho warned Moscow that it would face severe consequences.",
            "threaten",
        ),
        # "feels that" opens a clause: its measure is no object of the verb.
        (
            "Prime Minister Lena Aho said that she feels that further sanctions will follow.",
            "commit",
        ),
    ],
)
def test_a_measure_faced_is_no_cost_borne(text: str, stance: str) -> None:
    assert [s for _, s in held_stances(text)] == [stance]


def test_a_punitive_action_carried_is_no_cost_borne() -> None:
    # Look-alike: a ban is an action the law takes, not a cost or consequence; without the
    # guard that only a measure noun is borne, "carry a ban" would be a warning.
    text = "Prime Minister Lena Aho said the new law would carry a ban on Russian ships."
    assert held_stances(text) == [("Lena Aho", "commit")]
