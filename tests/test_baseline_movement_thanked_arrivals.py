"""Weapons a party is thanked for, told arriving, are that party's supply: "He also thanked
the partners for the fresh batches of anti-tank weapons that arrived in Ukraine" (weapons that
arrive are supplied; the party thanked for them gave them, as with "thanked X for the delivery
of …"). A group thanked is the giver as the text names it ("the partners"). Four surroundings
(publisher, party, way of naming the giver: a group, a state, a state by its other name,
sentence shape: "arrived", "landed"; the relative "…, which arrived" is in
``test_baseline_movement_relative_arrivals``), and the look-alikes: troops thanked for are
no weapons (the party thanked is not their owner), weapons told arriving in a clause
coordinated after the thanks ("…, and 300 missiles arrived") have no giver, and thanks for
support alone move nothing. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_rows


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A Kyiv readout: a group thanked, "arrived".
        (
            "He also thanked the partners for the new shipment of anti-tank rifles that arrived"
            " in Kharkiv this week.",
            KYIV,
            [("partners", "supply", "the new shipment of anti-tank rifles")],
        ),
        # A White House readout: a state thanked, bare weapons.
        (
            "The President thanked Poland for the howitzers that arrived in Lviv on Monday.",
            WHITE_HOUSE,
            [("Poland", "supply", "howitzers")],
        ),
        # A news report: the state by its other name, "landed", a batch.
        (
            "Prime Minister Olena Marchuk thanked Britain for the second batch of anti-tank"
            " missiles that landed in Rzeszów on Sunday.",
            None,
            [("United Kingdom", "supply", "the second batch of anti-tank missiles")],
        ),
        # A Kremlin text: another pair of parties.
        (
            "Alexander Lukashenko thanked Russia for the S-400 systems that arrived in Belarus"
            " last week.",
            KREMLIN,
            [("Russia", "supply", "S-400 systems")],
        ),
    ],
)
def test_the_party_thanked_for_weapons_arriving_gave_them(
    text: str, source: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert movement_rows(text, source) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Troops are no weapons: the party thanked is not made their owner.
        "The President thanked Canada for the 200 soldiers that arrived in Latvia on Monday.",
        # Thanks for support alone.
        "He thanked the partners for their support.",
    ],
)
def test_no_movement_from_thanks_for_troops_or_support(text: str) -> None:
    assert movement_rows(text, KYIV) == []


def test_weapons_told_in_another_clause_are_not_the_thanked_partys() -> None:
    # A clause coordinated after a comma tells the arrival, not what Poland is thanked for.
    assert (
        movement_rows(
            "He thanked Poland for its support, and 300 anti-tank missiles arrived in Kyiv on"
            " Monday.",
            KYIV,
        )
        == []
    )
