"""Talks held, then a sentence that sets their going on ahead ("our delegations will
continue the negotiations tomorrow", "will resume the talks on Monday"): the future cue
governs the noun across the verb of going on, so the next session is an occasion of its
own, planned, not more evidence of the talks held. In four surroundings, with look-alikes.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, contacts

ADDRESS = "Address by President of Ukraine Oleh Bondar"
HELD = "Our delegation held talks with the Georgian delegation in Batumi today. "


@pytest.mark.parametrize(
    "then",
    [
        # (a) plain
        "Both delegations will continue the negotiations in the morning.",
        # (b) a fronted time, a medium after the noun
        "On Thursday both delegations will continue the negotiations over a secure line.",
        # (c) "resume" and "their"
        "The delegations will resume their talks on Monday.",
        # (d) one clause of two
        "The work was hard, and the delegations will continue the talks on Friday.",
    ],
)
def test_talks_to_go_on_are_a_session_planned(then: str) -> None:
    found = contacts(HELD + then, ADDRESS, KYIV)
    assert [status for _, mode, status in found if mode == "talks"] == ["held", "planned"]


@pytest.mark.parametrize(
    "then",
    [
        # going on now, no future cue: the same talks
        "The delegations continue the negotiations in a constructive spirit.",
        # a future cue far from the noun, governing another verb
        "We will see whether the delegations continue the talks.",
    ],
)
def test_talks_going_on_with_no_cue_governing_them_are_the_same(then: str) -> None:
    found = contacts(HELD + then, ADDRESS, KYIV)
    assert [status for _, mode, status in found if mode == "talks"] == ["held"]
