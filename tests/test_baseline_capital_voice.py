"""A capital that speaks is its government ("Moscow says …" → Russian government), as the
guide resolves the Kremlin and Downing Street; acted on, named as a place or moving forces,
it stays the state. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract


def holders(text: str) -> list[tuple[str, str, str | None]]:
    draft = extract(text, source=WHITE_HOUSE)
    return [(p.holder.name, p.stance, p.target.name if p.target else None) for p in draft.positions]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (a) plain
        (
            "Moscow insists that its troops pose no threat to anyone.",
            ("Russian government", "deny", None),
        ),
        # (b) a fronted phrase or clause
        (
            "On Friday, Moscow denied any plans to attack Estonia.",
            ("Russian government", "deny", "Estonia"),
        ),
        # (the party attacked is no target of the warning: its attacker is not named)
        (
            "After the talks, Washington warned that an attack on Estonia would be a grave "
            "mistake.",
            ("US government", "warn", None),
        ),
        # (c) another capital, and the seat of government named instead
        (
            "Minsk denies that it is preparing an attack on Lithuania.",
            ("Belarusian government", "deny", "Lithuania"),
        ),
        (
            "The Kremlin denies any plans to attack Estonia.",
            ("Russian government", "deny", "Estonia"),
        ),
        # (d) a postposed "…, X said" (one clause of two: the test after)
        (
            "Its troops pose no threat to anyone, Moscow said.",
            ("Russian government", "deny", None),
        ),
    ],
)
def test_a_capital_that_speaks_is_its_government(
    sentence: str, expected: tuple[str, str, str | None]
) -> None:
    assert holders(sentence) == [expected]


def test_a_capital_speaking_in_each_of_two_clauses_is_each_government() -> None:
    assert holders(
        "Moscow denies any plans to attack Estonia, and Minsk insists the drills are routine."
    ) == [("Russian government", "deny", "Estonia"), ("Belarusian government", "other", None)]


def test_a_capital_acted_on_or_named_as_a_place_stays_the_state() -> None:
    # The target of another's accusation is the state, as the labels give it.
    assert holders("Washington accused Moscow of preparing an attack on Estonia.") == [
        ("US government", "accuse", "Russia")
    ]
    # A place holds nothing.
    assert holders("In Moscow, officials denied any plans to attack Estonia.") == []
    # The state itself speaking stays the state.
    assert holders("Its troops pose no threat to anyone, Russia said.") == [
        ("Russia", "deny", None)
    ]


def test_a_capitals_forces_are_the_states() -> None:
    draft = extract("Moscow has moved 3,000 troops to the Pskov region.", source=WHITE_HOUSE)
    assert [(m.actor.name, m.actor.kind) for m in draft.military_movements] == [("Russia", "state")]
