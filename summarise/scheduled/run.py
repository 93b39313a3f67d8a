"""One scheduled run: read the sources, extract what is new, brief the whole window.

Runs are incremental and idempotent. Only new or changed units are fetched in full and
sent to the model; articles briefed before come from the extraction cache, so a briefing
of the whole window costs only the new articles. A run that finds nothing new makes no
model call and writes nothing but its log line. A run stopped anywhere is simply done
again by the next one: outputs are written whole, and the state (what was briefed) is
saved last, so nothing is skipped and nothing is paid for twice.

A unit stays "not yet briefed" until its articles were extracted, so an article that
failed (model down, bad reply) is retried by the next run rather than lost; when the
model is unusable altogether no briefing is written, since it would hide what is missing.
Every run that got the lock leaves its log line, even one that raised or was interrupted.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from datetime import UTC, datetime
from pathlib import Path

from summarise.article import Article
from summarise.brief_job import BriefOptions, BriefResult, Progress, brief
from summarise.briefing import Briefing
from summarise.briefing.build import not_read
from summarise.briefing.model import Changes
from summarise.errors import BackendMisconfigured, ConfigError
from summarise.exit_codes import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE
from summarise.extraction.pipeline import OnOutcome, Outcome
from summarise.extraction.results import ArticleFailure, ArticleResult, RunResult
from summarise.loading import LoadResult
from summarise.plural import counted
from summarise.scheduled.durations import format_duration
from summarise.scheduled.lock import run_lock
from summarise.scheduled.outputs import check_output, check_store, write_briefing
from summarise.scheduled.run_state import RunState, Unit
from summarise.scheduled.runlog import RunRecord, SourceLog, failure_line
from summarise.scheduled.sources import (
    BriefingConfig,
    Fetcher,
    SourceRead,
    load_config,
    read_source,
)
from summarise.scheduled.sources.fetch import RetryWaits
from summarise.scheduled.state import Briefed, RunEntry, StateStore
from summarise.session import Session
from summarise.settings import Settings


def run_briefing(
    config_path: Path,
    *,
    force: bool = False,
    now: datetime | None = None,
    progress: Progress | None = None,
    waits: RetryWaits | None = None,
    on_settled: Callable[[], None] | None = None,
) -> RunRecord:
    """Do one run of the briefing ``config_path`` describes; the record says how it went.

    ``force`` writes a briefing even when nothing is new (from the cache). Raises
    ``ConfigError`` for a bad config or state and ``RunLocked`` when a run is under way;
    whatever else a run raises is in its log line (``error``) before it propagates.
    ``on_settled`` is called once the exit code is decided, right before it is logged: a
    command stops taking interrupts there, so that none contradicts the logged outcome.
    """
    config = load_config(config_path)
    settings = config.settings()
    store = StateStore(config.resolved_state_dir(settings), config.resolved_store(settings))
    with run_lock(store.directory), store:
        record = RunRecord(
            config=str(config.path),
            state_dir=str(store.directory),
            store=str(store.store_path),
            started=now or datetime.now(UTC).replace(microsecond=0),
            window=format_duration(config.window),
        )
        clock = time.perf_counter()
        try:
            _run(config, settings, store, record, force, progress, waits)
        except BaseException as exc:
            record.error = failure_line(exc)
            record.exit_code = (
                EXIT_INTERRUPTED
                if isinstance(exc, KeyboardInterrupt)
                else EXIT_USAGE
                if isinstance(exc, ConfigError | BackendMisconfigured)
                else EXIT_FAILED
            )
            if on_settled is not None:
                on_settled()
            with suppress(OSError):  # the error that ended the run is the one to report
                _log(store, record, clock)
            raise
        failed = record.failed or record.stopped or record.overview_error
        # A model server refusing the settings (a rejected key) is the config's to fix.
        refused = EXIT_USAGE if record.misconfigured else EXIT_FAILED
        record.exit_code = refused if failed else EXIT_OK
        if on_settled is not None:
            on_settled()
        _log(store, record, clock)
        return record


def _run(
    config: BriefingConfig,
    settings: Settings,
    store: StateStore,
    record: RunRecord,
    force: bool,
    progress: Progress | None,
    waits: RetryWaits | None,
) -> None:
    check_output(config)
    check_store(config, store.store_path)
    state = store.load()
    own_files = (config.output, store.directory, settings.cache_dir)
    unread = _read_sources(config, state, record, waits, own_files)
    state.prune(config.source, record.started - config.window, record.started)
    window, pending = _select(config, state, record.started, record)
    record.in_window = len(window)
    record.to_brief = len({a.id for _, kept in pending for a in kept})
    previous = store.load_previous()
    record.not_read_changed = bool(window) and _not_read_changed(unread, previous)
    briefed: Briefed | None = None
    if record.to_brief == 0 and not force and not record.not_read_changed:
        record.nothing_new = True
        record.first_briefing = previous is None
        _mark_briefed(pending, None)
    else:
        with Session(settings) as session:
            record.backend = session.label
            record.notice = session.notice
            done = brief(
                session,
                LoadResult(articles=window, failures=unread),
                BriefOptions(
                    generated_at=record.started,
                    changes=True,
                    previous=previous,
                    partial=False,
                ),
                progress=_counting(progress, record),
                on_extracted=lambda extracted: _count_extraction(extracted.run, unread, record),
            )
        briefed = _write(config, window, record, done)
        _mark_briefed(pending, {a.id for a in briefed.articles} if briefed else set())
    state.last_run = record.started
    store.save(state, RunEntry(record.started, str(config.path), record.backend), briefed)


def _not_read_changed(unread: list[ArticleFailure], previous: Briefing | None) -> bool:
    """Whether the last briefing's "Not read" is out of date: a failure fixed or deleted,
    a new one, or another reason. A run with nothing new then writes the briefing again
    (from the cache, no model call): ``latest`` must not name a failure that is gone, nor
    the reason it no longer fails for. Extraction failures never reach a run with nothing
    new (their articles are still to brief), so the sources' failures are the whole list.
    """
    return previous is not None and not_read(unread) != previous.failures


def _log(store: StateStore, record: RunRecord, clock: float) -> None:
    record.seconds = round(time.perf_counter() - clock, 2)
    store.append_log(record.model_dump_json())


def _read_sources(
    config: BriefingConfig,
    state: RunState,
    record: RunRecord,
    waits: RetryWaits | None,
    own_files: tuple[Path, ...],
) -> list[ArticleFailure]:
    """Every source in turn; one failing, even with a bug, costs only that source. No
    source reads ``own_files``, the folders the briefing writes. Returns what could not be
    read, a whole source named by its feed, folder or list: the briefing names them."""
    unread: list[ArticleFailure] = []
    window_start = record.started - config.window
    with Fetcher(config.fetch, waits=waits) as fetcher:
        for source in config.source:
            try:
                read = read_source(
                    source,
                    state.known(source.name),
                    state.validators.get(source.name, {}),
                    fetcher,
                    window_start,
                    own_files,
                )
            except Exception as exc:  # a bug must cost one source, not the run
                reason = f"internal error, please report it: {type(exc).__name__}: {exc}"
                read = SourceRead(name=source.name, error=reason)
            if read.not_modified:
                read.unreadable.extend(state.held_failures(source.name))
            new, changed = state.apply(source, read, record.started)
            repeated = state.recognise(source, read, record.started)
            units = state.units.get(source.name, {})
            counts = (new, changed, len(units))
            more = _more_articles(read, units)
            record.sources.append(SourceLog.of(source, read, counts, repeated, more))
            unread.extend(read.failures)
            unread.extend(unit.failure for unit in read.unreadable)
            if read.error is not None:
                where = source.feed or source.folder or source.urls
                reason = read.error.removeprefix(f"{where}: ")
                unread.append(ArticleFailure(name=str(where), reason=reason))
    return unread


def _more_articles(read: SourceRead, units: dict[str, Unit]) -> int:
    """The articles the units read hold beyond one each: a JSON Lines export is one file
    read, and its records were counted as one article ("1 article read; 2 in the window")."""
    if read.error is not None:
        return 0
    failed = read.failed_keys | {u.key for u in read.unreadable}
    listed = units if read.listed is None else read.listed  # None: not modified, all held
    return sum(
        len(units[key].articles) - 1
        for key in listed
        if key in units and key not in failed and units[key].articles
    )


def _select(
    config: BriefingConfig, state: RunState, now: datetime, record: RunRecord
) -> tuple[list[Article], list[tuple[Unit, list[Article]]]]:
    """The window's articles that pass their source's keywords, oldest first, each once,
    from the source that gave it first (a page a `urls` list gave stays that page, with its
    address and time of arrival, when a copy is saved into a folder source later); and the
    units not yet briefed, with their articles that pass (a briefed unit, with
    those of its articles left out then that pass now). ``record`` counts what
    the window leaves out of what was read: an article a second source (or a second entry)
    also gave, and one without its source's keywords, so that "7 read" beside "5 in the
    window" says where the other two went."""
    window_start = now - config.window
    chosen: dict[str, tuple[datetime, Article]] = {}
    pending: list[tuple[Unit, list[Article]]] = []
    for source in config.source:
        for unit in state.units.get(source.name, {}).values():
            if unit.at < window_start:
                continue
            kept = [a for a in unit.articles if source.matches(f"{a.title or ''}\n{a.text}")]
            record.without_keywords += len(unit.articles) - len(kept)
            for article in kept:
                if article.id in chosen:
                    record.duplicates += 1
                if article.id not in chosen or unit.at < chosen[article.id][0]:
                    chosen[article.id] = (unit.at, article)
            if not unit.briefed:
                pending.append((unit, kept))
            elif taken_in := [a for a in kept if a.id in unit.left_out]:
                pending.append((unit, taken_in))
    ordered = sorted(chosen.values(), key=lambda pair: (pair[0], pair[1].id))
    return [article for _, article in ordered], pending


def _mark_briefed(pending: list[tuple[Unit, list[Article]]], extracted: set[str] | None) -> None:
    """``extracted`` None: nothing was to be briefed (every pending article filtered out).

    A unit whose every article its source's keywords left out stays unbriefed: it counts
    for nothing while they do, and once the keywords are widened to take it in, the next
    run briefs it (it had been marked briefed, and waited for something new to arrive).
    A unit briefed for some of its articles (a JSON Lines export) names the others in
    ``left_out``, and is pending again with just those once keywords take them in."""
    for unit, kept in pending:
        done = extracted is None or all(a.id in extracted for a in kept)
        taken = {a.id for a in kept}
        if unit.briefed:  # reopened for articles it had left out
            if done:
                unit.left_out = [i for i in unit.left_out if i not in taken]
            continue
        left_out = bool(unit.articles) and not kept
        unit.briefed = not left_out and done
        unit.left_out = [a.id for a in unit.articles if a.id not in taken] if unit.briefed else []


def _counting(progress: Progress | None, record: RunRecord) -> Progress:
    """``progress`` (if any) with each article counted into ``record`` as it is extracted:
    a run interrupted before the extraction ends still logs what it extracted, which is in
    the cache for the next run. ``_count_extraction`` sets the totals once it ends."""

    @contextmanager
    def counting(total: int) -> Iterator[OnOutcome]:
        with progress(total) if progress is not None else nullcontext(None) as shown:

            def on_outcome(outcome: Outcome) -> None:
                if isinstance(outcome, ArticleResult):
                    if outcome.cached:
                        record.cache_hits += 1
                    else:
                        record.extracted += 1
                if shown is not None:
                    shown(outcome)

            yield on_outcome

    return counting


def _count_extraction(run: RunResult, unread: list[ArticleFailure], record: RunRecord) -> None:
    """What extracting the window cost: new articles cost requests, the rest are cache hits.
    The sources' failures (``unread``) open the run's, and are logged under their source."""
    record.extracted = sum(1 for r in run.results if not r.cached)
    record.cache_hits = run.stats.cache_hits
    record.requests = run.stats.requests
    record.tokens = run.stats.usage.total_tokens
    record.failures = [f for f in run.failures[len(unread) :] if not f.stopped]
    record.stopped = run.stopped
    record.misconfigured = run.misconfigured
    record.not_extracted = sum(1 for f in run.failures if f.stopped)


def _write(
    config: BriefingConfig, window: list[Article], record: RunRecord, done: BriefResult
) -> Briefed | None:
    """Write the briefing, if the brief made one: none when the backend stopped, since a
    briefing missing what it could not extract would hide the gap, and none when every
    article of the window failed, since an empty briefing would replace a good one with
    "Nothing reported"."""
    if done.overview_error is not None:
        record.overview_error = done.overview_error
    if done.overview is not None:
        record.requests += done.overview.requests
        record.tokens += done.overview.usage.total_tokens
        o = done.overview.overview
        record.overview = f"{len(o.claims)} of {counted(o.written, 'sentence')} kept"
    if done.briefing is None or done.built is None:
        return None
    briefing = done.briefing
    written = write_briefing(briefing, config.output, config.formats, record.started, config.detail)
    record.written = [str(p) for p in written]
    changes = briefing.changes or Changes()
    record.first_briefing = changes.previous is None
    record.new_items = len(changes.new_items)
    record.changed_figures = len(changes.changed)
    record.dropped_items = len(changes.dropped)
    record.articles_gone = len(changes.articles_gone)
    extracted = {r.article.id for r in done.run.results}
    return Briefed(
        briefing=briefing,
        built=done.built,
        articles=[a for a in window if a.id in extracted],
    )
