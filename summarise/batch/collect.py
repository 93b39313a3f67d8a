"""``collect``: result lines in, grounded extractions in the cache, every failure named.

Two steps, each safe to stop and repeat. First every line is read, one at a time, and kept
in the state: a reply under its ``custom_id``, or the reason its line failed. Then every
article with a line among them is extracted again through the live pipeline with a
replaying transport (see ``exchange``): the backend validates each reply against the
schema as it would live, the pipeline grounds the result and caches it under the live key.
An article already in the cache is a cache hit, so collecting twice costs nothing and adds
nothing; a cache entry is written whole or not at all, so a collect killed part-way leaves
no half entry, and the next one picks up where it stopped.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarise.article import Article
from summarise.batch.exchange import KeyedBackend, replaying
from summarise.batch.lines import ResultLine, read_result_line
from summarise.batch.state import BatchState, PreparedArticle
from summarise.extraction.backends import backend_label
from summarise.extraction.cache import ExtractionCache
from summarise.extraction.pipeline import OnOutcome, extract_articles
from summarise.extraction.results import ArticleFailure, RunStats
from summarise.settings import Settings

_COMMIT_EVERY = 2000
_PAGE = 256
RETRY_HINT = "summarise batch prepare --only-missing --out retry.jsonl"


@dataclass(frozen=True)
class LineFailure:
    """A result line that brought no usable reply; ``article`` names whose it was."""

    where: str
    reason: str
    custom_id: str | None = None
    article: str | None = None


@dataclass
class CollectReport:
    """What a collect read and what the replay of its articles made of it.

    ``stats`` is a live run's summary record: the tokens are what the replies report.
    """

    lines: int = 0
    replies: int = 0
    failed_lines: int = 0
    stats: RunStats = field(default_factory=RunStats)
    backend: str = ""


def ingest(
    state: BatchState, paths: Iterable[Path], on_failure: Callable[[LineFailure], None]
) -> CollectReport:
    """Read result files (OpenAI's output and error files, or ``vllm run-batch`` output)
    line by line into the state."""
    report = CollectReport()
    for path in paths:
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, 1):
                text = raw.decode("utf-8", errors="replace").strip()
                if text:
                    _ingest_line(state, report, f"{path.name} line {number}", text, on_failure)
                if number % _COMMIT_EVERY == 0:
                    state.commit()
    state.commit()
    return report


def _ingest_line(
    state: BatchState,
    report: CollectReport,
    where: str,
    text: str,
    on_failure: Callable[[LineFailure], None],
) -> None:
    report.lines += 1
    line = read_result_line(text)
    custom_id = line.custom_id
    if custom_id is not None and not state.known(custom_id):
        reason = (
            f"{custom_id} is no request prepared with this data dir: collect where the file "
            "was prepared (SUMMARISE_DATA_DIR)"
        )
        line = ResultLine(custom_id, reason=reason)
    if line.completion is not None and custom_id is not None:
        state.add_reply(custom_id, line.completion)
        report.replies += 1
        return
    report.failed_lines += 1
    reason = line.reason or "no reply"
    if custom_id is not None and state.known(custom_id):
        state.add_failure(custom_id, reason)
    name = None if custom_id is None else state.article_name(custom_id)
    on_failure(LineFailure(where, reason, custom_id, name))


def missing_reason(state: BatchState) -> Callable[[str, dict[str, Any]], str]:
    """Why a request the replay needs has no reply: the article's failure, with what to do."""

    def reason(custom_id: str, kwargs: dict[str, Any]) -> str:
        failed = state.failure(custom_id)
        if failed is not None:
            return f"its request {custom_id} failed in the batch ({failed}); {RETRY_HINT}"
        if state.known(custom_id):
            return (
                f"the reply to its request {custom_id} has not been collected yet: collect "
                "the batch or results file that holds it"
            )
        return f"it needs a request no batch has answered yet, {_follow_up(kwargs)}: {RETRY_HINT}"

    return reason


def _follow_up(kwargs: dict[str, Any]) -> str:
    """What the unanswered request is: a re-ask carries the invalid reply and its errors."""
    messages = [m for m in kwargs.get("messages") or [] if isinstance(m, dict)]
    if any(m.get("role") == "assistant" for m in messages):
        said = " ".join(str(messages[-1].get("content") or "").split())
        return f"a re-ask after an invalid reply ({said[:200]})"
    return "half of a piece whose reply was cut at max_tokens, or a further pass"


def replay(
    state: BatchState,
    cache: ExtractionCache,
    today: Settings,
    on_outcome: OnOutcome | None = None,
) -> tuple[RunStats, str]:
    """Extract every article with a line in this collect from its replies, into the cache;
    the totals, and the label of the backend(s) the replies are read as."""
    return asyncio.run(_Replay(state, cache, today, on_outcome).run())


class _Replay:
    """The touched articles, a page at a time, through the pipeline with replaying
    backends: one per settings the articles were prepared with."""

    def __init__(
        self,
        state: BatchState,
        cache: ExtractionCache,
        today: Settings,
        on_outcome: OnOutcome | None,
    ) -> None:
        self._state = state
        self._cache = cache
        self._today = today
        self._on_outcome = on_outcome
        self._backends: dict[int, KeyedBackend] = {}

    async def run(self) -> tuple[RunStats, str]:
        total = RunStats()
        page: list[PreparedArticle] = []
        try:
            for prepared in self._state.touched_articles():
                page.append(prepared)
                if len(page) == _PAGE:
                    total = _plus(total, await self._page(page))
                    page = []
            if page:
                total = _plus(total, await self._page(page))
        finally:
            for backend in self._backends.values():
                await backend.aclose()
        return total, ", ".join(backend_label(b) for b in self._backends.values())

    async def _page(self, page: list[PreparedArticle]) -> RunStats:
        total = RunStats()
        for settings_id in dict.fromkeys(p.settings for p in page):
            backend = self._backend(settings_id)
            same: list[Article] = []
            changed: list[ArticleFailure] = []
            for prepared in (p for p in page if p.settings == settings_id):
                if backend.key(prepared.article) == prepared.key:
                    same.append(prepared.article)
                else:
                    changed.append(_changed(prepared))
                    if self._on_outcome is not None:
                        self._on_outcome(changed[-1])
            run = await extract_articles(
                same,
                backend,
                cache=self._cache,
                concurrency=self._today.concurrency,
                on_outcome=self._on_outcome,
                load_failures=changed,
            )
            total = _plus(total, run.stats)
        return total

    def _backend(self, settings_id: int) -> KeyedBackend:
        if settings_id not in self._backends:
            settings = self._state.settings(settings_id, self._today)
            create = replaying(self._state.reply, missing_reason(self._state))
            self._backends[settings_id] = KeyedBackend(settings, create)
        return self._backends[settings_id]


def _changed(prepared: PreparedArticle) -> ArticleFailure:
    """An article whose cache key moved since prepare: its replies answer another prompt."""
    article = prepared.article
    return ArticleFailure(
        name=article.path or article.title or article.id,
        reason=(
            "the prompt or schema changed since this article was prepared, so its replies "
            "answer other requests: prepare it again (summarise batch prepare PATH)"
        ),
        article_id=article.id,
    )


def _plus(a: RunStats, b: RunStats) -> RunStats:
    return RunStats(
        articles=a.articles + b.articles,
        extracted=a.extracted + b.extracted,
        failed=a.failed + b.failed,
        items=a.items + b.items,
        ungrounded=a.ungrounded + b.ungrounded,
        cache_hits=a.cache_hits + b.cache_hits,
        requests=a.requests + b.requests,
        usage=a.usage + b.usage,
        seconds=a.seconds + b.seconds,
    )
