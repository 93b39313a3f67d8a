"""Weapons that arrived from a party are that party's supply: the source of an arrival is
its sender, as the party after "from" of what is received is its giver ("another 80 tonnes
of ammunition arrived from Estonia", "the anti-tank weapons that arrived from Lithuania last
week", also past a place and a time, and over a party thanked for them). Look-alikes: a
source that is whose partners ("from our partners"), troops arriving from a base (still their
own state's), and "from" in another clause. And the Minsk terms' "withdrawal lines" are a
place forces keep behind, no withdrawal told. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source", "sender"),
    [
        (
            "Over the past week, another 80 tonnes of ammunition arrived from Estonia.",
            KYIV,
            "Estonia",
        ),
        (
            "The anti-tank weapons that arrived from Lithuania last week are already in use.",
            None,
            "Lithuania",
        ),
        (
            "The new rifles that arrived in Ukraine on Monday from Latvia are at the front.",
            WHITE_HOUSE,
            "Latvia",
        ),
        (
            "Minister Iryna Koval praised the anti-tank systems that have arrived from "
            "Lithuania over the past three weeks.",
            KYIV,
            "Lithuania",
        ),
    ],
)
def test_weapons_arrived_from_a_party_are_its_supply(
    text: str, source: str | None, sender: str
) -> None:
    assert movement_owners(text, None, source) == [(sender, "supply")]


def test_troops_arriving_from_a_place_stay_their_own_states() -> None:
    assert movement_owners("Two hundred Lithuanian troops arrived from Vilnius.") == [
        ("Lithuania", "deploy")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The anti-tank weapons arrived from our partners on Monday.",
        "The weapons arrived on Monday, and from Lithuania came only words.",
    ],
)
def test_a_source_that_is_no_sender_names_no_supplier(text: str) -> None:
    assert ("Lithuania", "supply") not in movement_owners(text, None, KYIV)
    assert all(owner != "Ukraine" for owner, _ in movement_owners(text, None, KYIV))


def test_withdrawal_lines_are_a_place_not_a_withdrawal() -> None:
    text = (
        "Lithuanian units have brought heavy artillery up to the front, breaching "
        "the agreed withdrawal lines."
    )
    assert movement_owners(text, None, KREMLIN) == [("Lithuania", "deploy")]
    assert movement_owners(
        "The withdrawal of Lithuanian units from the border has begun.", None, KREMLIN
    ) == [("Lithuania", "withdraw")]
