"""Forces going home or back to their bases from where they were: the withdraw class completed,
and people going home, who move no forces. Each in four surroundings (plain, after a fronted
adverbial, the owner named another way, a second clause or a postposed speaker), with a
look-alike that must give nothing. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

from summarise.schema import MilitaryMovement, Quote


def movements(text: str) -> list[MilitaryMovement[Quote]]:
    return extract(text).military_movements


Key = tuple[str, str, str, str | None, str | None, str]


def key(m: MilitaryMovement[Quote]) -> Key:
    return (m.actor.name, m.activity, m.forces, m.origin, m.destination, m.status)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Swedish battalions will return home next month.",
            ("Sweden", "withdraw", "Swedish battalions", None, None, "planned"),
        ),
        (
            "After the drills ended, the Swedish battalions went home.",
            ("Sweden", "withdraw", "Swedish battalions", None, None, "completed"),
        ),
        (
            '"Our battalions will go home after the drills," the Finnish defence minister said.',
            ("Finland", "withdraw", "battalions", None, None, "planned"),
        ),
        (
            "Virta said the Finnish units would return home after the exercise.",
            ("Finland", "withdraw", "Finnish units", None, None, "planned"),
        ),
    ],
)
def test_forces_going_home_are_withdrawn(text: str, expected: Key) -> None:
    assert [key(m) for m in movements(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Finnish battalions will return from Estonia to their permanent bases.",
            ("Finland", "withdraw", "Finnish battalions", "Estonia", "their permanent bases"),
        ),
        (
            "As the exercise wound down, Finnish units began returning from Estonia to their"
            " garrisons.",
            ("Finland", "withdraw", "Finnish units", "Estonia", "their garrisons"),
        ),
        (
            '"Our battalions will return from Estonia to their garrisons after the drills,"'
            " Finnish Defence Minister Aino Virta said.",
            ("Finland", "withdraw", "battalions", "Estonia", "their garrisons"),
        ),
        (
            "The drills end on Friday, and the Finnish battalions will then return from Estonia"
            " to their permanent bases.",
            ("Finland", "withdraw", "Finnish battalions", "Estonia", "their permanent bases"),
        ),
    ],
)
def test_a_return_with_where_the_forces_leave_is_a_withdrawal(
    text: str, expected: tuple[str, str, str, str, str]
) -> None:
    found = [
        (m.actor.name, m.activity, m.forces, m.origin, m.destination)
        for m in movements(text)
        if m.activity == "withdraw"
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The refugees went home after the ceasefire.",
        "The delegates went home empty-handed.",
    ],
)
def test_people_going_home_move_no_forces(text: str) -> None:
    assert movements(text) == []


def test_the_place_forces_return_to_is_no_deployment() -> None:
    """ "places of permanent deployment" names a withdrawal's goal: inside a demand it is
    no movement at all, and no deployment of its own."""
    assert (
        movements(
            "Finland urged Russia to return its troops to their places of permanent deployment."
        )
        == []
    )
