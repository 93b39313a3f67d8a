"""Two verbs of saying in shapes where they say nothing.

"Russia has added to the forces it has massed along the border": adding to a thing is no
saying, so the sentence is no claim of Russia's. "If anything, it tells me these weapons are
working", "It tells us that Moscow is preparing an attack": what a thing or a fact tells
whoever reads it is that reader's inference, not the thing's words, so "it" is no sayer.
"He added that …" and "She told us that …" still report what a person said.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "party"),
    [
        # (a) a Kremlin transcript, an alliance adding to its troops
        (
            "Vladimir Putin: NATO has added to the troops it keeps in Poland and the Baltic "
            "states.",
            "Meeting with members of the Security Council",
            KREMLIN,
            "NATO",
        ),
        # (b) a Kyiv address, a possessive object
        (
            "Volodymyr Zelenskyy: Belarus has added to its forces along our northern border.",
            "Address by the President of Ukraine",
            KYIV,
            "Belarus",
        ),
        # (c) a news text, no publisher, a reporting clause after it
        (
            "Russia has added to the troops it keeps near the Ukrainian border, satellite "
            "images show.",
            None,
            None,
            "Russia",
        ),
        # (d) a statement in the President's name, an adverbial first
        (
            "Over the past week, Belarus has added to the forces it hosts along the Ukrainian "
            "border.",
            "Statement by President Biden",
            WHITE_HOUSE,
            "Belarus",
        ),
    ],
)
def test_adding_to_a_thing_is_no_saying(
    text: str, title: str | None, source: str | None, party: str
) -> None:
    assert all(h != party for h, _ in held_stances(text, title, source))


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # what a fact tells the speaker, "it" after a sentence about a party
        (
            "Volodymyr Zelenskyy: Russia keeps shelling Kharkiv. It tells us that Russia wants "
            "no talks.",
            "Address by the President of Ukraine",
            KYIV,
        ),
        # another publisher, the past of a movement before it
        (
            "Russia moved more troops this week. It tells us that Moscow is preparing an attack.",
            "Statement by President Biden",
            WHITE_HOUSE,
        ),
    ],
)
def test_what_it_tells_us_is_nobodys_saying(text: str, title: str, source: str) -> None:
    assert all(h != "Russia" for h, _ in held_stances(text, title, source))


def test_a_person_who_adds_or_tells_still_says() -> None:
    held = held_stances(
        "Foreign Minister Jan Nowak of Poland spoke on Monday. He told us that Russia must "
        "withdraw its forces. He added that the sanctions will stay."
    )
    assert held == [("Jan Nowak", "demand"), ("Jan Nowak", "commit")]
