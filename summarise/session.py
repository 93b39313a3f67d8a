"""The extraction session: one object that owns a backend and a cache for any number of jobs.

Build it from ``Settings``, use it for as many ``extract`` / ``evaluate`` calls as needed,
close it once (``with Session(settings) as session: ...``, or ``async with`` inside an event
loop). The session, not its callers, opens and closes what it owns, so a second call works
exactly like the first. Synchronous calls share one event loop for the session's lifetime:
a model client's connections belong to the loop that opened them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any, Self, TypeVar

from summarise.article import Article
from summarise.briefing.model import Briefing
from summarise.errors import ConfigError
from summarise.evaluation import EvalRun, run_eval
from summarise.extraction.backends import backend_label, make_backend
from summarise.extraction.backends.base import Backend, StructuredCompleter
from summarise.extraction.cache import ExtractionCache
from summarise.extraction.pipeline import OnOutcome, extract_articles
from summarise.extraction.results import RunResult
from summarise.loading import LoadResult
from summarise.overview.write import OverviewRun, write_overview
from summarise.settings import Settings

T = TypeVar("T")


_NO_OVERVIEW = (
    "The {name} backend cannot write an overview: configure a model (--model PATH.gguf, "
    "--base-url or OPENAI_API_KEY) or drop --overview."
)


def open_cache(settings: Settings) -> ExtractionCache:
    return ExtractionCache(settings.cache_dir / "extractions")


class Session:
    """A backend and a cache, made from ``Settings`` (or given a ready backend), and closed once.

    ``notice`` is the line to show when the backend was chosen by default; ``label`` names
    the backend and model for every output.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        backend: Backend | None = None,
        use_cache: bool = True,
    ) -> None:
        self.settings = settings if settings is not None else Settings()
        self.cache = open_cache(self.settings) if use_cache else None
        try:
            if backend is None:
                backend, self.notice = make_backend(self.settings)
            else:
                self.notice = None
        except BaseException:
            self._close_cache()
            raise
        self.backend: Backend = backend
        self.label = backend_label(backend)
        if self.settings.overview and not isinstance(backend, StructuredCompleter):
            self._close_cache()
            raise ConfigError(_NO_OVERVIEW.format(name=backend.name))
        self._runner: asyncio.Runner | None = None
        self._closed = False

    async def aextract(
        self,
        articles: LoadResult | Sequence[Article],
        *,
        on_outcome: OnOutcome | None = None,
    ) -> RunResult:
        """Extract through the cache; files that failed to load are reported as failures,
        and what loading warned of or skipped is carried into the result.

        ``on_outcome`` is given the files that failed to load first, as finished: a
        progress display counts every input the user named, so its total is the number of
        articles plus those failures, as the summary line's is.
        """
        self._check_open()
        loaded = (
            articles if isinstance(articles, LoadResult) else LoadResult(articles=list(articles))
        )
        if on_outcome is not None:
            for failure in loaded.failures:
                on_outcome(failure)
        run = await extract_articles(
            loaded.articles,
            self.backend,
            cache=self.cache,
            concurrency=self.settings.concurrency,
            on_outcome=on_outcome,
            load_failures=loaded.failures,
        )
        return run.model_copy(
            update={"warnings": [*loaded.warnings, *run.warnings], "notes": loaded.notes}
        )

    def extract(
        self,
        articles: LoadResult | Sequence[Article],
        *,
        on_outcome: OnOutcome | None = None,
    ) -> RunResult:
        """``aextract`` for callers without an event loop (the CLI, scripts, notebooks)."""
        return self._run(self.aextract(articles, on_outcome=on_outcome))

    async def aevaluate(
        self,
        labels_dir: Path,
        articles_dir: Path,
        *,
        strict: bool = False,
        only: frozenset[str] | None = None,
    ) -> EvalRun:
        """Extract (through the cache, so a re-score is free) and score against hand labels;
        ``strict``: a label whose article is missing is an error, not a warning; ``only``:
        score just the articles named (file stems), ignoring the other labels.
        """
        self._check_open()
        return await run_eval(
            labels_dir,
            articles_dir,
            self.backend,
            self.aextract,
            concurrency=self.settings.concurrency,
            strict=strict,
            only=only,
        )

    def evaluate(
        self,
        labels_dir: Path,
        articles_dir: Path,
        *,
        strict: bool = False,
        only: frozenset[str] | None = None,
    ) -> EvalRun:
        """``aevaluate`` for callers without an event loop."""
        return self._run(self.aevaluate(labels_dir, articles_dir, strict=strict, only=only))

    async def aoverview(self, briefing: Briefing) -> OverviewRun | None:
        """A model-written overview of ``briefing``, checked against its items' evidence
        (through the cache); None when there is nothing to write about.

        Raises ``ConfigError`` for a backend without a model and ``OverviewFailed`` when
        the model cannot answer.
        """
        self._check_open()
        if not isinstance(self.backend, StructuredCompleter):
            raise ConfigError(_NO_OVERVIEW.format(name=self.backend.name))
        return await write_overview(
            briefing,
            self.backend,
            identity=self.backend.identity(),
            written_by=self.label,
            cache=self.cache,
        )

    def overview(self, briefing: Briefing) -> OverviewRun | None:
        return self._run(self.aoverview(briefing))

    def clear_cache(self) -> int:
        """Forget every cached extraction; the next call pays for them again."""
        return 0 if self.cache is None else self.cache.clear()

    def _run(self, job: Coroutine[Any, Any, T]) -> T:
        if self._runner is None:
            self._runner = asyncio.Runner()
        return self._runner.run(job)

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("This session is closed: make a new Session.")

    def _close_cache(self) -> None:
        if self.cache is not None:
            self.cache.close()

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            await self.backend.aclose()
        finally:
            self._close_cache()

    def close(self) -> None:
        if self._closed:
            return
        try:
            self._run(self.aclose())
        finally:
            if self._runner is not None:
                self._runner.close()
                self._runner = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.aclose()
