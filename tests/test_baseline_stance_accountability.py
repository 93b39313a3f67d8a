"""Accountability foretold for an act is a threat (CAMEO 13: the price a party is told it will
pay, as "will pay a heavy price"): "those responsible will be held to account", "whoever
gave the order will answer for it". Said of the past it reports an event, and "answer" with
no "for" is a reply.
"""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain
        (
            "Foreign Minister Jana Novak said those responsible for the shelling of Lviv will "
            "be held to account.",
            [("Jana Novak", "threaten")],
        ),
        # (b) after a fronted adverbial, reported with "would"
        (
            "After the strike, Foreign Minister Jana Novak said those responsible for the "
            "shelling of Lviv would be held accountable.",
            [("Jana Novak", "threaten")],
        ),
        # (c) a pronoun after a first mention, and the other verb
        (
            "Foreign Minister Jana Novak visited Lviv. She said that whoever ordered the "
            "shelling will answer for it.",
            [("Jana Novak", "threaten")],
        ),
        # (c) a ministry
        (
            "The Polish Foreign Ministry said those who ordered the shelling of Lviv will be "
            "held responsible.",
            [("Polish government", "threaten")],
        ),
        # (d) one clause of two, with a postposed "…, X said"
        (
            "Those responsible for the shelling of Lviv will answer for it, and Prague will "
            "support a tribunal, Foreign Minister Jana Novak said.",
            [("Jana Novak", "threaten"), ("Jana Novak", "support")],
        ),
    ],
)
def test_accountability_foretold_is_a_threat(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Held to account in the past: an event reported, no modal of the future.
        "Foreign Minister Jana Novak said the officers were held accountable last year for the "
        "shelling of Lviv.",
        # Answering questions: "answer" with no "for".
        "Foreign Minister Jana Novak said she will answer questions about the shelling of Lviv "
        "tomorrow.",
    ],
)
def test_accountability_in_the_past_or_an_answer_is_no_threat(text: str) -> None:
    assert held_stances(text) == [("Jana Novak", "other")]
