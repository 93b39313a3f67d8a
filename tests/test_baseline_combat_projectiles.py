"""Projectiles as the subject of their impact are combat (CAMEO 195 aerial weapons, 194
artillery; the guide's combat is activity `other`): the attacker is their owner named with them
("Belarusian missiles fall on …"), or else the side they were fired from ("two shells fired
from the Lithuanian side landed …"), and the target is where they fell. Look-alikes that must
not fire: missiles foretold ("will fall", "could hit"), asked about or under a condition,
falling with no owner named, missiles delivered as cargo from a country, and rockets launched
from a range. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners, movements


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        ("Every night, Belarusian missiles and bombs fall on Kovel and Lutsk.", KYIV, "Belarus"),
        ("On Sunday Russian rockets hit the dam at Kaniv.", WHITE_HOUSE, "Russia"),
        ("Russian shells exploded in the yard of a school in Izium.", None, "Russia"),
        (
            "Yesterday two shells fired from the Lithuanian side exploded near a farm.",
            KREMLIN,
            "Lithuania",
        ),
        ("We have seen Belarusian missiles fired from Russian soil.", WHITE_HOUSE, "Belarus"),
        (
            "Three mortar shells that were fired from the Ukrainian side hit a warehouse.",
            None,
            "Ukraine",
        ),
    ],
)
def test_projectiles_fired_or_falling_are_their_owners_combat(
    text: str, source: str | None, owner: str
) -> None:
    assert movement_owners(text, None, source) == [(owner, "other")]


def test_the_target_is_where_the_projectiles_fell_not_where_they_came_from() -> None:
    (move,) = movements(
        "This morning three shells fired from the Lithuanian side landed on a farm."
    )
    assert move.destination == "a farm"


@pytest.mark.parametrize(
    "text",
    [
        "Sooner or later Belarusian rockets will fall on Vilnius as well.",
        "Belarusian missiles could hit any city in Europe.",
        "Did Belarusian rockets hit the airport?",
        "If Belarusian missiles hit Kovel, the alliance would respond.",
        "Bombs fell on three villages near Kovel overnight.",
        "Two aircraft carrying missiles from Lithuania landed in Kovel.",
        "Two Lithuanian missiles landed in Kovel aboard a cargo plane.",
        "The new Lithuanian rockets were launched from a test range in the north.",
    ],
)
def test_lookalikes_give_no_combat(text: str) -> None:
    assert not [owner for owner in movement_owners(text) if owner[1] == "other"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a stock or trade noun before the projectiles makes them goods (fails without
        # projectiles._stocked, and without "fell" needing its preposition)
        ("Stocks of Belarusian missiles fell steeply over the winter, experts say.", None),
        ("Supplies of Lithuanian shells fell to a record low in March.", KYIV),
        ("Exports of Belarusian rockets fell in the last quarter.", WHITE_HOUSE),
        # fired in a test or from a range (fails without projectiles._trial)
        (
            "Three Belarusian missiles fired from the Brest range hit their targets in the "
            "exercise.",
            KREMLIN,
        ),
        ("Two Lithuanian rockets fired from a ship hit the mock target during the test.", None),
    ],
)
def test_projectiles_counted_or_fired_in_a_trial_are_no_combat(
    text: str, source: str | None
) -> None:
    owners = movement_owners(text, None, source)
    assert ("Belarus", "other") not in owners
    assert ("Lithuania", "other") not in owners


@pytest.mark.parametrize(
    "text",
    [
        # an adverb after the impact verb is never the target (fails without the
        # preposition after "fell")
        "Belarusian missiles fell heavily overnight.",
        "Belarusian shells fell silently all night.",
    ],
)
def test_a_fall_without_a_place_is_no_target(text: str) -> None:
    assert all(move.destination is None for move in movements(text, KYIV))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Belarusian missiles fell on Kovel overnight.", "Kovel"),
        ("Belarusian rockets rained down on Lutsk.", "Lutsk"),
    ],
)
def test_a_fall_on_a_place_keeps_its_target(text: str, target: str) -> None:
    (move,) = movements(text, KYIV)
    assert move.destination == target
