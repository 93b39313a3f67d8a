"""Actor resolution across articles, and the user's alias file."""

import json
import random
from pathlib import Path

import pytest
from helpers import SEEDS

from summarise.briefing import build_briefing, load_aliases, render
from summarise.briefing.canonical.party_lookup import PartyLookup
from summarise.briefing.canonical.resolver import ActorResolver
from summarise.errors import ConfigError
from summarise.extraction.backends.baseline import extract_draft
from summarise.extraction.grounding import ground_extraction
from summarise.extraction.results import ArticleResult
from summarise.loading import load_articles
from summarise.schema import Actor, ActorKind


def actor(
    name: str, kind: ActorKind = "person", country: str | None = None, role: str | None = None
) -> Actor:
    return Actor(name=name, kind=kind, country=country, role=role)


JOHNSON_VARIANTS = [
    actor("Boris Johnson", country="United Kingdom", role="Prime Minister"),
    actor("Mr Johnson"),
    actor("Johnson", country="UK"),
    actor("the Prime Minister", country="United Kingdom"),
    actor("UK PM"),
    actor("British Prime Minister Boris Johnson"),
]
BODIES = [
    actor("United Kingdom", "state"),
    actor("Britain", "state"),
    actor("UK government", "government"),
    actor("Downing Street", "government"),
    actor("Number 10", "government"),
    actor("Russia", "state"),
    actor("the Kremlin", "government"),
    actor("Russian government", "government"),
    actor("Russian forces", "military"),
    actor("Russian troops", "military"),
    actor("Vladimir Putin", country="Russia", role="President"),
    actor("President Putin"),
]


def test_variants_of_one_person_resolve_to_one_actor() -> None:
    resolver = ActorResolver(JOHNSON_VARIANTS + BODIES)

    refs = {resolver.resolve(a) for a in JOHNSON_VARIANTS}

    assert len(refs) == 1
    (ref,) = refs
    assert (ref.id, ref.name, ref.kind, ref.country) == (
        "boris-johnson",
        "Boris Johnson",
        "person",
        "United Kingdom",
    )


def test_states_and_seats_of_government_are_distinct_but_share_a_country() -> None:
    resolver = ActorResolver(JOHNSON_VARIANTS + BODIES)

    names = {a.name: resolver.resolve(a) for a in BODIES}

    assert names["Britain"] == names["United Kingdom"]
    assert names["Downing Street"] == names["UK government"] == names["Number 10"]
    assert names["UK government"] != names["United Kingdom"]
    assert names["UK government"].kind == "government"
    assert names["United Kingdom"].kind == "state"
    assert names["UK government"].country == names["United Kingdom"].country == "United Kingdom"
    assert names["the Kremlin"] == names["Russian government"]
    assert names["Russian forces"] == names["Russian troops"]
    assert names["Russian forces"].kind == "military"
    assert (
        len({names[n] for n in ("Russia", "the Kremlin", "Russian forces", "President Putin")}) == 4
    )
    assert {
        names[n].country for n in ("Russia", "the Kremlin", "Russian forces", "Vladimir Putin")
    } == {"Russia"}


@pytest.mark.parametrize(
    "name",
    [
        "European Commission, France, Germany, Italy, United Kingdom, Canada and United States",
        "Poland, Lithuania and Ukraine",
        "the leaders of Estonia, Latvia and Lithuania",
    ],
)
def test_a_party_named_by_several_states_has_no_one_country(name: str) -> None:
    """A joint statement's signers, an extractor's "other" holder with no country, were
    shown as the first state of the list (the parties table said "France")."""
    resolver = ActorResolver([actor(name, "other"), actor("Poland", "state")])

    assert resolver.resolve(actor(name, "other")).country is None
    # A body of one state keeps its country.
    one = ActorResolver([actor("Polish delegation", "other")])
    assert one.resolve(actor("Polish delegation", "other")).country == "Poland"


def test_organisations_match_by_case_and_acronym() -> None:
    mentions = [
        actor("NATO", "organisation"),
        actor("Nato", "organisation"),
        actor("North Atlantic Treaty Organization", "organisation"),
        actor("European Union", "organisation"),
        actor("EU", "organisation"),
    ]
    resolver = ActorResolver(mentions)

    assert {resolver.resolve(a).name for a in mentions[:3]} == {"NATO"}
    assert resolver.resolve(mentions[3]) == resolver.resolve(mentions[4])
    assert resolver.resolve(mentions[0]) != resolver.resolve(mentions[3])


def test_a_surname_shared_by_two_people_attaches_only_when_the_country_decides() -> None:
    mentions = [
        actor("Boris Johnson", country="United Kingdom"),
        actor("Mike Johnson", country="United States"),
        actor("Mr Johnson", country="UK"),
        actor("Johnson"),
    ]
    resolver = ActorResolver(mentions)

    assert resolver.resolve(mentions[2]).name == "Boris Johnson"
    assert resolver.resolve(mentions[3]).name == "Johnson"


def test_a_misspelt_name_joins_its_person() -> None:
    mentions = [actor("Volodymyr Zelensky", country="Ukraine"), actor("Volodymyr Zelenskyy")]
    resolver = ActorResolver(mentions)

    assert resolver.resolve(mentions[0]) == resolver.resolve(mentions[1])


def test_resolution_does_not_depend_on_mention_order() -> None:
    mentions = JOHNSON_VARIANTS + BODIES
    expected = {a.name: ActorResolver(mentions).resolve(a) for a in mentions}

    for seed in range(5):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        resolver = ActorResolver(shuffled)
        assert {a.name: resolver.resolve(a) for a in mentions} == expected


def test_aliases_join_what_resolution_cannot_and_name_the_actor() -> None:
    mentions = [
        actor("Joe Biden", country="United States", role="President"),
        actor("Joe Biden"),
        actor("Joseph R. Biden"),
        actor("POTUS"),
    ]
    aliases = {"Joe Biden": "Joseph R. Biden", "potus": "Joseph R. Biden"}

    resolver = ActorResolver(mentions, aliases)

    assert {resolver.resolve(a).id for a in mentions} == {"joseph-r-biden"}
    assert resolver.resolve(mentions[0]).name == "Joseph R. Biden"


def test_an_alias_joins_names_of_different_kinds_into_one_party() -> None:
    mentions = JOHNSON_VARIANTS + BODIES
    into_person = ActorResolver(mentions, {"UK government": "Boris Johnson"})
    into_body = ActorResolver(mentions, {"Boris Johnson": "UK government"})

    person = {
        into_person.resolve(a) for a in [*JOHNSON_VARIANTS, actor("UK government", "government")]
    }
    body = {into_body.resolve(a) for a in [*JOHNSON_VARIANTS, actor("UK government", "government")]}

    assert [(r.name, r.kind) for r in person] == [("Boris Johnson", "person")]
    assert [(r.name, r.kind) for r in body] == [("UK government", "government")]


def test_party_names_match_a_person_or_every_actor_of_a_country() -> None:
    lookup = PartyLookup(ActorResolver(JOHNSON_VARIANTS + BODIES))

    assert lookup.match("UK PM").ids == {"boris-johnson"}
    assert lookup.match("Borris Johnson").ids == {"boris-johnson"}
    assert lookup.match("Boris").ids == {"boris-johnson"}
    assert lookup.match("Russian").ids == {
        "russia",
        "russian-government",
        "russian-forces",
        "vladimir-putin",
    }
    assert lookup.match("Atlantis").ids == set()


def test_load_aliases_reads_both_toml_shapes(tmp_path: Path) -> None:
    path = tmp_path / "aliases.toml"
    path.write_text(
        '[aliases]\n"BoJo" = "Boris Johnson"\n"Vladimir Putin" = ["Mr Putin", "V. Putin"]\n',
        encoding="utf-8",
    )

    assert load_aliases(path) == {
        "BoJo": "Boris Johnson",
        "Mr Putin": "Vladimir Putin",
        "V. Putin": "Vladimir Putin",
    }


def test_load_aliases_reads_json(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text(json.dumps({"Number 10": "UK government"}), encoding="utf-8")

    assert load_aliases(path) == {"Number 10": "UK government"}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.toml", "not = [valid", "is not valid TOML"),
        ("bad.json", "{", "is not valid JSON"),
        ("nested.toml", "[x]\ny = 1\n", "the entry 'x' is not a name"),
        ("empty.json", '{"": "Boris Johnson"}', "has an empty name"),
        ("list.json", '["Boris Johnson"]', "must hold a table of names"),
    ],
)
def test_load_aliases_explains_a_bad_file(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")

    with pytest.raises(ConfigError, match=message):
        load_aliases(path)


def test_load_aliases_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot be read"):
        load_aliases(tmp_path / "missing.toml")


HORNE = actor(
    "Emily Horne",
    country="United States",
    role="White House National Security Council spokesperson",
)


@pytest.mark.parametrize(
    "generic",
    [
        actor("spokesperson"),
        actor("a spokesperson", country="United States", role="spokesperson"),
        actor("an air force spokesperson", country="United Kingdom"),
        actor("officials", country="United States"),
        actor("US officials", "government"),
        actor("a senior diplomat", country="United States", role="senior diplomat"),
    ],
)
def test_a_generic_actor_never_becomes_a_named_one(generic: Actor) -> None:
    resolver = ActorResolver([HORNE, generic, HORNE])

    assert resolver.resolve(generic) != resolver.resolve(HORNE)
    assert resolver.resolve(generic).name != "Emily Horne"


def test_the_seeds_briefing_never_credits_an_unnamed_spokesperson_to_emily_horne() -> None:
    results = []
    for article in load_articles([SEEDS]).articles:
        extraction = ground_extraction(extract_draft(article.text), article.text, article.id)
        results.append(ArticleResult(article=article, extraction=extraction, backend="baseline"))

    briefing = build_briefing(results, backend="baseline")

    # The air force spokesperson announces the UK's own intercept: no claimant (the
    # labelling guide's rule), and never Emily Horne.
    intercept = next(m for m in briefing.military_movements if m.activity == "intercept")
    assert "Emily Horne" not in {a.name for a in intercept.claimed_by}
    assert "claimed by Emily Horne" not in render(briefing, "md")
