"""Baseline topics: the phrase cutter, position topics and targets, contact topics.

Every sentence here is made up, so the rules are tested as English rules rather than
as readings of the seed articles.
"""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline.extract import extract_draft
from summarise.extraction.backends.baseline.phrases import (
    TOPIC_WORDS,
    clause_words,
    counted,
    phrase,
)
from summarise.extraction.backends.baseline.verbforms import ing_form, third_person
from summarise.extraction.backends.baseline.words import join, load_grammar, tokenise
from summarise.schema import Position, Quote


def cut(text: str) -> str:
    return join(phrase(tokenise(text, 0, len(text)), load_grammar()))


@pytest.mark.parametrize(
    ("governed", "topic"),
    [
        (
            "about the rising tensions in the region, officials said",
            "the rising tensions in the region",
        ),
        ("also to prepare new measures", "prepare new measures"),
        ("and a painful decision", "a painful decision"),
        ("keeping the channel open with Mr", "keeping the channel open"),
        ("the proposal which the council rejected", "the proposal"),
        ("the talks and has agreed to more", "the talks"),
        ("the reform, and the need to fund it", "the reform"),
        (
            "\u201cdialogue and diplomacy\u201d to end the crisis",
            "dialogue and diplomacy to end the crisis",
        ),
        (
            "tariffs, export controls or travel bans on officials",
            "tariffs, export controls or travel bans on officials",
        ),
        ("relations with the U.S. this year", "relations with the U.S. this year"),
        ("sanctions and other measures is being prepared", "sanctions and other measures"),
        ("the rising prices blamed the government for", "the rising prices"),
        ("work with the new Chancellor", "work with the new Chancellor"),
    ],
)
def test_the_cutter_keeps_a_whole_phrase(governed: str, topic: str) -> None:
    assert cut(governed) == topic


def test_a_reported_clause_keeps_its_verb() -> None:
    text = "the ferry will sail today, officials said"
    clause = clause_words(tokenise(text, 0, len(text)), load_grammar())
    assert join(clause) == "the ferry will sail today"
    assert cut(text) == "the ferry"


def test_a_long_phrase_is_capped_where_a_phrase_ends() -> None:
    topic = cut(
        "a long list of demands for the removal of foreign bases near the eastern border "
        "of the country"
    )
    grammar = load_grammar()
    words = tokenise(topic, 0, len(topic))
    assert counted(words) <= TOPIC_WORDS
    assert not grammar.function_word(words[-1].lower)
    assert topic == "a long list of demands for the removal of foreign bases"


def test_a_cap_does_not_split_a_list() -> None:
    topic = cut("their firm commitment to the sovereignty, independence, and territorial integrity")
    assert topic.endswith("sovereignty, independence, and territorial integrity")


@pytest.mark.parametrize(
    ("verb", "form"),
    [
        ("engage", "engaging"),
        ("step", "stepping"),
        ("ramp", "ramping"),
        ("visit", "visiting"),
        ("admit", "admitting"),
        ("see", "seeing"),
        ("lie", "lying"),
        ("de-escalate", "de-escalating"),
    ],
)
def test_ing_forms(verb: str, form: str) -> None:
    assert ing_form(verb, load_grammar()) == form


@pytest.mark.parametrize(
    ("verb", "form"), [("attack", "attacks"), ("push", "pushes"), ("deny", "denies"), ("be", "is")]
)
def test_third_person_forms(verb: str, form: str) -> None:
    assert third_person(verb) == form


def position(text: str) -> Position[Quote]:
    (item,) = extract_draft(text).positions
    return item


def target(item: Position[Quote]) -> str | None:
    return item.target.name if item.target else None


@pytest.mark.parametrize(
    ("text", "topic", "target_name"),
    [
        (
            "France urged Germany to reopen the border crossings.",
            "Germany reopening the border crossings",
            "Germany",
        ),
        (
            "Spain warned that Italy could close its ports next month.",
            "Italy closing its ports",
            "Italy",
        ),
        (
            "Poland stressed the need to include Lithuania in the talks.",
            "including Lithuania in the talks",
            None,
        ),
        (
            "Japan threatened tougher tariffs if China blocks the shipments.",
            "tougher tariffs if China blocks the shipments",
            "China",
        ),
        (
            "Italy has prepared severe trade sanctions should Turkey block the strait.",
            "severe trade sanctions if Turkey blocks the strait",
            "Turkey",
        ),
        ("Canada said a blockade would be a grave mistake.", "a blockade", None),
        (
            "Norway expressed concern about the closure of the airport, which it called unlawful.",
            "the closure of the airport",
            None,
        ),
        (
            "Denmark opposes Norway joining the customs union.",
            "Norway joining the customs union",
            "Norway",
        ),
        ("Canada supports Japan's bid, the minister also said.", "Japan's bid", "Japan"),
    ],
)
def test_position_topics_and_targets(text: str, topic: str, target_name: str | None) -> None:
    item = position(text)
    assert (item.topic, target(item)) == (topic, target_name)


def test_a_noun_that_governs_nothing_gives_no_topic_to_read() -> None:
    item = position("Hungary has laid out demands it says will protect its farmers.")
    assert item.summary == "Hungary made demands."


def test_a_relative_clause_about_a_thing_holds_no_stance() -> None:
    text = "Spain stands with Italy in the face of the crisis, which threatens the region."
    assert [(p.holder.name, p.stance) for p in extract_draft(text).positions] == [
        ("Spain", "support")
    ]


def contact_topics(text: str) -> list[str]:
    (contact,) = extract_draft(text).diplomatic_contacts
    return contact.topics


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        (
            "France held talks with Germany on energy prices and grain exports.",
            ["energy prices and grain exports"],
        ),
        (
            "Poland met Lithuania to discuss energy prices, including gas storage.",
            ["energy prices", "gas storage"],
        ),
        ("Norway will visit Sweden in an attempt to end the dispute.", ["ending the dispute"]),
        ("Spain spoke to Italy over the phone.", []),
        ("Japan met China in Tokyo on Monday.", []),
    ],
)
def test_contact_topics_come_only_from_what_the_sentence_says(text: str, topics: list[str]) -> None:
    assert contact_topics(text) == topics


def test_a_stance_voiced_in_the_contact_sentence_is_a_contact_topic() -> None:
    text = "During the call with Germany, France defended the right of farmers to protest."
    (contact,) = [c for c in extract_draft(text).diplomatic_contacts if c.participants]
    assert contact.topics == ["the right of farmers to protest"]
