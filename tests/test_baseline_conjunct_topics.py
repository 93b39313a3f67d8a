"""A linking adverbial opening a sentence ("At the same time, …", "Moreover, …") is never
the topic of a view: the topic is read after it, and an adverbial left alone as a topic
names nothing. In four surroundings, with look-alikes whose topics start with such a word or
whose sentence opens with one. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, stance_topic_pairs

_MEETING = "Meeting with Government members"


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a Kremlin transcript
        (
            "Vladimir Putin: Meanwhile, the supply of Western weapons to Georgia is "
            "growing, and we are told all of this is purely defensive.",
            _MEETING,
            KREMLIN,
        ),
        # (b) another speaker named by his name alone, another conjunct and verb
        (
            "Sergei Lavrov: Moreover, the number of NATO aircraft over the Black Sea keeps "
            "rising, and we are assured that all of it is purely defensive.",
            "Meeting of the Security Council",
            KREMLIN,
        ),
        # (c) a spokesperson speaking for her state
        (
            "MS. PSAKI: At the same time, the buildup on the border keeps growing, and we are "
            "told that it is purely defensive.",
            "Press Briefing by Press Secretary Jen Psaki",
            WHITE_HOUSE,
        ),
        # (d) another publisher, a shorter sentence
        (
            "Volodymyr Zelenskyy: At the same time, the shelling of Kharkiv goes on, and we are "
            "told that it is purely defensive.",
            "Address by the President of Ukraine",
            KYIV,
        ),
    ],
)
def test_a_conjunct_is_no_topic(text: str, title: str, source: str) -> None:
    assert all(
        not topic.lower().startswith(("at the same time", "moreover"))
        for _, topic in stance_topic_pairs(text, title, source)
    )


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # A topic that only starts with such a word names something.
        (
            "Vladimir Putin: We oppose yet another round of sanctions against our companies.",
            ("oppose", "yet another round of sanctions against our companies"),
        ),
        # A conjunct opening a sentence whose view has its own topic.
        (
            "Vladimir Putin: At the same time, we oppose the deployment of strike missiles near "
            "our borders.",
            ("oppose", "deployment of strike missiles near our borders"),
        ),
    ],
)
def test_a_topic_after_or_starting_with_a_conjunct_stays(text: str, item: tuple[str, str]) -> None:
    assert stance_topic_pairs(text, _MEETING, KREMLIN) == [item]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        (
            "At the same time, we have anticipated a step like this from Moscow and are ready "
            "to respond immediately.",
            "Statement by the Press Secretary",
            WHITE_HOUSE,
        ),
        (
            "Vladimir Putin: Moreover, we are ready to respond immediately.",
            _MEETING,
            KREMLIN,
        ),
    ],
)
def test_a_view_opened_by_a_linking_adverbial_keeps_its_item(
    text: str, title: str, source: str
) -> None:
    """The adverbial is skipped, not the view: the shape benchmark's "At the same time, …"
    rewrite lost ten right items when the adverbial alone was read as the topic and then
    refused."""
    items = stance_topic_pairs(text, title, source)
    assert items
    assert all(not topic.lower().startswith(("at the same", "moreover")) for _, topic in items)
