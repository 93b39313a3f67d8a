"""One's own forces kept out of a war are a commitment on the scope of a deployment (the
guide: Kirby's "not going to fight in Ukraine" is `commit`), also when the enemy is named
between the verb and the place ("American forces will not fight Russia in Ukraine") and when
the forces are denied by "no" ("no Estonian combat units would be sent onto Ukrainian
territory"). Four surroundings each, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a person, "has been clear that"
        (
            "Defence Secretary Mark Hollis has been clear that British troops will not fight "
            "Russia in Ukraine.",
            [("Mark Hollis", "commit")],
        ),
        # (b) a quotation, "would not"
        (
            'Prime Minister Lena Aho said: "Finnish soldiers would not fight Belarus in '
            'Ukraine under any circumstances."',
            [("Lena Aho", "commit")],
        ),
        # (c) "no" before the forces, a state, "would be deployed on"
        (
            "Latvia said that no Latvian or NATO combat units would be deployed on Ukrainian "
            "territory.",
            [("Latvia", "commit")],
        ),
        # (d) a sentence after another, "will be sent to", the reporting clause after
        (
            "Talks resumed on Monday. No Finnish troops will be sent to Ukraine, Prime "
            "Minister Lena Aho said.",
            [("Lena Aho", "commit")],
        ),
    ],
)
def test_forces_kept_out_named_another_way_are_a_commitment(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A common noun between the verb and the place: "fight the cold in", no enemy named.
        "Defence Secretary Mark Hollis said British troops will not fight the fires in Ukraine.",
        # "No" forces with another verb: a fact of the field, no undertaking.
        "Defence Secretary Mark Hollis said no British troops would be needed in Estonia.",
    ],
)
def test_other_predicates_of_forces_are_no_commitment(text: str) -> None:
    """Look-alikes: the enemy is a name, and "no" forces need a verb of sending them."""
    assert "commit" not in [stance for _, stance in held_stances(text)]
