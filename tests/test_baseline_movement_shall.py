"""A decree's or an order's "shall" is a movement still to come (planned), as "will" is."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

Row = tuple[str, str, str, str]


def movements(text: str) -> list[Row]:
    return [
        (m.actor.name, m.activity, m.forces, m.status) for m in extract(text).military_movements
    ]


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        # (a) plain
        (
            "The Ministry of Defence of Ukraine shall deploy two brigades to the northern border.",
            ("Ukraine", "deploy", "two brigades", "planned"),
        ),
        # (b) after a fronted adverbial
        (
            "Under the decree, the Ukrainian Defence Ministry shall deploy two brigades to the "
            "northern border.",
            ("Ukraine", "deploy", "two brigades", "planned"),
        ),
        # (c) the actor named as a minister
        (
            "Ukrainian Defence Minister Petro Kovalenko shall send 500 troops to Kharkiv.",
            ("Ukraine", "deploy", "500 troops", "planned"),
        ),
        # (d) one clause of two
        (
            "The Ministry of Defence of Ukraine shall deploy two brigades to the northern "
            "border and shall report to the President within ten days.",
            ("Ukraine", "deploy", "two brigades", "planned"),
        ),
    ],
)
def test_what_a_decree_says_shall_be_done_is_planned(text: str, planned: Row) -> None:
    assert planned in movements(text)


def test_what_a_decree_says_shall_not_be_done_is_no_movement() -> None:
    assert movements("The Ministry of Defence of Ukraine shall not deploy troops to Belarus.") == []
