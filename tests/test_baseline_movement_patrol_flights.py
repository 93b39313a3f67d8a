"""Patrol flights named by what flies them, or flown as an activity (CAMEO 15 force posture:
reconnaissance and surveillance): "we recorded 19 flights by NATO reconnaissance aircraft
over the Black Sea", "their aircraft fly reconnaissance along our border". Flights by
airliners are no patrol, and what flew is no place patrolled."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

Row = tuple[str, str]


def patrols(text: str, source: str | None = None) -> list[Row]:
    return [
        (m.actor.name, m.forces)
        for m in extract(text, source=source).military_movements
        if m.activity == "patrol"
    ]


@pytest.mark.parametrize(
    ("text", "source", "patrol"),
    [
        # (a) a Kremlin transcript, the flights counted, the place after the aircraft
        (
            "Sergei Shoigu: Over the past month, we recorded 31 flights by American "
            "reconnaissance aircraft over the Baltic Sea.",
            KREMLIN,
            ("United States", "American reconnaissance aircraft"),
        ),
        # (b) a Kyiv statement, the second clause, "fly reconnaissance along"
        (
            "Russia has massed troops in Crimea, and its drones fly reconnaissance along "
            "our southern coast every night.",
            KYIV,
            ("Russia", "drones"),
        ),
        # (c) a White House readout, the owner named by its adjective, "flew surveillance"
        (
            "President Biden noted that Russian aircraft flew surveillance over the Black "
            "Sea last week.",
            WHITE_HOUSE,
            ("Russia", "Russian aircraft"),
        ),
        # (d) a news report, the flights as the subject of a passive
        (
            "Flights by Belarusian drones were detected over the Lithuanian border on "
            "Friday, officials said.",
            None,
            ("Belarus", "Belarusian drones"),
        ),
    ],
)
def test_patrol_flights_by_what_flies_them(text: str, source: str | None, patrol: Row) -> None:
    assert patrol in patrols(text, source)


@pytest.mark.parametrize(
    "text",
    [
        # airliners' flights are no patrol
        "Sergei Shoigu: There were 40 flights by Turkish passenger aircraft over the region.",
        "Sergei Shoigu: We counted 12 flights by civilian planes of Polish airlines.",
        # planes not named military: flights an airspace ban is about
        "Sergei Shoigu: Poland has banned all flights by Russian planes over its territory.",
    ],
)
def test_flights_by_airliners_are_no_patrol(text: str) -> None:
    assert patrols(text, KREMLIN) == []


def test_what_flew_is_no_place_patrolled() -> None:
    text = (
        "Sergei Shoigu: We recorded 31 flights by NATO reconnaissance aircraft over the Baltic Sea."
    )
    places = [m.destination for m in extract(text, source=KREMLIN).military_movements]
    assert places == ["over the Baltic Sea"]
