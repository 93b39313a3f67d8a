"""Another side's help told by a third party is not the teller's support: "the West
continues to provide Kiev with military assistance", said by Moscow, reports the giver's
act (the guide: assistance *offered* is `support`, the offerer's). The giver is the subject
just before the assistance cue (``other_side_stances.given_by``). One's own side giving ("we",
a party of the speaker's own state), or a giver named only after a preposition, stays the
holder's support. Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    "text",
    [
        # (a) a foreign minister reported, a bloc as the giver, carrying on
        "Russian Foreign Minister Sergei Lavrov said that the West continues to provide Kiev "
        "with military assistance.",
        # (b) a quotation, a state as the giver, the present progressive
        '"The United States is providing the Kiev regime with financial aid," Russian Foreign '
        "Ministry spokeswoman Maria Zakharova told reporters.",
        # (c) a third state's leader, the future of carrying on
        "Hungarian Prime Minister Viktor Orban said Germany will continue to provide Ukraine "
        "with humanitarian aid.",
        # (d) a spokesman speaking for his state, a perfect with an amount
        "Chinese Foreign Ministry spokesman Wang Wenbin said the Netherlands has allocated 50 "
        "million euros in humanitarian assistance to Ukraine.",
    ],
)
def test_anothers_help_told_is_not_the_tellers_support(text: str) -> None:
    assert "support" not in [stance for _, stance in held_stances(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The speaker's own "we".
        (
            'Prime Minister Mark Rutte said: "We will continue to provide Ukraine with '
            'humanitarian aid."',
            [("Mark Rutte", "support")],
        ),
        # The speaker's own state as the giver.
        (
            "Polish President Andrzej Duda said Poland will continue to provide Ukraine with "
            "humanitarian aid.",
            [("Andrzej Duda", "support")],
        ),
        # A state named before the giver only as an object: the subject is the speaker's.
        (
            'Prime Minister Mark Rutte said: "Together with Germany, the Netherlands is '
            'providing $50 million in humanitarian assistance to Ukraine."',
            [("Mark Rutte", "support")],
        ),
    ],
)
def test_own_help_stays_support(text: str, expected: list[tuple[str, str]]) -> None:
    """Look-alikes: help given by the speaker's own side is the speaker's support."""
    assert held_stances(text) == expected
