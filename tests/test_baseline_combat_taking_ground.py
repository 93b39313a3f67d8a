"""Taking ground is fighting (CAMEO 19 FIGHT; the guide's combat is activity `other`): forces
that seized or liberated a named place or a counted kind of places ("seized the power plant",
"liberated Volnovakha", "have liberated more than thirty settlements"), that "have taken
control of" a place (as "took control of" already was, also with a quoted verb), or that drove
the enemy's forces back. Each in four surroundings (publisher, party, way of naming the forces,
sentence shape). Look-alikes that must not fire: weapons seized (what is taken is no ground),
someone said to be liberated, a car driven back home, and a seizure told as history. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners, movement_statuses


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        (
            "On Tuesday, Russian troops seized the Kakhovka hydroelectric plant.",
            WHITE_HOUSE,
            "Russia",
        ),
        (
            "The ministry said Ukrainian units liberated Trostianets after two days of fighting.",
            KREMLIN,
            "Ukraine",
        ),
        (
            "Over the weekend Belarusian forces have liberated four villages near the border.",
            None,
            "Belarus",
        ),
        (
            "Officials said Russian paratroopers are seizing the Hostomel airfield.",
            KYIV,
            "Russia",
        ),
    ],
)
def test_a_place_seized_or_liberated_is_combat(text: str, source: str | None, owner: str) -> None:
    assert movement_owners(text, None, source) == [(owner, "other")]


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        ("Russian marines have taken control of Berdiansk, the ministry said.", KYIV, "Russia"),
        (
            'The staff reported that Ukrainian troops had "taken control" of Trostianets.',
            WHITE_HOUSE,
            "Ukraine",
        ),
    ],
)
def test_control_taken_of_a_place_is_combat(text: str, source: str | None, owner: str) -> None:
    assert movement_owners(text, None, source) == [(owner, "other")]


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        ("Ukrainian forces have pushed the invaders back from Brovary.", WHITE_HOUSE, "Ukraine"),
        ("Russian units drove the enemy back across the river on Sunday.", KREMLIN, "Russia"),
        (
            "The report said Ukrainian brigades are driving Russian troops back toward Izium.",
            None,
            "Ukraine",
        ),
    ],
)
def test_enemy_forces_driven_back_is_combat(text: str, source: str | None, owner: str) -> None:
    assert movement_owners(text, None, source) == [(owner, "other")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # What is seized is weapons or goods, not ground.
        ("Russian soldiers seized a large number of Ukrainian weapons.", KYIV),
        ("Russian forces seized documents and computers in the city hall.", WHITE_HOUSE),
        # Someone said to be liberated, no place taken.
        ("Russian troops say they are liberating the people of Donbas.", None),
        ("Ukrainian troops liberated the hostages on Friday.", KREMLIN),
        # Driven back, but not an enemy's forces.
        ("Russian troops drove the journalists back to their hotel.", KYIV),
        ("Ukrainian soldiers drove the evacuees back to Lviv.", WHITE_HOUSE),
    ],
)
def test_look_alikes_take_no_ground(text: str, source: str | None) -> None:
    assert movement_owners(text, None, source) == []


def test_a_seizure_told_as_history_is_no_movement() -> None:
    text = "In 2014, Russian forces seized Crimea, and the world did not respond strongly enough."
    assert movement_owners(text, None, WHITE_HOUSE) == []


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("On Monday, Russian troops seized the Kakhovka hydroelectric plant.", "Russia"),
        ("In recent days Ukrainian forces have liberated twenty villages near Sumy.", "Ukraine"),
        ("Ukrainian brigades have driven the occupiers back from Brovary.", "Ukraine"),
        ("Russian marines have taken control of Berdiansk.", "Russia"),
    ],
)
def test_ground_taken_is_completed(text: str, owner: str) -> None:
    assert movement_statuses(text, None, WHITE_HOUSE) == [(owner, "other", "completed")]
