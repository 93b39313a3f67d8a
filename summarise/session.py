"""The library entry points the CLI is a thin shell over.

``run_extraction`` is the "loaded articles in, grounded extractions out" job: it extracts
through the cache and reports every article as either a result or a failure with its
reason, the files that could not even be loaded included.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from summarise.extraction.backends.base import Backend
from summarise.extraction.cache import ExtractionCache
from summarise.settings import Settings
from summarise.loading.loader import LoadResult
from summarise.extraction.pipeline import OnOutcome, extract_articles
from summarise.extraction.results import RunResult

if TYPE_CHECKING:
    from summarise.evaluation import EvalRun


def open_cache(settings: Settings) -> ExtractionCache:
    return ExtractionCache(settings.cache_dir / "extractions")


@asynccontextmanager
async def _session(
    backend: Backend, settings: Settings, use_cache: bool
) -> AsyncIterator[ExtractionCache | None]:
    """The cache for one job; backend and cache are closed however the job ends."""
    cache: ExtractionCache | None = None
    try:
        if use_cache:
            cache = open_cache(settings)
        yield cache
    finally:
        await backend.aclose()
        if cache is not None:
            cache.close()


async def extract_loaded(
    loaded: LoadResult,
    backend: Backend,
    settings: Settings,
    *,
    use_cache: bool = True,
    on_outcome: OnOutcome | None = None,
) -> RunResult:
    async with _session(backend, settings, use_cache) as cache:
        run = await extract_articles(
            loaded.articles,
            backend,
            cache=cache,
            concurrency=settings.concurrency,
            on_outcome=on_outcome,
        )
    run.failures[:0] = loaded.failures
    run.stats.articles += len(loaded.failures)
    run.stats.failed += len(loaded.failures)
    return run


def run_extraction(
    loaded: LoadResult,
    backend: Backend,
    settings: Settings,
    *,
    use_cache: bool = True,
    on_outcome: OnOutcome | None = None,
) -> RunResult:
    """Synchronous front for callers without an event loop (the CLI, scripts)."""
    return asyncio.run(
        extract_loaded(loaded, backend, settings, use_cache=use_cache, on_outcome=on_outcome)
    )


def evaluate_labels(
    labels_dir: Path,
    articles_dir: Path,
    backend: Backend,
    settings: Settings,
    *,
    use_cache: bool = True,
) -> EvalRun:
    """Extract (through the cache, so a re-score is free) and score against hand labels.

    The scorer (and scipy under it) is imported here, not at start-up: most commands never
    score anything.
    """
    from summarise.evaluation import run_eval

    async def go() -> EvalRun:
        async with _session(backend, settings, use_cache) as cache:
            return await run_eval(
                labels_dir, articles_dir, backend, cache, concurrency=settings.concurrency
            )

    return asyncio.run(go())
