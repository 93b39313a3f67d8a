"""The baseline backend end to end on the seed articles: items, grounding, determinism."""

from __future__ import annotations

import asyncio

import pytest
from helpers import SEEDS

from summarise.article import Article
from summarise.extraction.backends import make_backend
from summarise.extraction.backends.baseline import BaselineBackend
from summarise.extraction.backends.baseline.extract import extract_draft
from summarise.loading.loader import load_articles
from summarise.schema import CATEGORIES, Actor, ExtractionDraft
from summarise.settings import Settings


def seed(prefix: str) -> Article:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    (article,) = load_articles([path]).articles
    return article


@pytest.fixture(scope="module")
def seed_000() -> ExtractionDraft:
    return extract_draft(seed("000").text)


@pytest.fixture(scope="module")
def seed_001() -> ExtractionDraft:
    return extract_draft(seed("001").text)


def names(actors: list[Actor]) -> set[str]:
    return {a.name for a in actors}


def test_the_johnson_putin_phone_call_is_one_contact_with_its_restatements(
    seed_000: ExtractionDraft,
) -> None:
    calls = [
        c
        for c in seed_000.diplomatic_contacts
        if c.mode == "phone_call" and names(c.participants) == {"Boris Johnson", "Vladimir Putin"}
    ]
    assert len(calls) == 1
    assert calls[0].status == "held"
    assert len(calls[0].evidence) >= 3  # "spoke to", "call to Moscow", "during the phone call"


def test_the_kyiv_visit_has_the_visitor_and_the_host(seed_000: ExtractionDraft) -> None:
    (visit,) = [c for c in seed_000.diplomatic_contacts if c.mode == "visit"]
    assert names(visit.participants) == {"Boris Johnson", "Ukraine"}
    assert (visit.status, visit.location, visit.when) == ("held", "Kiev", "on Tuesday")


def test_the_us_deployment_of_3000_troops(seed_000: ExtractionDraft) -> None:
    (deploy,) = [
        m for m in seed_000.military_movements if m.quantity is not None and m.quantity.low == 3000
    ]
    assert (deploy.actor.name, deploy.activity, deploy.status) == (
        "United States",
        "deploy",
        "planned",
    )
    assert deploy.forces == "3,000 more troops"
    assert deploy.quantity is not None
    assert (deploy.quantity.unit, deploy.quantity.approximate) == ("troops", False)


def test_the_russian_mass_of_about_130000_troops(seed_000: ExtractionDraft) -> None:
    (mass,) = [m for m in seed_000.military_movements if m.activity == "mass" and m.quantity]
    assert mass.actor.name == "Russia"
    assert mass.quantity is not None
    assert (mass.quantity.low, mass.quantity.high, mass.quantity.approximate) == (
        130000,
        None,
        True,
    )
    assert (mass.status, mass.destination) == ("ongoing", "near the Ukrainian border")


def test_the_raf_intercept_gathers_every_restatement(seed_000: ExtractionDraft) -> None:
    (intercept,) = [m for m in seed_000.military_movements if m.activity == "intercept"]
    assert (intercept.actor.name, intercept.status) == ("United Kingdom", "completed")
    assert len(intercept.evidence) >= 4


def test_the_spokesmans_quotes_are_the_prime_ministers_positions(
    seed_000: ExtractionDraft,
) -> None:
    warn = [p for p in seed_000.positions if p.stance == "warn" and "incursion" in p.topic]
    assert len(warn) == 1
    assert warn[0].holder.name == "Boris Johnson"
    assert warn[0].via is not None
    assert warn[0].via.name == "UK government"


def test_a_commentator_holds_his_own_view(seed_000: ExtractionDraft) -> None:
    holders = {p.holder.name for p in seed_000.positions if p.stance == "warn"}
    assert "Robert Brinkley" in holders


def test_seed_001_reads_roles_for_names(seed_001: ExtractionDraft) -> None:
    (call,) = seed_001.diplomatic_contacts
    assert names(call.participants) == {"Boris Johnson", "Vladimir Putin"}
    assert call.when == "this afternoon"
    demands = {
        (p.holder.name, p.target.name)
        for p in seed_001.positions
        if p.stance == "demand" and p.target
    }
    assert ("Boris Johnson", "Russia") in demands  # "Mr Johnson urged Russia to step back"
    (mass,) = [m for m in seed_001.military_movements if m.activity == "mass"]
    assert mass.quantity is not None
    assert (mass.quantity.low, mass.quantity.approximate) == (100000, True)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_every_quote_is_copied_from_the_article(prefix: str) -> None:
    article = seed(prefix)
    draft = extract_draft(article.text)
    quotes = [e.quote for c in CATEGORIES for item in draft.items(c) for e in item.evidence]
    assert quotes
    assert all(article.text.find(q) >= 0 for q in quotes)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_extraction_is_deterministic_and_schema_valid(prefix: str) -> None:
    text = seed(prefix).text
    first, second = extract_draft(text), extract_draft(text)
    assert first.model_dump() == second.model_dump()
    assert ExtractionDraft.model_validate_json(first.model_dump_json()) == first


@pytest.mark.parametrize(
    "text", ["", "\n\n", "Read more\n\nLoading audio...\n\nSomething went wrong."]
)
def test_text_without_events_yields_nothing(text: str) -> None:
    assert extract_draft(text).count() == 0


def test_the_backend_costs_nothing_and_names_its_data() -> None:
    backend = BaselineBackend()
    result = asyncio.run(backend.extract(seed("001")))
    assert result.draft.count() > 0
    assert (result.usage.total_tokens, result.attempts, result.requests, result.raw_replies) == (
        0,
        0,
        0,
        [],
    )
    identity = backend.identity()
    assert identity["backend"] == backend.name == "baseline"
    assert isinstance(identity["version"], str)
    assert "+" in identity["version"]
    asyncio.run(backend.aclose())


def test_it_is_the_default_without_a_model() -> None:
    backend, notice = make_backend(Settings())
    assert isinstance(backend, BaselineBackend)
    assert notice is not None
