"""Baseline position summaries: one grammatical sentence per stance and topic shape.

The sentences are made up; each checks that a template fits the shape of its topic
("called on X to step back", not "called for X stepping back").
"""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline.extract import extract_draft
from summarise.extraction.backends.baseline.mentions import ActorKey
from summarise.extraction.backends.baseline.summaries import actor_phrase, position_summary
from summarise.extraction.backends.baseline.topic import Topic
from summarise.extraction.backends.baseline.triggers import load_lexicon, summary_templates
from summarise.extraction.backends.baseline.words import load_grammar


def summary(text: str) -> str:
    (item,) = extract_draft(text).positions
    assert item.summary is not None
    return item.summary


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "France urged Germany to reopen the border crossings.",
            "France called on Germany to reopen the border crossings.",
        ),
        (
            "Poland stressed the need to include Lithuania in the talks.",
            "Poland stressed the need to include Lithuania in the talks.",
        ),
        (
            "Spain pledged to send more doctors and build two field hospitals.",
            "Spain pledged to send more doctors and build two field hospitals.",
        ),
        (
            "Spain warned that Italy could close its ports.",
            "Spain warned that Italy could close its ports.",
        ),
        (
            "Canada said a blockade would be a grave mistake.",
            "Canada warned that a blockade would be a grave mistake.",
        ),
        (
            "Finland accused Sweden of violating the fishing agreement.",
            "Finland accused Sweden of violating the fishing agreement.",
        ),
        (
            "Estonia blamed Latvia for the delays at the border.",
            "Estonia blamed Latvia for the delays at the border.",
        ),
        (
            "Norway expressed concern about the closure of the airport.",
            "Norway expressed concern about the closure of the airport.",
        ),
        (
            "Japan threatened tougher tariffs if China blocks the shipments.",
            "Japan threatened tougher tariffs if China blocks the shipments.",
        ),
        (
            "Sweden does not think the talks will fail.",
            "Sweden doubted that the talks will fail.",
        ),
    ],
)
def test_summary_sentences(text: str, sentence: str) -> None:
    assert summary(text) == sentence


def render(stance: str, topic: Topic) -> str:
    holder = ActorKey("United Kingdom", "state")
    return position_summary(holder, stance, topic, load_lexicon().summaries, load_grammar())


def test_every_stance_has_a_sentence_for_every_shape() -> None:
    shapes = [
        Topic("the plan"),
        Topic("stepping back", form="action", action="step back"),
        Topic("Italy stepping back", form="agent_action", action="step back", agent="Italy"),
        Topic("the talks failing", form="clause", clause="the talks will fail"),
        Topic("demands", form="none"),
    ]
    stances = set(load_lexicon().summaries["noun"])
    for stance in stances:
        for shape in shapes:
            sentence = render(stance, shape)
            assert sentence.startswith("The United Kingdom ")
            assert sentence.endswith(".")
            assert "{" not in sentence


def test_a_clause_shape_without_a_clause_falls_back_to_the_noun_sentence() -> None:
    assert render("warn", Topic("a blockade", form="clause")) == (
        "The United Kingdom warned of a blockade."
    )


@pytest.mark.parametrize(
    ("actor", "phrase"),
    [
        (ActorKey("UK government", "government"), "the UK government"),
        (ActorKey("United States", "state"), "the United States"),
        (ActorKey("EU", "organisation"), "the EU"),
        (ActorKey("NATO", "organisation"), "NATO"),
        (ActorKey("Germany", "state"), "Germany"),
        (ActorKey("the West", "other"), "the West"),
        (ActorKey("Olaf Scholz", "person"), "Olaf Scholz"),
    ],
)
def test_names_take_the_article_english_gives_them(actor: ActorKey, phrase: str) -> None:
    assert actor_phrase(actor, load_grammar()) == phrase


def test_a_template_table_missing_a_stance_is_refused() -> None:
    with pytest.raises(ValueError, match=r"summaries\.none"):
        summary_templates({"noun": {"warn": "{holder} warned."}, "none": {}}, {"warn"})
