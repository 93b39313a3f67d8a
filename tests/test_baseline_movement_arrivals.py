"""Forces that "arrived in" a place did so: the finite past, completed. An intransitive verb
has no passive participle, so "troops arrived in Poland" is no reduced relative stating
where forces stand (as "its forces deployed around the border" is, ongoing)."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_statuses

Row = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "source", "arrived"),
    [
        # (a) a Kremlin transcript, a fronted time adverbial, the second clause after ", and"
        (
            "Vladimir Putin: Just yesterday, another 1,500 American troops arrived in "
            "Lithuania, and more are coming.",
            KREMLIN,
            ("United States", "deploy", "completed"),
        ),
        # (b) a White House readout, the owner named by its adjective, the time after
        (
            "The President noted that 800 Russian paratroopers arrived in Belarus last week.",
            WHITE_HOUSE,
            ("Russia", "deploy", "completed"),
        ),
        # (c) a news report, the owner as a possessive
        (
            "Britain's 600 marines arrived at Tapa on Monday, officials said.",
            None,
            ("United Kingdom", "deploy", "completed"),
        ),
        # (d) a Kyiv statement, "near"
        (
            "Belarusian tank units arrived near Mozyr overnight.",
            KYIV,
            ("Belarus", "deploy", "completed"),
        ),
    ],
)
def test_forces_that_arrived_did_so(text: str, source: str | None, arrived: Row) -> None:
    assert arrived in movement_statuses(text, source=source)


@pytest.mark.parametrize(
    ("text", "standing"),
    [
        # a passive participle after its forces still states where they stand now
        (
            "Poland urged Russia to withdraw its forces deployed around the border.",
            ("Russia", "deploy", "ongoing"),
        ),
        (
            "Lithuania urged Russia to pull out its troops stationed in Belarus.",
            ("Russia", "deploy", "ongoing"),
        ),
    ],
)
def test_a_reduced_relative_still_stands(text: str, standing: Row) -> None:
    assert standing in movement_statuses(text)
