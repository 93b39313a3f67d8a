"""A need stated with its object asks for it (`[stances] demand`, CAMEO 02 appeal for aid),
also when the object is the weapons named one by one: "We need tanks, jets and air
defence systems, not words of sympathy" (z12). The need is the main verb and decides; the
"support" of the negated half after it is no stance of the speaker's. Four surroundings,
with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a quotation, "we", a contrast's negated half naming support
        (
            'President Volodymyr Zelenskyy said: "We need tanks, aircraft and air defence '
            'systems, not words of support."',
            [("Volodymyr Zelenskyy", "demand")],
        ),
        # (b) a person, reported, a state as the needing party
        (
            "Foreign Minister Ilse Varga said Ukraine needs artillery and ammunition from its "
            "partners.",
            [("Ilse Varga", "demand")],
        ),
        # (c) a ministry, the past tense, "anti-tank" weapons
        (
            "The Ukrainian Defence Ministry said the army needed howitzers, drones and anti-tank "
            "weapons.",
            [("Ukrainian government", "demand")],
        ),
        # (d) postposed attribution
        (
            "Ukraine needs drones and artillery shells now, Defence Minister Oleksii Reznikov "
            "said.",
            [("Oleksii Reznikov", "demand")],
        ),
    ],
)
def test_weapons_needed_by_name_are_asked_for(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The weapons before "need", or after its real object: nothing asked for.
        "Foreign Minister Ilse Varga said the tanks needed repairs after the exercise.",
        "Foreign Minister Ilse Varga said the army needed two weeks to repair its tanks.",
    ],
)
def test_weapons_not_the_object_of_need_ask_nothing(text: str) -> None:
    """Look-alikes: only weapons right after "need" are what is needed."""
    assert "demand" not in [stance for _, stance in held_stances(text)]
