"""A movement noun dated in the past by its own phrase is an event over (completed),
whatever the tense of the clause it stands in: "expressed concern about the arrival of
three landing ships at Sevastopol last week", "the recent deliveries of weapons … only
encourage …". A past time outside the noun's phrase dates another act."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_statuses

Row = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "source", "dated"),
    [
        # (a) a White House readout, "last week" after the place, a relative after the comma
        (
            "President Biden voiced concern about the arrival of four Russian warships at "
            "Tartus last week, which he said could threaten shipping.",
            WHITE_HOUSE,
            ("Russia", "deploy", "completed"),
        ),
        # (b) a Kremlin readout, "recent", the clause's verb in the present
        (
            "The Russian side noted that the recent deliveries of missiles to Kiev by "
            "Poland only encourage the hawks.",
            KREMLIN,
            ("Poland", "supply", "completed"),
        ),
        # (c) a Kyiv statement, "over the past week" right after the noun
        (
            "The President described the arrival over the past week of additional "
            "Belarusian units near Mozyr.",
            KYIV,
            ("Belarus", "deploy", "completed"),
        ),
        # (d) a news report, "yesterday", the noun as the object of a verb in the present
        (
            "Lithuania welcomes the deployment of 500 German soldiers to Rukla yesterday, "
            "officials say.",
            None,
            ("Germany", "deploy", "completed"),
        ),
    ],
)
def test_a_movement_noun_dated_in_the_past_is_completed(
    text: str, source: str | None, dated: Row
) -> None:
    assert dated in movement_statuses(text, source=source)


@pytest.mark.parametrize(
    "text",
    [
        # a past time before the noun dates the telling
        "The President discussed last week the deployment of 3,000 US troops to Poland.",
        # the past time after a comma dates the saying, not the noun's event
        "Poland fears the arrival of more Russian troops in Belarus, Warsaw said last week.",
        # … and so after a semicolon
        "Poland fears the arrival of more Russian troops in Belarus; it said so last week.",
    ],
)
def test_a_past_time_outside_the_phrase_dates_another_act(text: str) -> None:
    found = [row[2] for row in movement_statuses(text) if row[1] == "deploy"]
    assert found
    assert "completed" not in found
