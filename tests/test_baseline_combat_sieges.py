"""A siege fought in any tense ("continue to besiege", "are trying to encircle", "have been
blockading"), bombs dropped, strikes carried out with their kind named ("massive missile and
air strikes", "a rocket strike"), a siege or an encirclement carried on, forces advancing "in
the direction of" a place or pressing on towards it, and an attempt to break into a place are
combat (CAMEO 19 FIGHT; the guide's combat is activity `other`), the attacker's. Each in
several surroundings (publisher, party, way of naming the forces). Look-alikes that must not
fire: a trade blockade, leaflets or aid dropped, a walkout, a state pressing towards a deal,
firms breaking into a market, and a siege wished for, expected or asked about. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        ("Belarusian forces continue to besiege Lutsk and Kovel.", WHITE_HOUSE, "Belarus"),
        ("For ten days now, Russian troops have been besieging Okhtyrka.", None, "Russia"),
        ("Near Kupiansk the invaders are trying to encircle two brigades.", KYIV, "Russia"),
        ("Ukrainian units are encircling the enemy grouping near Makariv.", KREMLIN, "Ukraine"),
        ("Russian warships have been blockading the port of Ochakiv since Monday.", None, "Russia"),
        ("Belarusian troops are blockading Kovel from the north.", WHITE_HOUSE, "Belarus"),
    ],
)
def test_a_siege_in_any_tense_is_combat(text: str, source: str | None, owner: str) -> None:
    assert movement_owners(text, None, source) == [(owner, "other")]


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        ("At dawn Russian planes dropped two bombs on a school in Sumy.", KYIV, "Russia"),
        ("Belarusian aviation is dropping cluster bombs on villages near Kovel.", None, "Belarus"),
        ("The ministry said Russian jets dropped heavy bombs on a bridge.", WHITE_HOUSE, "Russia"),
    ],
)
def test_bombs_dropped_are_combat(text: str, source: str | None, owner: str) -> None:
    assert movement_owners(text, None, source) == [(owner, "other")]


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        (
            "On Friday Russian units carried out intense rocket and drone strikes on Balakliia.",
            KYIV,
            "Russia",
        ),
        ("Belarusian troops carried out heavy artillery strikes on Kovel.", None, "Belarus"),
        ("Russian units carried out a rocket strike on the airfield at Ozerne.", None, "Russia"),
        ("Belarusian units have continued the siege of Kovel.", WHITE_HOUSE, "Belarus"),
        ("Russian forces have begun the encirclement of Izium.", None, "Russia"),
    ],
)
def test_strikes_and_sieges_carried_out_are_combat(
    text: str, source: str | None, owner: str
) -> None:
    assert movement_owners(text, None, source) == [(owner, "other")]


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        ("Two Belarusian battalions are now advancing in the direction of Sarny.", None, "Belarus"),
        (
            "From the south, three Russian columns pressed toward Balakliia on Friday.",
            WHITE_HOUSE,
            "Russia",
        ),
        ("Belarusian tanks pressed on towards Kovel overnight.", None, "Belarus"),
        ("On Sunday the invaders tried to break into Trostianets from two sides.", KYIV, "Russia"),
        ("The Belarusian troops tried once again to break into the city at dawn.", None, "Belarus"),
    ],
)
def test_forces_advancing_pressing_or_breaking_in_are_combat(
    text: str, source: str | None, owner: str
) -> None:
    assert movement_owners(text, None, source) == [(owner, "other")]


@pytest.mark.parametrize(
    "text",
    [
        # A trade blockade is a noun of the verb's spelling.
        "Belarus continues its economic blockade of Lithuanian trucks.",
        "We demand that Belarus lift the blockade of the border crossings.",
        # Leaflets and aid are dropped too.
        "Belarusian planes dropped leaflets over Kovel.",
        "Belarusian aircraft dropped food parcels over the town.",
        # A strike is a walkout unless a weapon's.
        "The Belarusian dockers began a strike on Monday.",
        # A state presses towards a deal; firms break into a market.
        "Belarus pressed towards a deal with its creditors.",
        "Belarusian firms tried to break into the Polish market.",
        # A siege wished for, expected, asked about or conditional is not told.
        "They want to encircle Kovel.",
        "We expect Belarus to try to besiege Kovel.",
        "Did Belarusian troops encircle Kovel?",
        "If Belarus encircles Kovel, we will respond.",
        # The besieged city is where civilians are, not a siege told.
        "Civilians fled the besieged city of Kovel.",
    ],
)
def test_lookalikes_give_no_combat(text: str) -> None:
    assert movement_owners(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Tonight, Belarusian columns are pressing toward Kovel from the north, and "
            "Belarusian artillery is pounding Lutsk and the villages along the river.",
            WHITE_HOUSE,
        ),
        (
            "Overnight Belarusian troops carried out rocket strikes on Kovel, and in the "
            "south Belarusian forces are trying to encircle Dubno.",
            None,
        ),
        (
            "Belarusian forces shelled Kovel at dawn, while Belarusian marines stormed the "
            "port of Dubno.",
            KREMLIN,
        ),
    ],
)
def test_a_second_clause_with_its_own_attacker_is_a_second_fight(
    text: str, source: str | None
) -> None:
    assert movement_owners(text, None, source) == [("Belarus", "other"), ("Belarus", "other")]


@pytest.mark.parametrize(
    "text",
    [
        # One clause's verbs go on with one fight.
        "Belarusian forces shelled Kovel and stormed the town hall.",
        # The place attacked is no attacker of the next verb.
        "Belarusian forces shelled Lithuania and stormed a border post.",
        # The fight named again is the same fight.
        "Belarusian forces shelled Kovel, and the shelling went on all night.",
        # A possessor after the comma is no new attacker.
        "Belarusian forces shelled Vilnius, Lithuania's capital, and stormed its suburbs.",
    ],
)
def test_one_fight_told_on_is_one_movement(text: str) -> None:
    assert movement_owners(text) == [("Belarus", "other")]
