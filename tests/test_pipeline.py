"""The pipeline over a stand-in model: caching, concurrency, failures."""

from pathlib import Path

import pytest
from helpers import StandInModel

from summarise.article import Article
from summarise.errors import ArticleError, BackendUnavailable
from summarise.extraction.cache import ExtractionCache
from summarise.extraction.pipeline import extract_articles

TEXT = "Russia has massed 100,000 troops near the border. NATO warned Russia to step back."


QUOTE = "NATO warned Russia to step back."


def stand_in(quote: str = QUOTE, fail: dict[str, Exception] | None = None) -> StandInModel:
    """A stand-in model answering every article with NATO's warning, quoted as ``quote``."""
    position = {
        "holder": {"name": "NATO", "kind": "organisation"},
        "stance": "warn",
        "topic": "Russian troops near the border",
        "evidence": [{"quote": quote}],
    }
    return StandInModel(default={"positions": [position]}, fail=fail)


def articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=f"{TEXT} Item {i}.", path=f"a{i}.txt") for i in range(n)]


async def test_results_are_grounded_and_in_input_order() -> None:
    run = await extract_articles(articles(3), stand_in(), concurrency=2)
    assert [r.article.id for r in run.results] == ["a0", "a1", "a2"]
    evidence = run.results[0].extraction.positions[0].evidence[0]
    assert evidence.match == "exact"
    assert evidence.start is not None
    assert TEXT[evidence.start : evidence.end] == QUOTE
    assert run.stats.items == 3
    assert run.stats.ungrounded == 0
    assert run.stats.usage.total_tokens == 1200


async def test_fabricated_quote_is_kept_but_flagged() -> None:
    run = await extract_articles(articles(1), stand_in(quote="NATO threatened war."))
    assert run.results[0].extraction.positions[0].evidence[0].match == "none"
    assert run.stats.ungrounded == 1


async def test_concurrency_is_bounded() -> None:
    backend = stand_in()
    await extract_articles(articles(12), backend, concurrency=3)
    assert backend.peak == 3


async def test_second_run_is_served_from_cache(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    first = stand_in()
    await extract_articles(articles(4), first, cache=cache)
    second = stand_in()
    run = await extract_articles(articles(4), second, cache=cache)
    assert second.calls == []
    assert run.stats.cache_hits == 4
    assert run.stats.requests == 0
    assert run.stats.usage.total_tokens == 0
    assert all(r.usage.total_tokens == 400 for r in run.results)


async def test_failures_are_reported_and_not_cached(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    backend = stand_in(fail={"a1": ArticleError("model output invalid after 3 attempts")})
    run = await extract_articles(articles(3), backend, cache=cache)
    assert [f.article_id for f in run.failures] == ["a1"]
    assert run.failures[0].reason == "model output invalid after 3 attempts"
    assert run.failures[0].name == "a1.txt"
    retry = stand_in()
    await extract_articles(articles(3), retry, cache=cache)
    assert retry.calls == ["a1"]


async def test_unavailable_backend_stops_further_requests() -> None:
    outage = BackendUnavailable("Cannot reach the model server")
    backend = stand_in(fail={"a0": outage})
    run = await extract_articles(articles(5), backend, concurrency=1)
    assert backend.calls == ["a0"]
    assert len(run.failures) == 5
    assert {f.reason for f in run.failures} == {"Cannot reach the model server"}


async def test_a_bug_costs_one_article_not_the_run() -> None:
    backend = stand_in(fail={"a2": KeyError("oops")})
    run = await extract_articles(articles(4), backend)
    assert len(run.results) == 3
    assert "internal error" in run.failures[0].reason


@pytest.mark.parametrize("concurrency", [1, 8])
async def test_every_article_ends_somewhere(concurrency: int) -> None:
    fail: dict[str, Exception] = {f"a{i}": ArticleError("bad") for i in range(0, 20, 3)}
    run = await extract_articles(articles(20), stand_in(fail=fail), concurrency=concurrency)
    ids = sorted([r.article.id for r in run.results] + [f.article_id or "" for f in run.failures])
    assert ids == sorted(a.id for a in articles(20))


class BrokenCache(ExtractionCache):
    """A cache on a full disk: every write fails."""

    def put(self, *_: object) -> None:
        raise OSError(28, "No space left on device")


async def test_a_cache_that_cannot_be_written_loses_reuse_not_results(tmp_path: Path) -> None:
    run = await extract_articles(articles(3), stand_in(), cache=BrokenCache(tmp_path))
    assert len(run.results) == 3
    assert run.failures == []
    assert len(run.warnings) == 1
    assert "No space left" in run.warnings[0]


async def test_lost_articles_are_marked_stopped() -> None:
    backend = stand_in(fail={"a0": BackendUnavailable("down"), "a2": ArticleError("bad")})
    run = await extract_articles(articles(3), backend, concurrency=1)
    assert [(f.article_id, f.stopped) for f in run.failures] == [
        ("a0", True),
        ("a1", True),
        ("a2", True),
    ]
    assert run.stopped == "down"
