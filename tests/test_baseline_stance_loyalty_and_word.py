"""Loyalty kept and one's word given are commitments (the schema's `commit`: pledge,
promise; CAMEO 03 and PETRARCH's PROMISE): "remains loyal to its allies", "would remain a
reliable partner", "gave his word that …". Each in the four surroundings of the shape
matrix, with look-alikes where "remain" states how things are. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(text: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Slovakia said it would remain a reliable partner of the alliance.",
        # (b) a fronted adverbial
        "On Friday, Slovak President Ivan Kral said Slovakia remains loyal to its allies in the "
        "alliance.",
        # (c) a ministry, and a pronoun after a first mention
        "The Slovak Foreign Ministry gave its word that Slovakia would keep its border open to "
        "refugees.",
        "Slovak President Ivan Kral met the Polish President in Warsaw. He gave his word that "
        "Slovakia would take in more Ukrainian families.",
        # (d) postposed
        "Slovakia will remain a faithful member of the alliance, Slovak Prime Minister Eva Hruba "
        "said.",
    ],
)
def test_loyalty_kept_and_a_word_given_are_commitments(text: str) -> None:
    assert _stances(text) == ["commit"]


def test_loyalty_in_the_second_clause_is_its_own_commitment() -> None:
    text = (
        "Slovakia condemned the shelling and said it remained loyal to its partners in the "
        "alliance."
    )
    assert _stances(text) == ["accuse", "commit"]


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia said the weather would remain cold in the mountains.",
        "Slovakia said the border crossing remained open to trucks.",
    ],
)
def test_remaining_as_things_are_pledges_nothing(text: str) -> None:
    assert "commit" not in _stances(text)
