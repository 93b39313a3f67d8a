"""Articles in, grounded and cached extractions out, concurrently.

Every article ends either extracted or failed with a reason: nothing is dropped silently.
Grounding runs on every result, cached or fresh, because it is cheap and deterministic;
so a better matcher improves old extractions without paying for them again.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Sequence

from summarise.article import Article
from summarise.errors import ArticleError, BackendMisconfigured, BackendUnavailable
from summarise.extraction.backends.base import Backend, BackendResult, Spent, Usage, spent_on
from summarise.extraction.cache import CachedExtraction, ExtractionCache, cache_key
from summarise.extraction.grounding import ground_extraction
from summarise.extraction.results import ArticleFailure, ArticleResult, RunResult, RunStats
from summarise.schema import CATEGORIES, is_grounded

Outcome = ArticleResult | ArticleFailure
OnOutcome = Callable[[Outcome], None]


def _failure(
    article: Article, reason: str, stopped: bool = False, spent: Spent | None = None
) -> ArticleFailure:
    name = article.path or article.title or article.id
    spent = spent or Spent()
    return ArticleFailure(
        name=name,
        reason=reason,
        article_id=article.id,
        stopped=stopped,
        usage=spent.usage,
        attempts=spent.attempts,
        requests=spent.requests,
    )


class _Run:
    """One run's shared state: the backend, the cache and the stop flag."""

    def __init__(
        self, backend: Backend, cache: ExtractionCache | None, on_outcome: OnOutcome | None
    ) -> None:
        self.backend = backend
        self.cache = cache
        self.identity = backend.identity()
        self.on_outcome = on_outcome
        self.fatal: BackendUnavailable | None = None
        self.warnings: list[str] = []

    def _result(
        self, article: Article, entry: CachedExtraction, cached: bool, seconds: float
    ) -> ArticleResult:
        return ArticleResult(
            article=article,
            extraction=ground_extraction(entry.draft, article.text, article.id),
            backend=self.backend.name,
            identity=self.identity,
            usage=entry.usage,
            attempts=entry.attempts,
            requests=entry.requests if not cached else 0,
            cached=cached,
            seconds=seconds,
        )

    async def _extract(self, article: Article) -> Outcome:
        try:
            return await self._attempt(article)
        except BackendUnavailable as exc:
            self.fatal = self.fatal or exc
            return _failure(article, str(exc), stopped=True, spent=spent_on(exc))
        except ArticleError as exc:
            return _failure(article, str(exc), spent=spent_on(exc))
        except Exception as exc:  # a bug must cost one article, not the whole run
            reason = f"internal error, please report it: {type(exc).__name__}: {exc}"
            return _failure(article, reason, spent=spent_on(exc))

    async def _attempt(self, article: Article) -> Outcome:
        started = time.perf_counter()
        key = cache_key(article, self.identity)
        if (entry := self._cached(key)) is not None:
            return self._result(article, entry, True, time.perf_counter() - started)
        if self.fatal is not None:
            return _failure(article, str(self.fatal), stopped=True)
        result: BackendResult = await self.backend.extract(article)
        entry = CachedExtraction.from_result(result, self.identity)
        self._store(key, entry)
        return self._result(article, entry, False, time.perf_counter() - started)

    def _cached(self, key: str) -> CachedExtraction | None:
        """A cache that cannot be read costs a re-extraction, not the run."""
        if self.cache is None:
            return None
        try:
            return self.cache.get(key)
        except (OSError, sqlite3.Error) as exc:
            self._warn(f"the cache could not be read ({exc}); extracting again")
            return None

    def _store(self, key: str, entry: CachedExtraction) -> None:
        """A cache that cannot be written (disk full) loses reuse, not the paid extraction."""
        if self.cache is None:
            return
        try:
            self.cache.put(key, entry)
        except (OSError, sqlite3.Error) as exc:
            self._warn(f"the cache could not be written ({exc}); results are not kept")

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    async def run_one(self, article: Article, slots: asyncio.Semaphore) -> Outcome:
        async with slots:
            outcome = await self._extract(article)
        if self.on_outcome is not None:
            self.on_outcome(outcome)
        return outcome


def _stats(outcomes: Sequence[Outcome], seconds: float) -> RunStats:
    results = [o for o in outcomes if isinstance(o, ArticleResult)]
    failures = [o for o in outcomes if isinstance(o, ArticleFailure)]
    items = [i for r in results for c in CATEGORIES for i in r.extraction.items(c)]
    usage = Usage()
    for r in results:
        if not r.cached:
            usage = usage + r.usage
    for f in failures:
        usage = usage + f.usage
    return RunStats(
        articles=len(outcomes),
        extracted=len(results),
        failed=len(outcomes) - len(results),
        items=len(items),
        ungrounded=sum(1 for i in items if not is_grounded(i)),
        cache_hits=sum(1 for r in results if r.cached),
        requests=sum(r.requests for r in results) + sum(f.requests for f in failures),
        usage=usage,
        seconds=seconds,
    )


async def extract_articles(
    articles: Sequence[Article],
    backend: Backend,
    *,
    cache: ExtractionCache | None = None,
    concurrency: int = 4,
    on_outcome: OnOutcome | None = None,
    load_failures: Sequence[ArticleFailure] = (),
) -> RunResult:
    """Extract every article, at most ``concurrency`` at a time, in input order.

    When the backend becomes unusable (server unreachable, key rejected), articles not yet
    sent fail with that one reason instead of each waiting out its own retries; cached
    articles are still served. ``load_failures`` (inputs that could not be read) open the
    failures, so one result accounts for every input.
    """
    started = time.perf_counter()
    run = _Run(backend, cache, on_outcome)
    slots = asyncio.Semaphore(concurrency)
    extracted = await asyncio.gather(*(run.run_one(a, slots) for a in articles))
    outcomes: list[Outcome] = [*load_failures, *extracted]
    return RunResult(
        results=[o for o in outcomes if isinstance(o, ArticleResult)],
        failures=[o for o in outcomes if isinstance(o, ArticleFailure)],
        stats=_stats(outcomes, time.perf_counter() - started),
        stopped=None if run.fatal is None else str(run.fatal),
        misconfigured=isinstance(run.fatal, BackendMisconfigured),
        warnings=run.warnings,
    )
