"""Where matters stand with a party is how they are, not standing with it.

"An update on where things are with Russia" opens many remarks; "stand with" there is
no support (a look-alike of "we stand with Ukraine", which stays support).
"""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract, positions

_TITLE = "Remarks by President Tom Hale on Ukraine"


def _said(sentence: str) -> list[tuple[str, str, str]]:
    return positions(extract(f"THE PRESIDENT: {sentence}", _TITLE, WHITE_HOUSE))


@pytest.mark.parametrize(
    "sentence",
    [
        # (a) plain
        "I want to give you an update on where things are with Russia and Moldova.",
        # (b) after a fronted adverbial
        "This morning, we will discuss where matters are with our proposals to Moscow.",
        # (c) another subject of "stand"
        "Let me tell you where everything stands with Moldova today.",
        # (d) one clause of two
        "I will tell you where things stand with Russia, and then I will take your questions.",
    ],
)
def test_where_matters_stand_with_a_party_is_no_support(sentence: str) -> None:
    assert _said(sentence) == []


def test_standing_with_a_party_is_still_support() -> None:
    """The look-alike the guard must leave alone."""
    assert [(h, s) for h, s, _ in _said("We stand with Moldova, whatever Moscow does.")] == [
        ("Tom Hale", "support")
    ]
