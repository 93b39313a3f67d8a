"""A verb of saying whose words only tell history ("recalled that in 2014 Russian troops
occupied Crimea") holds no view: the guide makes historical narrative background unless the
speaker draws a present position from it, which takes a stance word of its own. Invented
sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract

_TITLE = "Address to the parliament"


def _held(text: str) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text, _TITLE, KYIV).positions]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Slovak President Ivan Kral recalled that in 2014 Russian troops occupied Crimea.",
        # (b) after a fronted adverbial
        "In his address to parliament, Slovak President Ivan Kral recalled that in 2014 "
        "Russian troops occupied Crimea.",
        # (c) the speaker as a pronoun after a first mention
        "Slovak President Ivan Kral spoke in Bratislava. He noted that back in 2008 the "
        "Russian army had invaded Georgia.",
        # (d) a postposed reporting clause
        "In 2014 Russian troops occupied Crimea, Slovak President Ivan Kral recalled.",
        # (e) a month before the year
        "Slovak President Ivan Kral recalled that in August 1968 Czechoslovakia had also "
        "learned what foreign tanks mean.",
    ],
)
def test_history_told_holds_no_position(text: str) -> None:
    assert _held(text) == []


def test_a_present_view_drawn_from_history_stays() -> None:
    text = "Slovak President Ivan Kral said that the mistakes of 2014 must never be repeated."
    assert _held(text) == [("Ivan Kral", "demand")]
