"""A second verb phrase opened by an irregular past of saying is a second clause.

"expressed support for A and said B was ready to C" states two positions (the guide: two
stances in one sentence are two items); "said", "told", "made (clear)" end in neither -ed
nor -es, so the clause boundary names them. Each shape is tested plain, after a fronted
clause, with the holder named another way, and after a pronoun.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract, positions

_TITLE = "Zelenskyy held a phone conversation with the Prime Minister of Sweden"
_BOTH = (
    "expressed support for Ukraine's sovereignty and said Sweden was ready to help organise talks."
)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # (a) plain
        (f"Prime Minister of Sweden Anna Lind {_BOTH}", "Anna Lind"),
        # (b) after a fronted adverbial
        (f"After the call, Prime Minister of Sweden Anna Lind {_BOTH}", "Anna Lind"),
        # (c) the holder named by office, and "told reporters that"
        (
            "The Swedish Prime Minister voiced support for Ukraine's sovereignty and told "
            "reporters that Sweden was ready to help organise talks.",
            "Prime Minister of Sweden",
        ),
        # (d) a pronoun after a first mention
        (f"Prime Minister of Sweden Anna Lind called the President. She {_BOTH}", "Anna Lind"),
    ],
)
def test_and_said_opens_a_second_position(text: str, holder: str) -> None:
    assert positions(extract(text, _TITLE, KYIV)) == [
        (holder, "support", "Ukraine's sovereignty"),
        (holder, "commit", "help organise talks"),
    ]


def test_and_said_with_no_second_stance_adds_nothing() -> None:
    """Look-alike: the second verb phrase says nothing of a stance."""
    text = "Prime Minister of Sweden Anna Lind welcomed the ceasefire and said nothing more."
    assert [(h, s) for h, s, _ in positions(extract(text, _TITLE, KYIV))] == [
        ("Anna Lind", "support")
    ]
