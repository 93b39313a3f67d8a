from datetime import date
from pathlib import Path

from summarise.article import Article
from summarise.extraction.backends.base import BackendResult, Usage
from summarise.extraction.cache import CachedExtraction, ExtractionCache, cache_key
from summarise.schema import ExtractionDraft

ARTICLE = Article(id="a1", text="Russia massed troops. NATO warned Russia.")
IDENTITY: dict[str, str | int | float | bool | None] = {
    "backend": "x",
    "model": "m",
    "temperature": 0.0,
}


def entry() -> CachedExtraction:
    draft = ExtractionDraft.model_validate(
        {
            "positions": [
                {
                    "holder": {"name": "NATO", "kind": "organisation"},
                    "stance": "warn",
                    "topic": "Russian troops",
                    "evidence": [{"quote": "NATO warned Russia."}],
                }
            ]
        }
    )
    result = BackendResult(
        draft=draft, usage=Usage(prompt_tokens=10, completion_tokens=5), attempts=1
    )
    return CachedExtraction.from_result(result, IDENTITY)


def test_key_depends_on_text_and_every_identity_field() -> None:
    base = cache_key(ARTICLE, IDENTITY)
    assert cache_key(ARTICLE, dict(IDENTITY)) == base
    assert cache_key(ARTICLE.model_copy(update={"text": "other"}), IDENTITY) != base
    for field, value in [("model", "m2"), ("temperature", 0.5), ("prompt_hash", "abc")]:
        assert cache_key(ARTICLE, {**IDENTITY, field: value}) != base


def test_key_ignores_where_the_article_was_read_from() -> None:
    moved = ARTICLE.model_copy(update={"path": "elsewhere.txt", "id": "other-id"})
    assert cache_key(moved, IDENTITY) == cache_key(ARTICLE, IDENTITY)


def test_key_follows_what_the_prompt_shows_of_the_article() -> None:
    base = cache_key(ARTICLE, IDENTITY)
    for field, value in [("title", "T"), ("source", "S"), ("published", date(2022, 1, 29))]:
        assert cache_key(ARTICLE.model_copy(update={field: value}), IDENTITY) != base


def test_round_trip_and_stats(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    key = cache_key(ARTICLE, IDENTITY)
    assert cache.get(key) is None
    cache.put(key, entry())
    got = cache.get(key)
    assert got is not None
    assert got.draft == entry().draft
    assert got.usage.total_tokens == 15
    assert cache.stats().entries == 1
    assert cache.clear() == 1
    assert cache.get(key) is None


def test_entry_that_no_longer_validates_is_a_miss(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    cache._cache.set("k", '{"draft": {"positions": [{"stance": "nonsense"}]}}')
    assert cache.get("k") is None
    assert cache.stats().entries == 0


def test_stats_count_entries_written_before_kinds_were_tagged(tmp_path: Path) -> None:
    """A cache from an earlier version holds untagged entries; they are told apart by what
    they hold, an overview's draft being sentences."""
    cache = ExtractionCache(tmp_path)
    cache._cache.set("old-extraction", entry().model_dump_json())
    cache._cache.set("old-overview", '{"draft": {"sentences": []}, "created": "2022-02-03T00:00"}')
    cache.put("new", entry())

    stats = cache.stats()

    assert (stats.entries, stats.extractions, stats.overviews) == (3, 2, 1)
