"""A movement named by its noun inside another act ("announced the pullout of", "approved
the transfer of"), its forces in the noun's of-phrase (the objective genitive): the nouns
of each movement class, whole, as its verbs are."""

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
    ("text", "told"),
    [
        # (a) plain
        (
            "Russian Defence Minister Sergei Shoigu announced the pullout of 10,000 troops "
            "from Crimea.",
            ("Russia", "withdraw", "10,000 troops", None),
        ),
        (
            "The Russian Defence Ministry announced the return of the troops home.",
            ("Russia", "withdraw", "troops", None),
        ),
        (
            "Britain announced the provision of 2,000 anti-tank missiles to Ukraine.",
            ("United Kingdom", "supply", "2,000 anti-tank missiles", "Ukraine"),
        ),
        # (b) after a fronted adverbial
        (
            "On Monday, the Russian Defence Ministry announced the pull-out of 10,000 troops "
            "from Crimea.",
            ("Russia", "withdraw", "10,000 troops", None),
        ),
        (
            "After the talks, Moscow announced the movement of two battalions to Belarus.",
            ("Russia", "deploy", "two battalions", "Belarus"),
        ),
        # (c) the actor as the speaker's "we", the forces with their formation
        (
            'Sergei Shoigu said: "We have completed the return of units of the Western '
            'Military District to their permanent bases."',
            (
                "Russia",
                "withdraw",
                "units of the Western Military District",
                "their permanent bases",
            ),
        ),
        # (d) a postposed source, and one of two nouns coordinated
        (
            "The Dutch government approved the transfer of 150 paratroopers to Lithuania, "
            "the ministry said.",
            ("Netherlands", "deploy", "150 paratroopers", "Lithuania"),
        ),
        (
            "Moscow announced the movement of two battalions to Belarus and the activation "
            "of 5,000 reservists.",
            ("Russia", "alert", "5,000 reservists", None),
        ),
    ],
)
def test_a_movement_noun_with_its_forces_is_the_movement(text: str, told: Row) -> None:
    assert told in movements(text)


@pytest.mark.parametrize(
    "text",
    [
        # where forces are, not where they go: no movement
        "Putin said that the movement of Russian troops on Russian territory is an internal "
        "matter.",
        # prisoners brought back to a city, not forces back to their bases
        "Kyiv welcomed the return of 20 Ukrainian soldiers to Kyiv after a prisoner exchange.",
        # care provided, not weapons
        "Britain announced the provision of medical care to Ukrainian soldiers.",
    ],
)
def test_a_movement_noun_without_forces_moved_is_none(text: str) -> None:
    assert movements(text) == []
