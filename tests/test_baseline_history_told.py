"""A verb of saying whose words only tell history ("pointed out that in 1991 Soviet
paratroopers stormed the tower") holds no view: the guide makes historical narrative
background unless the speaker draws a present position from it, which takes a stance word of
its own. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, held_stances

_TITLE = "Address to the parliament"


def _held(text: str) -> list[tuple[str, str]]:
    return held_stances(text, _TITLE, KYIV)


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Lithuanian Prime Minister Rasa Vilke pointed out that in 1991 Soviet paratroopers "
        "stormed the television tower in Vilnius.",
        # (b) after a fronted adverbial
        "During her visit to the Seimas, Lithuanian Prime Minister Rasa Vilke pointed out "
        "that in 1991 Soviet paratroopers stormed the television tower in Vilnius.",
        # (c) the speaker as a pronoun after a first mention
        "Lithuanian Prime Minister Rasa Vilke arrived in Kyiv on Monday. She remarked that "
        "back in 1991 Soviet paratroopers had stormed the television tower in Vilnius.",
        # (d) a postposed reporting clause
        "In 1991 Soviet paratroopers stormed the television tower in Vilnius, Lithuanian "
        "Prime Minister Rasa Vilke pointed out.",
        # (e) a month before the year
        "Lithuanian Prime Minister Rasa Vilke pointed out that in January 1991 her own "
        "country had seen what Soviet paratroopers can do.",
    ],
)
def test_history_told_holds_no_position(text: str) -> None:
    assert _held(text) == []


def test_a_present_view_drawn_from_history_stays() -> None:
    text = (
        "Lithuanian Prime Minister Rasa Vilke said that the failures of 1991 must not happen "
        "a second time."
    )
    assert _held(text) == [("Rasa Vilke", "demand")]
