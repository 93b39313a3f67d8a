"""Approval of a decision, a step or a partner is support (the guide: praise of a party is
`support`; CAMEO 051): "the right decision", "a step in the right direction", "a very
positive signal", "one of our most reliable partners". Each in the four surroundings of the
shape matrix, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(text: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Belgium said the resumption of the talks was a very positive signal.",
        # (b) a fronted adverbial
        "After the vote, Belgian Prime Minister Jan Peeters said the ban on the imports was the "
        "right decision.",
        # (c) a ministry; a pronoun after a first mention
        "The Belgian Foreign Ministry said the ceasefire agreement was a step in the right "
        "direction.",
        "Belgian Prime Minister Jan Peeters met the Polish President in Brussels. He said Poland "
        "was one of Belgium's most reliable partners.",
        # (d) postposed
        "The release of the prisoners is a positive step, Belgian Foreign Minister Ann Maes said.",
    ],
)
def test_approval_is_support(text: str) -> None:
    assert _stances(text) == ["support"]


def test_approval_in_the_second_clause_is_its_own_item() -> None:
    text = "Belgium condemned the shelling but said the new corridor was a positive development."
    assert _stances(text) == ["accuse", "support"]


@pytest.mark.parametrize(
    "text",
    [
        "Belgium said the bridge was a reliable crossing for trucks.",
        "Belgium said the decision on the route would be taken on Monday.",
    ],
)
def test_look_alikes_approve_of_nothing(text: str) -> None:
    assert "support" not in _stances(text)
