"""The baseline backend as a whole: every quote copied from its article, deterministic,
schema-valid, free, and the default without a model."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from helpers import ROOT, SEEDS

from summarise.article import Article
from summarise.extraction.backends import make_backend
from summarise.extraction.backends.baseline import BaselineBackend, extract_article, extract_draft
from summarise.extraction.backends.baseline.datafiles import DATA_FILES, rule_sources
from summarise.loading.loader import load_articles
from summarise.schema import CATEGORIES, ExtractionDraft
from summarise.settings import Settings

# The seeds and the development documents: the rules' whole input range, not their labels.
ARTICLES = [
    *sorted(SEEDS.glob("*.txt")),
    *sorted((ROOT / "evals" / "dev" / "articles").glob("*.md")),
]


def article(path: Path) -> Article:
    (loaded,) = load_articles([path]).articles
    return loaded


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_every_quote_is_copied_from_the_article(path: Path) -> None:
    text = article(path)
    draft = extract_article(text)
    quotes = [e.quote for c in CATEGORIES for item in draft.items(c) for e in item.evidence]
    assert all(q and text.text.find(q) >= 0 for q in quotes)


@pytest.mark.parametrize("path", ARTICLES[:6], ids=lambda p: p.stem)
def test_extraction_is_deterministic_and_schema_valid(path: Path) -> None:
    text = article(path)
    first, second = extract_article(text), extract_article(text)
    assert first.count() > 0
    assert first.model_dump() == second.model_dump()
    assert ExtractionDraft.model_validate_json(first.model_dump_json()) == first


@pytest.mark.parametrize(
    "text", ["", "\n\n", "Read more\n\nLoading audio...\n\nSomething went wrong."]
)
def test_text_without_events_yields_nothing(text: str) -> None:
    assert extract_draft(text).count() == 0


def test_no_list_of_people_ships_with_it() -> None:
    """Who holds an office is the article's to say: the data are word classes only."""
    data = ROOT / "summarise" / "extraction" / "backends" / "baseline" / "data"
    assert sorted(p.name for p in data.iterdir()) == sorted(DATA_FILES)


def test_the_backend_costs_nothing_and_names_its_data() -> None:
    backend = BaselineBackend()
    result = asyncio.run(backend.extract(article(ARTICLES[0])))
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


def test_the_identity_hashes_the_rules_code_not_only_their_version_number() -> None:
    """Cached extractions are keyed by the identity: code edited without a version bump
    must not be served the old code's extractions."""
    hashed = {name for name, _ in rule_sources()}
    assert "summarise.extraction.backends.baseline/positions.py" in hashed
    assert "summarise.actors/parties.py" in hashed
    assert "summarise.extraction/sentences.py" in hashed
    assert "summarise.extraction/pipeline.py" not in hashed


def test_it_is_the_default_without_a_model() -> None:
    backend, notice = make_backend(Settings())
    assert isinstance(backend, BaselineBackend)
    assert notice is not None
