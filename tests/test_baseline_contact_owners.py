"""Whose occasion a possessive names: one who tells another of "his conversation with X"
tells of his own, however near the one told stands. In four surroundings, with a look-alike.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract


def parties(text: str) -> list[list[str]]:
    return [[a.name for a in c.participants] for c in extract(text).diplomatic_contacts]


@pytest.mark.parametrize(
    "text",
    [
        "President Marek Novak of Slovakia briefed Prime Minister Elina Markova of Bulgaria on "
        "his conversation with Chancellor Klara Voss of Germany.",
        "At the start of the session, President Marek Novak of Slovakia informed Prime Minister "
        "Elina Markova of Bulgaria about his talks with Chancellor Klara Voss of Germany.",
        "President Marek Novak of Slovakia opened the summit. Novak updated Prime Minister "
        "Elina Markova of Bulgaria on his meeting with Chancellor Klara Voss of Germany.",
        "President Marek Novak of Slovakia welcomed the decision and briefed Prime Minister "
        "Elina Markova of Bulgaria on his conversation with Chancellor Klara Voss of Germany, "
        "his office said.",
    ],
)
def test_an_occasion_told_of_to_another_is_the_tellers(text: str) -> None:
    assert ["Marek Novak", "Klara Voss"] in parties(text)
    assert ["Elina Markova", "Klara Voss"] not in parties(text)


def test_a_possessive_after_a_verb_of_praising_is_the_one_praised() -> None:
    found = parties(
        "President Marek Novak of Slovakia praised Prime Minister Elina Markova of Bulgaria for "
        "her talks with Chancellor Klara Voss of Germany."
    )
    assert ["Elina Markova", "Klara Voss"] in found
