"""A stated topic does not end on an adverb of the time and place of speaking
(``topic_endings``): "should leave now" states "should leave", "the referendum held in
Belarus today" states "the referendum held in Belarus"; the item's time says when, and
merging compares the topic as cut. In four surroundings (publisher, party, way of naming the
holder, sentence shape), with look-alikes: a topic that is only the adverb or left with
nothing, an adverb inside the topic, a word that ends in one ("snow"), and a capitalised
name. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, stance_topic_pairs

from summarise.extraction.backends.baseline.topic_endings import without_deixis


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) a White House briefing: a demand that ends on "now"
        (
            "MS. PSAKI: Any American still in Ukraine should leave at once.",
            "Press Briefing by Press Secretary Jen Psaki",
            WHITE_HOUSE,
            ("demand", "Any American still in Ukraine should leave"),
        ),
        # (b) a statement by the state: a rejection that ends on "today"
        (
            "The United States does not recognize the so-called referendum held in Belarus today.",
            "Statement by Press Secretary Karine Jean-Pierre",
            WHITE_HOUSE,
            ("oppose", "so-called referendum held in Belarus"),
        ),
        # (c) a Kyiv address, reported: a call that ends on "now"
        (
            "Volodymyr Zelenskyy urged the European Union to adopt a strong preventive "
            "package now.",
            "Address by the President of Ukraine",
            KYIV,
            ("demand", "European Union to adopt a strong preventive package"),
        ),
        # (d) a news report of Moscow's foreign minister: "as well"
        (
            "Sergey Lavrov said Russia supported the talks in Istanbul as well.",
            None,
            None,
            ("support", "talks in Istanbul"),
        ),
        # a Kremlin transcript: "there" for a place named before
        (
            "Vladimir Putin: They continue to send military instructors there.",
            "Meeting with the Security Council",
            KREMLIN,
            ("commit", "send military instructors"),
        ),
    ],
)
def test_a_topic_is_stated_without_the_deixis_it_ends_on(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, title, source) == [item]


@pytest.mark.parametrize(
    ("topic", "stated"),
    [
        ("refused to hold a meeting today and yesterday", "refused to hold a meeting"),
        ("the situation there and here", "the situation"),
        # look-alikes: nothing left, an adverb inside, a word ending in one, a name
        ("now", "now"),
        ("is there", "is there"),
        ("talks now under way in Geneva", "talks now under way in Geneva"),
        ("heavy snow", "heavy snow"),
        ("the meeting in Todayville", "the meeting in Todayville"),
    ],
)
def test_what_the_ending_leaves_out(topic: str, stated: str) -> None:
    assert without_deixis(topic) == stated
