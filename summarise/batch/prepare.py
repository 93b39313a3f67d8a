"""``prepare``: articles in, request files out, through the live backend (see ``exchange``).

Articles stream through one at a time: each is looked up in the cache (a hit is skipped,
as a live run would skip it), extracted with a recording transport, and its requests are
written as lines and noted in the batch state. Nothing grows with the archive in memory;
what must be remembered (which articles were seen, which requests went where) is in the
state's SQLite file.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from openai.types.chat import ChatCompletion

from summarise.article import Article
from summarise.batch.exchange import KeyedBackend, Request, no_replies, recording
from summarise.batch.lines import request_line
from summarise.batch.request_files import MAX_BYTES, MAX_LINES, RequestFile, RequestFiles
from summarise.batch.state import BatchState
from summarise.errors import ArticleError, ConfigError
from summarise.extraction.cache import ExtractionCache
from summarise.extraction.results import ArticleFailure
from summarise.loading.loader import Loaded, LoadNote
from summarise.settings import Settings
from summarise.urls import public_url


@dataclass
class PrepareReport:
    """What ``prepare`` did, for its summary.

    ``answered``: articles every request of which already has a collected reply (only
    ``collect`` is left to do for them); ``in_flight``: requests left out because a batch
    not yet collected holds them (``waiting_for``: those batches).
    """

    articles: int = 0
    cached: int = 0
    prepared: int = 0
    answered: int = 0
    failed: int = 0
    requests: int = 0
    replayed: int = 0
    in_flight: int = 0
    waiting_for: set[str] = field(default_factory=set)
    files: list[RequestFile] = field(default_factory=list)


@dataclass(frozen=True)
class Limits:
    """Where the requests go (the first file) and when a file is full."""

    path: Path
    max_lines: int = MAX_LINES
    max_bytes: int = MAX_BYTES


Item = tuple[Article, int] | ArticleFailure | LoadNote
"""An article with the id of its settings in the state, an input that did not load, or
the loader's warning or note."""


class Preparer:
    """Writes the requests of the articles given to ``run`` into ``files``.

    ``only_missing`` replays collected replies and writes only what has none (and is not in
    a batch still out), so a retry file holds re-asks, splits and failed lines, nothing
    paid for already. ``cache`` None prepares cached articles too.
    """

    def __init__(
        self,
        state: BatchState,
        out: Limits,
        today: Settings,
        *,
        cache: ExtractionCache | None,
        only_missing: bool,
        on_message: Callable[[ArticleFailure | LoadNote], None],
        on_progress: Callable[[PrepareReport], None] | None = None,
    ) -> None:
        self._state = state
        self._on_progress = on_progress
        self._files = RequestFiles(
            out.path, max_lines=out.max_lines, max_bytes=out.max_bytes, on_finish=self._finished
        )
        self._file_settings: int | None = None
        self._today = today
        self._cache = cache
        self._only_missing = only_missing
        self._on_message = on_message
        self._backends: dict[int, KeyedBackend] = {}
        self._pending: list[Request] = []
        self._out = {
            r.file: r.id
            for r in state.batches()
            if r.collected is None and r.status != "failed" and r.file
        }
        self.report = PrepareReport()

    def run(self, items: Iterable[Item]) -> PrepareReport:
        """Prepare every item. The state is committed as each file is put in place, so it
        names only requests in files that exist; a failure part-way drops the file being
        written and what the state learnt since the last one."""
        try:
            asyncio.run(self._all(items))
            self._files.finish()
        except BaseException:
            self._files.discard()
            raise
        self._state.commit()
        self.report.files = list(self._files.files)
        return self.report

    async def _all(self, items: Iterable[Item]) -> None:
        try:
            for item in items:
                if isinstance(item, ArticleFailure):
                    self._fail(item)
                elif isinstance(item, LoadNote):
                    self._on_message(item)
                else:
                    await self._article(*item)
                if self._on_progress is not None:
                    self._on_progress(self.report)
        finally:
            for backend in self._backends.values():
                await backend.aclose()

    async def _article(self, article: Article, settings_id: int) -> None:
        backend = self._backend(settings_id)
        key = backend.key(article)
        if not self._state.add(f"key:{key}"):
            return
        self.report.articles += 1
        if self._cache is not None and self._cache.get(key) is not None:
            self.report.cached += 1
            return
        self._pending = []
        out_before = self.report.in_flight
        try:
            await backend.extract(article)
        except ArticleError as exc:
            name = article.path or article.title or article.id
            self._fail(ArticleFailure(name=name, reason=exc.reason, article_id=article.id))
            return
        self._state.add_article(key, settings_id, article)
        if not self._pending:
            if self.report.in_flight == out_before:
                self.report.answered += 1
            return
        lines = [request_line(r.custom_id, r.body).encode("utf-8") for r in self._pending]
        path = self._files.write(lines)
        if self._file_settings is None:
            self._file_settings = settings_id
        for request in self._pending:
            self._state.add_request(request.custom_id, key, path)
        self.report.prepared += 1
        self.report.requests += len(self._pending)

    def _backend(self, settings_id: int) -> KeyedBackend:
        """One backend per settings, rebuilt from the state as ``collect`` will rebuild it,
        so the key a request is filed under is the key its reply will be cached under."""
        if settings_id not in self._backends:
            settings = self._state.settings(settings_id, self._today)
            replies = self._replay if self._only_missing else no_replies
            self._backends[settings_id] = KeyedBackend(settings, recording(replies, self._record))
        return self._backends[settings_id]

    def _replay(self, custom_id: str) -> ChatCompletion | None:
        reply = self._state.reply(custom_id)
        if reply is not None:
            self.report.replayed += 1
        return reply

    def _record(self, request: Request) -> None:
        out = self._out.get(self._state.request_file(request.custom_id) or "")
        if self._only_missing and out is not None:
            self.report.in_flight += 1
            self.report.waiting_for.add(out)
        elif self._state.add(f"request:{request.custom_id}"):
            self._pending.append(request)

    def _finished(self, file: RequestFile) -> None:
        """A file's settings are its first article's: ``submit`` checks its server by them."""
        assert self._file_settings is not None
        self._state.add_file(file.path, self._file_settings, file.lines, file.size)
        self._state.commit()
        self._file_settings = None

    def _fail(self, failure: ArticleFailure) -> None:
        self.report.failed += 1
        self._on_message(failure)


def prepare_paths(
    state: BatchState,
    out: Limits,
    settings: Settings,
    articles: Iterable[Loaded],
    *,
    cache: ExtractionCache | None,
    only_missing: bool,
    on_message: Callable[[ArticleFailure | LoadNote], None],
    on_progress: Callable[[PrepareReport], None] | None = None,
) -> PrepareReport:
    """The requests of ``articles`` (loaded with ``state`` as their ``Seen``), prepared
    with today's ``settings``. Every request names its model, and the server that will
    answer need not be running to be asked which, so a custom server needs ``--model``."""
    if settings.server_model_unnamed:
        raise ConfigError(
            f"No model given for {public_url(settings.base_url or '')}: batch requests name "
            "their model, so give --model (for vLLM, the name run-batch serves)."
        )
    settings_id = state.settings_id(settings)
    preparer = Preparer(
        state,
        out,
        settings,
        cache=cache,
        only_missing=only_missing,
        on_message=on_message,
        on_progress=on_progress,
    )
    items = ((a, settings_id) if isinstance(a, Article) else a for a in articles)
    return preparer.run(items)


def prepare_missing(
    state: BatchState,
    out: Limits,
    today: Settings,
    *,
    cache: ExtractionCache | None,
    on_message: Callable[[ArticleFailure | LoadNote], None],
    on_progress: Callable[[PrepareReport], None] | None = None,
) -> PrepareReport:
    """The missing requests of every article prepared before and not yet in the cache,
    each with the settings it was prepared with."""
    preparer = Preparer(
        state,
        out,
        today,
        cache=cache,
        only_missing=True,
        on_message=on_message,
        on_progress=on_progress,
    )
    return preparer.run((p.article, p.settings) for p in state.articles())
