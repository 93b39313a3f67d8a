"""Baseline actor recognition and within-article resolution."""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline.coref import Mention, resolve_mentions
from summarise.extraction.backends.baseline.mentions import ActorKey, load_gazetteer
from summarise.extraction.backends.baseline.quotes import find_quote_zones
from summarise.extraction.sentences import split_sentences


def mentions(text: str) -> list[Mention]:
    spans = split_sentences(text)
    per_sentence = resolve_mentions(text, spans, find_quote_zones(text), load_gazetteer())
    return [m for sentence in per_sentence for m in sentence]


def resolved(text: str) -> dict[str, ActorKey]:
    """Surface text -> actor, for the last mention with that surface."""
    return {m.text: m.actor for m in mentions(text)}


def test_honorific_takes_the_full_name_introduced_earlier() -> None:
    found = resolved("Robert Brinkley, a former ambassador, spoke. Mr Brinkley said so.")
    assert found["Mr Brinkley"].name == "Robert Brinkley"


def test_honorific_falls_back_to_the_dictionary_office_holder() -> None:
    found = resolved("Mr Johnson spoke to Mr Putin.")
    assert found["Mr Johnson"] == ActorKey(
        "Boris Johnson", "person", "United Kingdom", "Prime Minister"
    )
    assert found["Mr Putin"].name == "Vladimir Putin"


def test_the_prime_minister_is_the_person_introduced_in_that_role() -> None:
    text = "Australian Prime Minister Scott Morrison spoke. Later the prime minister left."
    found = resolved(text)
    assert found["the prime minister"].name == "Scott Morrison"


def test_the_prime_minister_defaults_to_the_office_holder_of_the_period() -> None:
    assert resolved("The Prime Minister spoke.")["The Prime Minister"].name == "Boris Johnson"


def test_a_country_qualified_role_names_that_countrys_office_holder() -> None:
    found = resolved("The prime minister spoke to the Russian president and Ukraine's president.")
    assert found["the Russian president"].name == "Vladimir Putin"
    assert found["Ukraine's president"].name == "Volodymyr Zelenskyy"


def test_he_is_the_subject_of_the_previous_sentence() -> None:
    text = "Mr Johnson spoke to President Putin. He said talks would go on."
    he = next(m for m in mentions(text) if m.text == "He")
    assert he.actor.name == "Boris Johnson"
    assert he.pronoun


def test_she_skips_a_male_subject() -> None:
    text = "Liz Truss met Sergei Lavrov. He left early. She told the Commons she was firm."
    she = next(m for m in mentions(text) if m.text == "She")
    assert she.actor.name == "Liz Truss"


def test_it_is_the_last_organisation_subject() -> None:
    text = "The Kremlin did not comment. After the call, it said talks were useful."
    it = next(m for m in mentions(text) if m.text == "it")
    assert it.actor.name == "Russian government"


def test_expletive_it_is_no_mention() -> None:
    assert "it" not in resolved("The Kremlin spoke. Later it was feared that troops massed.")


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("The Kremlin said no.", "The Kremlin", "Russian government"),
        ("Moscow said no.", "Moscow", "Russian government"),
        ("Downing Street said no.", "Downing Street", "UK government"),
        ("Number 10 said no.", "Number 10", "UK government"),
        ("The White House said no.", "The White House", "US government"),
        ("Washington said no.", "Washington", "US government"),
        ("Kyiv said no.", "Kyiv", "Ukrainian government"),
        ("Kiev said no.", "Kiev", "Ukrainian government"),
    ],
)
def test_capitals_and_seats_of_government_are_metonyms(text: str, surface: str, name: str) -> None:
    actor = resolved(text)[surface]
    assert (actor.name, actor.kind) == (name, "government")


@pytest.mark.parametrize(
    ("surface", "name", "kind"),
    [
        ("the U.S.", "United States", "state"),
        ("Britain", "United Kingdom", "state"),
        ("Nato", "NATO", "organisation"),
        ("the RAF", "RAF", "military"),
        ("the Pentagon", "US Department of Defense", "government"),
    ],
)
def test_states_and_organisations_take_their_common_name(
    surface: str, name: str, kind: str
) -> None:
    found = {m.text: m.actor for m in mentions(f"Later {surface} said no.")}
    actor = next(a for s, a in found.items() if s in surface)
    assert (actor.name, actor.kind) == (name, kind)


def test_an_adjective_is_a_modifier_not_a_party() -> None:
    russian = next(m for m in mentions("Russian troops massed.") if m.text == "Russian")
    assert russian.actor.name == "Russia"
    assert russian.modifier
    assert not russian.subject_ok


def test_a_place_name_modifying_a_noun_is_no_actor() -> None:
    assert "Minsk" not in resolved("He cited the Minsk agreements.")


def test_appositive_and_possessive_roles_give_role_and_country() -> None:
    text = 'Russia\'s deputy UN ambassador, Dmitry Polyanskiy, told Sky News: "No."'
    actor = resolved(text)["Russia's deputy UN ambassador, Dmitry Polyanskiy"]
    assert actor == ActorKey("Dmitry Polyanskiy", "person", "Russia", "deputy UN ambassador")


def test_a_news_outlet_is_not_a_person() -> None:
    assert all(m.actor.name != "Sky News" for m in mentions("He told Sky News he was glad."))


def test_a_spokesman_speaks_for_the_office() -> None:
    text = 'A Downing Street spokesman said: "Yes." His spokesman later added more.'
    spokesman = next(m for m in mentions(text) if m.text == "A Downing Street spokesman")
    assert spokesman.spokesperson
    assert spokesman.actor.name == "UK government"
    assert spokesman.actor.role == "Downing Street spokesman"


def test_a_named_spokesperson_speaks_for_the_body_named_before_the_title() -> None:
    text = "Pentagon press secretary John Kirby said the deployments were not permanent."
    kirby = next(m for m in mentions(text) if "Kirby" in m.text)
    assert kirby.actor.name == "John Kirby"
    assert kirby.principal is not None
    assert kirby.principal.name == "US Department of Defense"


def test_objects_are_not_subjects() -> None:
    found = {m.text: m for m in mentions("Mr Putin accused the US of trying to provoke Moscow.")}
    assert found["Mr Putin"].subject_ok
    assert not found["US"].subject_ok
    assert not found["Moscow"].subject_ok


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Chris Philp, a minister in the Department for Digital, Culture, Media and Sport, "
            "said there is deep concern.",
            "minister in the Department for Digital, Culture, Media and Sport",
        ),
        (
            "Robert Brinkley, a former ambassador to Ukraine, said so.",
            "former ambassador to Ukraine",
        ),
        (
            "Anna Smith, a spokeswoman for the ministry, Russia and Ukraine, said so.",
            "spokeswoman for the ministry",
        ),
    ],
)
def test_an_appositive_role_runs_to_the_comma_that_closes_it(text: str, role: str) -> None:
    speaker = mentions(text)[0].actor

    assert speaker.role == role
