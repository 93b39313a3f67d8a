"""A cardinal number opening a sentence ("Two weeks into the war, …", "Ten days ago, …")
is no person's name: read as one it became the sentence's person, and the principal's
movement after it was lost. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract

from summarise.extraction.backends.baseline.mentions import find_mentions

FACT_SHEET = "FACT SHEET: New Security Assistance for Ukraine"
AUTHORIZED = (
    "President Biden authorized an additional $250 million in security assistance for Ukraine."
)


@pytest.mark.parametrize(
    "text",
    [
        "Two Russian warships entered the Black Sea.",
        "Ten days ago, Russia invaded Ukraine.",
        "Thousands of troops remain near the border.",
        "Twelve more aircraft are expected, Poland said.",
    ],
)
def test_a_number_opening_a_sentence_is_no_person(text: str) -> None:
    assert [m.text for m in find_mentions(text) if m.kind == "person"] == []


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain, two sentences
        "Two weeks into the war, the Ukrainian people go on defending their country. Today, "
        + AUTHORIZED,
        # (b) a fronted adverbial of time
        "Ten days ago, Russia invaded Ukraine. Today, " + AUTHORIZED,
        # (c) the actor named by office after his name
        "Two weeks into the war, the Ukrainian people go on defending their country. "
        "Today, the President authorized new security assistance for Ukraine. " + AUTHORIZED,
    ],
)
def test_the_principals_supply_after_a_number(text: str) -> None:
    moved = extract(text, FACT_SHEET, WHITE_HOUSE).military_movements
    assert ("United States", "supply") in [(m.actor.name, m.activity) for m in moved]
