"""A stated topic does not open on its clause's subject pronoun or operator
(``topic_openings``): "Ukraine would not respond to provocations", cut at the cue to keep
its negation, states "not respond to provocations"; "It is a provocation" states "a
provocation". The stance says the mood and the holder who "we" are; merging compares the
topic as cut. In four surroundings (publisher, party, way of naming the holder, sentence
shape), with look-alikes: a modal that is a noun ("the will of the people", "the might of the
army"), an inverted condition ("should Minsk allow an attack"), "do" as a verb of its own, a
month, and a topic that would be left with nothing. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, stance_topic_pairs

from summarise.extraction.backends.baseline.topic_openings import without_operator


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) a Kyiv readout, reported by office: a modal and its negation
        (
            "The President stressed that Ukraine would not respond to provocations.",
            "Address by the President of Ukraine",
            KYIV,
            ("commit", "not respond to provocations"),
        ),
        # (b) a White House briefing, "he" after a colon: a pledge not to act
        (
            "MS. PSAKI: The President has been clear: he will not send U.S. forces to fight in "
            "Ukraine.",
            "Press Briefing by Press Secretary Jen Psaki",
            WHITE_HOUSE,
            ("commit", "not send U.S. forces to fight in Ukraine"),
        ),
        # (c) a Kremlin transcript by name: "It is" before a charge
        (
            "Dmitry Peskov: We have said it many times. It is a provocation.",
            "Briefing by Kremlin Spokesman",
            KREMLIN,
            ("accuse", "a provocation"),
        ),
        # (d) a news report of a state: a denial of what "it had" done
        (
            "Lithuania denied that it had closed the border.",
            None,
            None,
            ("deny", "closed the border"),
        ),
        # a quotation: a whole clause after an opening condition, its pronoun subject
        (
            '"If they call themselves neighbours, they must open the border," Mara Olsen said.',
            None,
            None,
            ("demand", "open the border"),
        ),
    ],
)
def test_a_topic_is_stated_without_its_pronoun_and_operator(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, title, source) == [item]


def test_an_inverted_condition_keeps_its_should() -> None:
    text = (
        "Volodymyr Zelenskyy warned that should Minsk allow an attack, Belarus will bear "
        "responsibility."
    )
    assert stance_topic_pairs(text, "Address by the President", KYIV) == [
        ("warn", "should Minsk allow an attack")
    ]


@pytest.mark.parametrize(
    ("topic", "stated"),
    [
        ("will not send forces to Ukraine", "not send forces to Ukraine"),
        ("is not going to give up its course", "not give up its course"),
        ("have not been satisfied", "not satisfied"),
        ("We reject the claims", "reject the claims"),
        ("do not threaten anyone", "not threaten anyone"),
        # look-alikes: a modal that is a noun, an inverted condition, "do" as its own verb,
        # a month, and nothing left
        ("will of the people", "will of the people"),
        ("might of the Russian army", "might of the Russian army"),
        ("should Minsk allow an attack", "should Minsk allow an attack"),
        ("do what they signed", "do what they signed"),
        ("May 9 parade", "May 9 parade"),
        ("is it", "is it"),
        ("We", "We"),
    ],
)
def test_what_the_opening_leaves_out(topic: str, stated: str) -> None:
    assert without_operator(topic) == stated


def test_the_summary_words_a_clause_as_a_clause() -> None:
    # The summary reads the topic with its pronoun and operator: a clause stays one.
    text = "Volodymyr Zelenskyy warned that they should know what awaits them."
    (item,) = extract(text, "Address by the President of Ukraine", KYIV).positions
    assert (item.topic, item.summary) == (
        "know what awaits",
        "Volodymyr Zelenskyy warned that they should know what awaits.",
    )
