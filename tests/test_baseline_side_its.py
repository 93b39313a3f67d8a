"""A side named ("the Russian side", "the Russian delegation") is what a later "its" stands
for, as a state named is: "The Russian side says that its units will withdraw" is Russia's,
not a state named before it. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract

_BEFORE = "Drills continue in Belarus. "


def movements(text: str) -> list[tuple[str, str, str]]:
    draft = extract(text, source=KYIV)
    return [(m.actor.name, m.activity, m.forces) for m in draft.military_movements]


@pytest.mark.parametrize(
    "sentence",
    [
        # (a) plain
        "The Russian side says that its units will withdraw to their bases.",
        # (b) after a fronted phrase
        "After the drills, the Russian side said that its units would withdraw to their bases.",
        # (c) the side named by its delegation
        "The Russian delegation says that its units will withdraw to their bases.",
        # (d) one clause of two
        "The Russian side says that its units will withdraw to their bases, and Minsk agrees.",
    ],
)
def test_its_after_a_side_is_the_sides_state(sentence: str) -> None:
    assert movements(_BEFORE + sentence) == [("Russia", "withdraw", "units")]


def test_a_state_named_after_the_side_takes_its() -> None:
    found = movements(
        "The Russian side raised the drills. Belarus says that its units will withdraw to "
        "their bases."
    )
    assert ("Belarus", "withdraw", "units") in found
    assert ("Russia", "withdraw", "units") not in found
