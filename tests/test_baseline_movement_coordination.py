"""Forces coordinated in one movement's clause are each a movement (``movement_coordination``):
forces added "along with", "together with" or "as well as" the first, going where they go,
and a second object with a goal of its own after "and", the verb left out."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

Row = tuple[str, str, str, str | None]


def movements(text: str) -> list[Row]:
    return [
        (m.actor.name, m.activity, m.forces, m.destination)
        for m in extract(text).military_movements
    ]


@pytest.mark.parametrize(
    ("text", "both"),
    [
        # (a) plain: a second object with its own goal
        (
            "Britain will send 500 troops to Estonia and 20 tanks to Latvia.",
            [
                ("United Kingdom", "deploy", "500 troops", "Estonia"),
                ("United Kingdom", "deploy", "20 tanks", "Latvia"),
            ],
        ),
        # (b) after a fronted adverbial, the second with where it comes from
        (
            "On Friday, Germany deployed 300 soldiers to Lithuania and four frigates from the "
            "North Sea to the Baltic Sea.",
            [
                ("Germany", "deploy", "300 soldiers", "Lithuania"),
                ("Germany", "deploy", "four frigates", "the Baltic Sea"),
            ],
        ),
        # (c) the actor by office and name: forces added along with the first
        (
            "Spanish Defence Minister Ana Ruiz has ordered six F-18 fighters from Zaragoza Air "
            "Base, along with a battery of Patriot systems, to bases in Romania.",
            [
                ("Spain", "deploy", "six F-18 fighters", "bases in Romania"),
                ("Spain", "deploy", "battery", "bases in Romania"),
            ],
        ),
        # (d) a postposed source
        (
            "The Pentagon sent 12 Apache helicopters, together with 300 soldiers, to Latvia, "
            "officials said.",
            [
                ("United States", "deploy", "12 Apache helicopters", "Latvia"),
                ("United States", "deploy", "300 soldiers", "Latvia"),
            ],
        ),
        # the verb gapped in a passive: the subject forces and a second subject with its goal
        (
            "300 Norwegian troops were sent to Lithuania and 200 Norwegian troops to Latvia.",
            [
                ("Norway", "deploy", "300 Norwegian troops", "Lithuania"),
                ("Norway", "deploy", "200 Norwegian troops", "Latvia"),
            ],
        ),
        # a comitative aside between the subject and its verb: the head is the subject
        # (ships, not the troops' equipment: test_baseline_movement_equipment_along)
        (
            "Norway's 300 troops, along with two frigates, arrived in Lithuania.",
            [
                ("Norway", "deploy", "300 troops", "Lithuania"),
                ("Norway", "deploy", "two frigates", "Lithuania"),
            ],
        ),
        # the forces added name their own owner
        (
            "300 Norwegian troops, as well as 20 Danish tanks, arrived in Lithuania.",
            [
                ("Norway", "deploy", "300 Norwegian troops", "Lithuania"),
                ("Denmark", "deploy", "20 Danish tanks", "Lithuania"),
            ],
        ),
    ],
)
def test_coordinated_forces_are_each_a_movement(text: str, both: list[Row]) -> None:
    assert movements(text) == both


@pytest.mark.parametrize(
    ("text", "one"),
    [
        # a second object with no goal of its own is another clause's, not moved
        (
            "Britain sent 500 troops to Estonia and 300 soldiers remain on standby at home.",
            ("United Kingdom", "deploy", "500 troops", "Estonia"),
        ),
        # forces joined in one phrase go together: one movement
        (
            "Russia moved 30,000 troops and 40 warships to the Black Sea.",
            ("Russia", "deploy", "30,000 troops and 40 warships", "the Black Sea"),
        ),
    ],
)
def test_forces_not_moved_apart_are_no_second_movement(text: str, one: Row) -> None:
    assert one in movements(text)
    assert len([m for m in movements(text) if m[1] == "deploy"]) == 1
