"""A sentence that opens on a past year, or remembers one, tells history: no position in the
clause it dates (the guide: historical narrative is background unless the speaker draws a
present position from it). Each shape is tested in a White House remark, a Kremlin meeting
and a Kyiv address; the look-alikes keep a clause that turns to the present (a time word,
a verb of now or of what is to come, a semicolon), a year named after the cue, and a year
of the article's own. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, held_stances

from summarise.article import Article
from summarise.extraction.backends.baseline import extract_article

_REMARKS = "Remarks by President Dana Holt on Ukraine"
_MEETING = "Meeting with Security Council members"


def _held(text: str, title: str = _REMARKS, source: str = WHITE_HOUSE) -> list[tuple[str, str]]:
    return held_stances(text, title, source)


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) "In <year>," with a clause of time after it
        (
            "PRESIDENT HOLT: In 2014, after Russia seized Crimea, the people of Ukraine refused "
            "to accept the occupation.",
            _REMARKS,
            WHITE_HOUSE,
        ),
        # (b) "<n> years ago", the cue in a second clause going on "ever since"
        (
            "PRESIDENT HOLT: Twenty-five years ago, when the old empire fell away, Moldova "
            "picked a course of its own, and it has stood by that decision ever since.",
            _REMARKS,
            WHITE_HOUSE,
        ),
        # (c) after a discourse word
        (
            "PRESIDENT HOLT: Well, in 2008, Moscow sent its tanks into Georgia while denying "
            "any part in the fighting.",
            _REMARKS,
            WHITE_HOUSE,
        ),
        # (d) a month before the year, in a Kremlin meeting
        (
            "Vladimir Putin: In March 2016, a ceasefire plan was drawn up in Geneva, and the "
            "other side declined to honour any of it.",
            _MEETING,
            KREMLIN,
        ),
        # (e) remembered, the year after the cue
        (
            "Vladimir Putin: Every one of us recalls how NATO aircraft violated the sovereignty "
            "of Yugoslavia in 1999.",
            _MEETING,
            KREMLIN,
        ),
    ],
)
def test_a_story_of_a_past_year_holds_no_position(text: str, title: str, source: str) -> None:
    assert _held(text, title, source) == []


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # a time word turns the story to the present
        (
            "PRESIDENT HOLT: Fifteen years ago, Moscow carved two provinces out of Georgia, and "
            "today it threatens Moldova again.",
            [("Dana Holt", "accuse")],
        ),
        # a semicolon opens a clause of the present
        (
            "PRESIDENT HOLT: In 2008 too many capitals stayed silent; we condemn the Kremlin's "
            "aggression now as then.",
            [("Dana Holt", "accuse")],
        ),
        # the year named after the cue, with no verb of remembering
        (
            "PRESIDENT HOLT: We condemn the attack that Russia launched in 2014.",
            [("Dana Holt", "accuse")],
        ),
    ],
)
def test_the_present_drawn_from_the_past_stays(text: str, held: list[tuple[str, str]]) -> None:
    assert _held(text) == held


def test_a_year_of_the_articles_own_is_news_not_history() -> None:
    """Look-alike: dated the article's year, "In February 2022, …" tells this year's news."""
    article = Article(
        id="test",
        text="PRESIDENT HOLT: In February 2022, Russia launched an unprovoked attack on Ukraine.",
        title=_REMARKS,
        source=WHITE_HOUSE,
        published=date(2022, 3, 1),
    )
    assert [p.stance for p in extract_article(article).positions] == ["accuse"]
