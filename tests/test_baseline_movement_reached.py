"""Weapons that reach whom they are given are a delivery told from its end (Levin 51.1;
CAMEO 072): "additional Javelin missiles reached Ukrainian forces over the weekend". The
verb's subject is what moves, as an arrival's is. Troops reaching a place are no supply
(what moves decides), and a verb of reaching with no recipient after it ("reached an
impasse", "reached 1,500 tonnes") moves nothing. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, extract


def _rows(text: str, title: str | None, source: str | None) -> list[tuple[str, str, str]]:
    return [
        (m.actor.name, m.activity, m.forces)
        for m in extract(text, title, source).military_movements
    ]


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # A White House briefing: the speaker's own aid, no giver named.
        (
            "MS. HOLT: First, assistance: additional Javelin missiles reached Ukrainian forces"
            " over the weekend.",
            "Press Briefing by Press Secretary Dana Holt",
            WHITE_HOUSE,
            [("United States", "supply", "additional Javelin missiles")],
        ),
        # A Kyiv readout: the giver's possessive, "our defenders".
        (
            "Lithuania's second batch of Stinger missiles reached our defenders on Sunday.",
            None,
            KYIV,
            [("Lithuania", "supply", "second batch of Stinger missiles")],
        ),
        # A news report: the giver's adjective, "the Ukrainian army".
        (
            "A second batch of Polish mortars and ammunition reached the Ukrainian army this week.",
            None,
            None,
            [("Poland", "supply", "A second batch of Polish mortars and ammunition")],
        ),
    ],
)
def test_weapons_that_reach_their_recipient_are_supplied(
    text: str, title: str | None, source: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert _rows(text, title, source) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops reached the outskirts of Kharkiv on Sunday.",
        "The talks reached an impasse on Sunday.",
        "Deliveries since January have reached 1,500 tonnes.",
    ],
)
def test_reaching_no_recipient_with_weapons_moves_nothing(text: str) -> None:
    assert _rows(text, None, KYIV) == []
