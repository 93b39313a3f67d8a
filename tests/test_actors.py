"""One vocabulary of actor names, and one answer to "the same party?" for everyone.

The last test is the contract between the eval and the briefing: over every actor name in
the hand labels and in the baseline's extractions of the seeds and the development set,
the scorer's "same party" and the briefing's cross-article resolution agree.
"""

from __future__ import annotations

import itertools

import pytest
from helpers import LABELS, ROOT, SEEDS

from summarise.actors import (
    country_of,
    parse_person,
    party_of,
    party_spans,
    same_party,
    tokens,
    vocabulary,
)
from summarise.actors.name_parts import _phrase_at
from summarise.briefing.canonical.resolver import ActorResolver
from summarise.briefing.involvement import named_actors
from summarise.evaluation.labels import load_labels
from summarise.evaluation.scoring.actor_pairs import names_agree
from summarise.loading import load_articles
from summarise.schema import CATEGORIES, Actor, ActorKind
from summarise.session import Session
from summarise.settings import Settings

OFFICIAL = [ROOT / "evals" / "dev", ROOT / "evals" / "test"]


def actor(
    name: str, kind: ActorKind = "person", country: str | None = None, role: str | None = None
) -> Actor:
    return Actor(name=name, kind=kind, country=country, role=role)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (actor("Russia", "state"), actor("Russian Federation", "state")),
        (actor("Kremlin", "government"), actor("Russian government", "government")),
        (actor("UK government", "government"), actor("British government", "government")),
        (actor("Number 10", "person"), actor("Downing Street", "government")),
        (actor("Nato", "organisation"), actor("North Atlantic Treaty Organization", "other")),
        (actor("the Pentagon", "government"), actor("US Department of Defense", "government")),
        (actor("RAF", "military"), actor("British armed forces", "military")),
        (actor("Joseph R. Biden, Jr."), actor("Joe Biden")),
        (actor("President of Russia Vladimir Putin"), actor("Mr Putin")),
        (actor("Kremlin spokesman Dmitry Peskov"), actor("Dmitri Peskov")),
        (actor("Zelensky", country="Ukraine"), actor("Volodymyr Zelenskyy", country="Ukraine")),
        (
            actor("the President", country="United States"),
            actor("Joe Biden", country="United States", role="President"),
        ),
        (
            actor("Biden administration", "government", "United States"),
            actor("White House", "government"),
        ),
    ],
)
def test_names_of_one_party_agree(left: Actor, right: Actor) -> None:
    assert same_party(left, right)
    assert same_party(right, left)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (actor("Russia", "state"), actor("Russian government", "government")),
        (actor("United States", "state"), actor("US Department of Defense", "government")),
        (
            actor("Boris Johnson", country="United Kingdom"),
            actor("Johnson", country="United States"),
        ),
        (actor("a spokesperson"), actor("Emily Horne", role="spokesperson")),
        (actor("officials", "other"), actor("US officials", "other")),
        (actor("Vladimir Putin"), actor("Volodymyr Zelenskyy")),
        (actor("the President"), actor("Joe Biden", country="United States", role="President")),
        (actor("EU", "organisation"), actor("UN", "organisation")),
        (
            actor("Anna Berg", country="Finland", role="Head of the Office of the President"),
            actor("President of Finland", country="Finland", role="President"),
        ),
        (
            actor("Tomas Lind", country="Sweden", role="Adviser to the Prime Minister"),
            actor("Prime Minister of Sweden", country="Sweden", role="Prime Minister"),
        ),
    ],
)
def test_names_of_different_parties_do_not(left: Actor, right: Actor) -> None:
    assert not same_party(left, right)


def test_a_name_is_read_into_country_office_and_personal_name() -> None:
    person = parse_person("the Russian Foreign Minister Sergei Lavrov")
    assert (person.country, person.role, person.personal) == (
        "Russia",
        "foreign minister",
        ("sergei", "lavrov"),
    )
    assert country_of("the U.K.") == "United Kingdom"
    assert country_of("British") == "United Kingdom"
    assert party_of(actor("Downing Street spokesman")).kind == "office"


def test_the_vocabulary_holds_no_office_holders() -> None:
    """General knowledge only: who holds an office is the article's to say."""
    vocab = vocabulary()
    names = {o.name for o in vocab.organisations} | set(vocab.countries)
    assert not {"Boris Johnson", "Vladimir Putin", "Joe Biden"} & names
    assert vocab.countries["Russia"].government == "Russian government"


NATO_2022 = (
    "Albania Belgium Bulgaria Canada Croatia Czech_Republic Denmark Estonia France Germany Greece"
    " Hungary Iceland Italy Latvia Lithuania Luxembourg Montenegro Netherlands North_Macedonia"
    " Norway Poland Portugal Romania Slovakia Slovenia Spain Turkey United_Kingdom United_States"
)
EU_2022 = (
    "Austria Belgium Bulgaria Croatia Cyprus Czech_Republic Denmark Estonia Finland France Germany"
    " Greece Hungary Ireland Italy Latvia Lithuania Luxembourg Malta Netherlands Poland Portugal"
    " Romania Slovakia Slovenia Spain Sweden"
)


def test_every_member_of_nato_and_the_eu_is_a_state() -> None:
    """Unseen readouts name any ally ("Portugal rejected …"); a member missing from the
    vocabulary is a party the baseline cannot see, whatever the rules say."""
    members = {n.replace("_", " ") for n in (NATO_2022 + " " + EU_2022).split()}
    assert members - set(vocabulary().countries) == set()
    assert {country_of(n) for n in ("Portuguese", "Austrian")} == {
        "Portugal",
        "Austria",
    }


def _label_actors() -> list[Actor]:
    labels = [*load_labels(LABELS).values()]
    for folder in OFFICIAL:
        labels += load_labels(folder / "labels").values()
    return [
        a
        for label in labels
        for c in CATEGORIES
        for i in label.items(c)
        for a in named_actors(c, i)
    ]


def _briefing_actors() -> list[Actor]:
    paths = [SEEDS, *(folder / "articles" for folder in OFFICIAL)]
    with Session(Settings(backend="baseline"), use_cache=False) as session:
        run = session.extract(load_articles(paths))
    return [
        a
        for result in run.results
        for c in CATEGORIES
        for item in result.extraction.items(c)
        for a in named_actors(c, item)
    ]


def _office_and_a_bare_variant_of_its_holder(a: Actor, b: Actor) -> bool:
    """A bare office against a mention of a person that does not itself carry that office.

    The briefing attaches "President of Russia" to the one person the articles say holds
    it, and with him every variant of his name ("Putin"); the scorer, comparing two names
    with nothing else, can match the office only to a mention that carries the office and
    country itself. Same-party-by-office is not transitive pairwise, so these pairs are the
    one disagreement a pairwise scorer cannot remove.
    """
    pa, pb = party_of(a), party_of(b)
    office, person = (pa, pb) if pa.kind == "office" else (pb, pa)
    return (
        office.kind == "office"
        and person.kind != "office"
        and (person.role, person.country) != (office.role, office.country)
    )


def _bridged_by_a_mention_carrying_both(a: Actor, b: Actor, mentions: list[Actor]) -> bool:
    """Some mention agrees with both: the office holder named with the office.

    That mention is what lets the briefing join the pair, so a joined pair without one would
    be a guess, not the pairwise scorer's blind spot.
    """
    return any(names_agree(c, a) and names_agree(c, b) for c in mentions if c not in (a, b))


def test_scorer_and_briefing_agree_on_every_pair_of_names() -> None:
    mentions = _label_actors() + _briefing_actors()
    unique = list({(a.name, a.kind, a.country, a.role): a for a in mentions}.values())
    resolver = ActorResolver(mentions)

    disagreements = [
        (a, b)
        for a, b in itertools.combinations(unique, 2)
        if names_agree(a, b) != (resolver.resolve(a).id == resolver.resolve(b).id)
    ]
    by_office = [(a, b) for a, b in disagreements if _office_and_a_bare_variant_of_its_holder(a, b)]

    assert len(unique) > 150
    assert sum(names_agree(a, b) for a, b in itertools.combinations(unique, 2)) > 30
    assert [(a.name, b.name) for a, b in disagreements if (a, b) not in by_office] == []
    assert all(not names_agree(a, b) for a, b in by_office)
    assert all(_bridged_by_a_mention_carrying_both(a, b, unique) for a, b in by_office)


def test_party_spans_cover_the_names_of_countries_seats_and_organisations() -> None:
    words = tokens("aid from the United Kingdom and Nato for Moldovan towns near Kyiv")
    assert [" ".join(words[a:b]) for a, b in party_spans(words)] == [
        "united kingdom",
        "nato",
        "moldovan",
        "kyiv",
    ]


def test_every_phrase_of_the_vocabulary_is_found_from_its_first_word() -> None:
    """A look-up reaches no further than the longest phrase its first word opens: none
    of the tables' phrases may lie beyond that reach."""
    vocab = vocabulary()
    tables = (
        vocab.country_phrases,
        vocab.seat_phrases,
        vocab.office_phrases,
        vocab.organisation_phrases,
        vocab.outlet_phrases,
    )
    for table in tables:
        for phrase, value in table.items():
            assert _phrase_at([*phrase, "today"], 0, table) == (value, len(phrase))
