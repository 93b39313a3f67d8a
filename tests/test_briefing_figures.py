"""Figures a reader can trust: a bound the source gave ("more than 4,000") is said as a
bound, not as "about". Invented articles of four kinds (a ministry readout, a wire report,
an address, an alliance statement)."""

from __future__ import annotations

from typing import Any

import pytest
from helpers import movement_headlines, state_movement


@pytest.mark.parametrize(
    ("text", "forces", "quantity", "actor", "shown"),
    [
        # A wire report, "more than", the figure mid-phrase.
        (
            "The United States has moved over 4,000 additional troops to Poland.",
            "more than 4,000 additional troops",
            {"low": 4000, "unit": "troops", "approximate": True},
            "United States",
            "more than 4,000 troops",
        ),
        # A ministry readout, "over", the phrase opening the sentence.
        (
            "Over 1,500 servicemen of the Northern Fleet took part in the drills.",
            "Over 1,500 servicemen of the Northern Fleet",
            {"low": 1500, "unit": "troops", "approximate": True},
            "Russia",
            "over 1,500 troops",
        ),
        # An address: "up to", ships.
        (
            "We will send up to 20 warships to the Black Sea.",
            "up to 20 warships",
            {"low": 20, "unit": "ships", "approximate": True},
            "Ruritania",
            "up to 20 ships",
        ),
        # An alliance statement: "at least", aircraft.
        (
            "Allies have placed at least 100 jets on alert across the eastern flank.",
            "at least 100 jets",
            {"low": 100, "unit": "aircraft", "approximate": True},
            "NATO",
            "at least 100 aircraft",
        ),
    ],
)
def test_a_bound_the_source_gave_is_said_as_a_bound(
    text: str, forces: str, quantity: dict[str, Any], actor: str, shown: str
) -> None:
    """It read "United States · deploy · about 4,000 troops" under a lead line saying
    "more than 4,000 additional troops": the schema's quantity can say only "approximate"."""
    assert movement_headlines(state_movement("a", text, actor, forces, quantity=quantity)) == [
        f"{actor} · deploy · {shown}"
    ]


@pytest.mark.parametrize(
    ("text", "forces", "quantity", "shown"),
    [
        # Look-alike: a rounded figure stays "about".
        (
            "Some 4,000 troops were moved to the border.",
            "Some 4,000 troops",
            {"low": 4000, "unit": "troops", "approximate": True},
            "about 4,000 troops",
        ),
        # Look-alike: "more" adding troops bounds nothing, and the figure is exact.
        (
            "The Pentagon sent 1,000 more troops to Romania.",
            "1,000 more troops",
            {"low": 1000, "unit": "troops"},
            "1,000 troops",
        ),
        # Look-alike: a bound on another figure than the quantity's.
        (
            "More than 30 aircraft and about 4,000 troops were moved to the border.",
            "More than 30 aircraft and about 4,000 troops",
            {"low": 4000, "unit": "troops", "approximate": True},
            "about 4,000 troops",
        ),
    ],
)
def test_a_rounded_or_exact_figure_keeps_its_words(
    text: str, forces: str, quantity: dict[str, Any], shown: str
) -> None:
    assert movement_headlines(
        state_movement("a", text, "Ruritania", forces, quantity=quantity)
    ) == [f"Ruritania · deploy · {shown}"]
