"""The noun of moving forces with where they come from and where they go: "authorized the
movement of an infantry battalion of some 700 soldiers, along with …, from elsewhere in
Europe to Estonia". As the verb "moved" does, the noun reaches past a long forces phrase and
an origin to its goal (CAMEO MOVE &MILITARY); the singular with no route stays the kind of
act ("the movement of troops is an internal matter"), and so does a route from anywhere to
anywhere ("from one region to another")."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "title", "source", "row"),
    [
        # (a) a president's remarks, "I", a forces phrase with its own "of" and a companion
        (
            "I have also authorized the movement of a mechanised company of about 200 "
            "soldiers, together with a battery of howitzers, from Grafenwoehr in Germany to "
            "Slovakia and Hungary.",
            "Remarks by President Dana Holt on European Security",
            WHITE_HOUSE,
            ("United States", "deploy"),
        ),
        # (b) a Kremlin text, a ministry as the subject, the origin a military district
        (
            "The Russian Defence Ministry has approved the movement of two motorised rifle "
            "brigades of the Western Military District from their permanent bases near Moscow "
            "to the Bryansk region.",
            None,
            KREMLIN,
            ("Russia", "deploy"),
        ),
        # (c) a news report, the noun phrase as subject of a passive, the state adjective
        (
            "The movement of some 1,500 Polish troops from their garrisons in Wielkopolska and "
            "Lower Silesia to the border with Belarus was completed on Friday.",
            None,
            None,
            ("Poland", "deploy"),
        ),
        # (d) a defence secretary named by office, the noun after an adverbial
        (
            "Defence Secretary Ann Wolfe approved this week the movement of about 600 British "
            "soldiers from the barracks at Tidworth, in Wiltshire, to Estonia.",
            None,
            None,
            ("United Kingdom", "deploy"),
        ),
    ],
)
def test_the_movement_of_forces_from_a_to_b_is_a_deployment(
    text: str, title: str | None, source: str | None, row: tuple[str, str]
) -> None:
    assert row in movement_owners(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # the kind of act, from anywhere to anywhere
        "Mr Petrov said the movement of Russian troops from one region to another on Russian "
        "territory is an internal matter.",
        # no forces moved: goods and people
        "The movement of Polish goods from Gdansk to Lviv has slowed since January.",
    ],
)
def test_the_movement_of_no_forces_or_of_none_routed_is_none(text: str) -> None:
    assert movement_owners(text) == []
