"""Restatements of one position merge into one item (granularity rule 1), but only when the
topics say the same thing: a topic that only names a party ("stands with Moldova") and one
that says something about it ("a European perspective for Moldova") are two positions of one
side, though they share the party's name. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

_BETWEEN = "Smit spoke after a meeting of the cabinet in The Hague."


def _positions(first: str, second: str) -> list[tuple[str, str, int]]:
    """(stance, topic, quotes) of each position in a text that says ``first``, then
    something else, then ``second``."""
    text = f"Dutch Prime Minister Jan Smit said {first} {_BETWEEN} He said {second}"
    return [(p.stance, p.topic, len(p.evidence)) for p in extract(text).positions]


@pytest.mark.parametrize(
    ("first", "second", "topic"),
    [
        # The same party, once by its name and once by its people.
        (
            "the Netherlands stands with Moldova.",
            "the Netherlands stands with the people of Moldova.",
            "Moldova",
        ),
        # The same proposition in other words.
        (
            "the Netherlands supports the sovereignty of Moldova.",
            "the Netherlands supports Moldova's sovereignty.",
            "sovereignty of Moldova",
        ),
    ],
)
def test_restatement_is_one_item(first: str, second: str, topic: str) -> None:
    assert _positions(first, second) == [("support", topic, 2)]


@pytest.mark.parametrize(
    ("first", "second", "topics"),
    [
        (
            "the Netherlands stands with the people of Moldova.",
            "the Netherlands is providing 10 million euros in humanitarian aid to Moldova.",
            ["people of Moldova", "10 million euros in humanitarian aid to Moldova"],
        ),
        (
            "the Netherlands stands with Moldova.",
            "the Netherlands supports a European perspective for Moldova.",
            ["Moldova", "European perspective for Moldova"],
        ),
    ],
)
def test_same_party_other_proposition_stays_apart(
    first: str, second: str, topics: list[str]
) -> None:
    assert _positions(first, second) == [("support", topic, 1) for topic in topics]
