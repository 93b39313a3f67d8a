"""Taking a party's side said with the noun is support ("stood firmly on Ukraine's side",
"on the side of Georgia"; CAMEO 052), as "sided with" is; and gratitude's adjectives
("thankful to", CAMEO 051). Each in the four surroundings of the shape matrix, with
look-alikes where "side" is a place. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(text: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Croatia said it stood firmly on Ukraine's side.",
        # (b) a fronted adverbial
        "During the visit, the Croatian Prime Minister said Croatia was on the side of Georgia "
        "in the dispute.",
        # (c) a ministry; a pronoun after a first mention
        "The Croatian Foreign Ministry said it was thankful to Poland for sheltering the refugees.",
        "Croatian President Ana Horvat met the Moldovan President in Zagreb. She said Croatia "
        "was on Moldova's side.",
        # (d) postposed
        "Croatia remains on the side of international law, Croatian Foreign Minister Ivo Maric "
        "said.",
    ],
)
def test_a_side_taken_is_support(text: str) -> None:
    assert _stances(text) == ["support"]


def test_a_side_taken_in_the_second_clause_is_its_own_item() -> None:
    text = "Croatia condemned the attack and said it stood on Ukraine's side."
    assert _stances(text) == ["accuse", "support"]


@pytest.mark.parametrize(
    "text",
    [
        "Croatia said the tanks were parked on the other side of the river.",
        "Croatia said the refugees crossed on the Polish side of the border.",
    ],
)
def test_a_side_as_a_place_takes_none(text: str) -> None:
    assert "support" not in _stances(text)
