"""Aircraft, vehicles or weapons added with a comitative ("along with", "together with")
to forces of the same owner go as their equipment, in one movement with them: "I
have sent 2,000 more soldiers, along with fighter jets and attack helicopters, to
Romania" is one deployment, as "has moved its tactical groups, together with missile
launchers, into …" is. Four surroundings (publisher, party, the
verb, troops or units first). The look-alikes stay two movements: units
added to aircraft ("six fighters, along with an air defence battalion"), the
additive "as well as", ships added (no equipment of the troops), and equipment whose own
phrase names another owner. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def forces(text: str, source: str | None) -> list[tuple[str, str]]:
    return [(m.actor.name, m.forces) for m in extract(text, None, source).military_movements]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A White House speech: soldiers, aircraft after "along with".
        (
            "The President has ordered another 2,000 American soldiers, along with F-16"
            " fighters and Black Hawk helicopters, to Romania and Bulgaria.",
            WHITE_HOUSE,
            [("United States", "another 2,000 American soldiers")],
        ),
        # A Kyiv readout: units, weapons after "together with", the perfect.
        (
            "According to our intelligence, Russia has moved eight battalion tactical groups,"
            " along with Iskander-M launchers, from the Southern Military District into the"
            " Gomel region.",
            KYIV,
            [("Russia", "eight battalion tactical groups")],
        ),
        # A Kremlin meeting: another party, vehicles.
        (
            "Belarus has sent two more battalions, together with armoured vehicles, to the"
            " Brest region.",
            KREMLIN,
            [("Belarus", "two more battalions")],
        ),
        # A news report: troops as subject, tanks in the aside.
        (
            "Norway's 300 troops, along with 20 tanks, arrived in Lithuania, officials said.",
            None,
            [("Norway", "300 troops")],
        ),
    ],
)
def test_equipment_along_with_troops_is_one_movement(
    text: str, source: str | None, expected: list[tuple[str, str]]
) -> None:
    assert forces(text, source) == expected


@pytest.mark.parametrize(
    ("text", "source", "count"),
    [
        # Units added to aircraft: each a movement.
        (
            "Secretary Austin has ordered eight F-35 fighters from Hill Air Force Base, along"
            " with a battalion of Patriot systems, to bases in Poland.",
            WHITE_HOUSE,
            2,
        ),
        # The additive "as well as": each a movement.
        ("Norway's 300 troops, as well as 20 tanks, arrived in Lithuania.", None, 2),
        # Ships added to troops: each a movement.
        ("Norway's 300 troops, along with two frigates, arrived in Lithuania.", None, 2),
        # Equipment whose own phrase names another owner.
        ("300 Norwegian troops, together with 20 Danish tanks, arrived in Lithuania.", None, 2),
    ],
)
def test_other_forces_added_stay_movements_of_their_own(
    text: str, source: str | None, count: int
) -> None:
    assert len(extract(text, None, source).military_movements) == count
