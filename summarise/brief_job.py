"""One brief, end to end: articles in; the briefing, and all it cost and left out, back.

``summarise brief`` and ``summarise run`` both brief through ``brief``, so
the ``--since`` cut, the merge, what changed since the last briefing, the overview and the
store record are done one way for both, and for a library user too. Nothing is printed:
the result says what happened, as facts (failures, what ``since`` left out, how ``party``
was read, the overview's fate), and each caller says them in its own words, a command on
stderr, a scheduled run in its log line.

Nothing done is lost to a later step's failure: extractions are cached as they finish, a
failed overview leaves the briefing without one (``overview_error``), and a briefing that
would hide what is missing is not made at all (``briefing`` None).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from summarise.article import Article
from summarise.briefing.build import BuiltBriefing, build_merged
from summarise.briefing.changes import what_changed
from summarise.briefing.key_developments import with_key_developments
from summarise.briefing.model import Briefing
from summarise.extraction.pipeline import OnOutcome
from summarise.extraction.results import RunResult
from summarise.loading import LoadResult
from summarise.loading.since import published_since
from summarise.overview import OverviewFailed
from summarise.overview.write import OverviewRun
from summarise.recorded import Recorded
from summarise.session import Session

if TYPE_CHECKING:
    from sqlite_utils import Database

Progress = Callable[[int], AbstractContextManager[OnOutcome]]
"""A display of ``total`` articles being extracted: entered with the total once it is
known (after the ``since`` cut), it gives the callback each finished article is passed to."""

# Why a run the model server stopped has no overview; the stop itself is said above it.
_NOT_ASKED = "not asked for, since the model server stopped the run"


@dataclass(frozen=True)
class BriefOptions:
    """What to brief and how; the defaults are ``summarise brief PATH`` with no flags.

    ``since``: only articles published on or after that day (undated ones are left out too,
    and counted). ``party``, ``aliases``, ``include_ungrounded`` and ``lead`` are
    ``build_briefing``'s. ``changes``: add "New since the last briefing", measured against
    ``previous`` (everything is new without one), as a scheduled run does. ``partial``:
    brief what was extracted even when the backend stopped before the end; a scheduled run
    says False, since it retries the rest next time and a briefing that quietly lacks them
    would hide the gap. ``store``: also record every grounded item there (a SQLite file,
    made if new), the run named ``store_label``.
    """

    since: dt.date | None = None
    party: str | None = None
    aliases: Mapping[str, str] | None = None
    include_ungrounded: bool = False
    lead: int | None = None
    generated_at: dt.datetime | None = None
    changes: bool = False
    previous: Briefing | None = None
    partial: bool = True
    store: Path | None = None
    store_label: str = "library"


@dataclass(frozen=True)
class BriefResult:
    """What a brief did. ``briefing`` is None when there is nothing to show: every article
    failed, or (``partial=False``) the backend stopped; why is in ``run``.

    ``older_left_out`` and ``undated_left_out`` count what ``since`` cut before extraction.
    ``party_read_as`` is the party a ``party`` name was read as when it was not given as
    written ("Rusia": "Russia"), None otherwise or when there is no briefing.
    ``built`` pairs each briefing item with the extracted items it merges (``briefing``
    itself may add the overview and changes to ``built.briefing``). ``recorded`` says what
    went into the store, when one was given.
    """

    run: RunResult
    briefing: Briefing | None = None
    built: BuiltBriefing | None = None
    older_left_out: int = 0
    undated_left_out: int = 0
    party_read_as: str | None = None
    overview: OverviewRun | None = None
    overview_error: str | None = None
    recorded: Recorded | None = None

    @property
    def failed(self) -> bool:
        """Some article or the overview failed: the result is short of what was asked."""
        return bool(self.run.failures) or self.overview_error is not None


def _cut(loaded: LoadResult, since: dt.date | None) -> tuple[LoadResult, int, int]:
    """The articles ``since`` keeps and how many it left out as older and as undated; a
    cut-off that keeps nothing raises ``ConfigError`` before anything is paid for."""
    if since is None:
        return loaded, 0, 0
    found = published_since(loaded.articles, since)
    found.check(since)
    kept = loaded.model_copy(update={"articles": found.kept})
    return kept, found.older, found.undated


def _extract(session: Session, loaded: LoadResult, progress: Progress | None) -> RunResult:
    if progress is None:
        return session.extract(loaded)
    with progress(len(loaded.articles) + len(loaded.failures)) as on_outcome:
        return session.extract(loaded, on_outcome=on_outcome)


def _showable(run: RunResult, partial: bool) -> bool:
    """A briefing of no article would replace a good one with "nothing reported", and one
    the backend cut short is made only when ``partial`` allows it."""
    if run.failures and not run.results:
        return False
    return partial or run.stopped is None


def _merged(
    session: Session, run: RunResult, options: BriefOptions, left_out: tuple[int, int]
) -> BuiltBriefing:
    return build_merged(
        run.results,
        backend=session.label,
        since=options.since,
        party=options.party,
        include_ungrounded=options.include_ungrounded,
        aliases=options.aliases,
        generated_at=options.generated_at,
        lead=options.lead,
        left_out=left_out,
        failures=run.failures,
    )


def _with_changes(briefing: Briefing, options: BriefOptions) -> Briefing:
    """The briefing with what is new since ``previous``; novelty is a term of importance,
    so the lead is chosen again once the changes are known."""
    changed = briefing.model_copy(update={"changes": what_changed(briefing, options.previous)})
    return changed if options.lead == 0 else with_key_developments(changed, options.lead)


def _overview(
    session: Session, briefing: Briefing, run: RunResult
) -> tuple[OverviewRun | None, str | None]:
    """The model's checked overview when the settings ask for one, or why it failed: a
    failed overview costs the briefing nothing but the overview. A run the model server
    stopped (unreachable, a rejected key, a quota asking for an hour's quiet) asks it
    nothing more: the request would meet the same, and a server that asked for no request
    before a time would be sent one anyway."""
    if not session.settings.resolved_overview:
        return None, None
    if run.stopped is not None:
        return None, _NOT_ASKED
    try:
        return session.overview(briefing), None
    except OverviewFailed as exc:
        return None, str(exc)


def brief(
    session: Session,
    articles: LoadResult | Sequence[Article],
    options: BriefOptions | None = None,
    *,
    progress: Progress | None = None,
    on_extracted: Callable[[BriefResult], None] | None = None,
) -> BriefResult:
    """What ``summarise brief`` and ``summarise run`` do: the ``since`` cut, extraction
    through ``session`` (and its cache), the merge, what changed, the overview (when the
    session's settings ask for one) and the store record, in one call whose result says
    how each went.

    ``on_extracted`` is given the result as it stands once extraction is done (the run,
    what ``since`` left out), before the merge and the overview: what has been paid for
    can be said or logged then, and is not lost if a later step is interrupted.

    Raises ``ConfigError`` for a ``since`` that leaves nothing, a ``party`` that names no
    one or a store that cannot be opened; an article or an overview that fails is in the
    result instead, beside everything that did not.
    """
    options = options or BriefOptions()
    loaded = articles if isinstance(articles, LoadResult) else LoadResult(articles=list(articles))
    started = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with _opened_store(options.store) as db:  # opened, so checked, before any extraction
        loaded, older, undated = _cut(loaded, options.since)
        run = _extract(session, loaded, progress)
        result = BriefResult(run=run, older_left_out=older, undated_left_out=undated)
        if on_extracted is not None:
            on_extracted(result)
        if not _showable(run, options.partial):
            return result
        built = _merged(session, run, options, (older, undated))
        briefing = built.briefing
        if options.changes:
            briefing = _with_changes(briefing, options)
        written, overview_error = _overview(session, briefing, run)
        if written is not None:
            briefing = briefing.model_copy(update={"overview": written.overview})
        recorded = None
        if db is not None:
            from summarise.store import record_brief

            recorded = record_brief(
                db,
                label=options.store_label,
                started=options.generated_at or started,
                results=run.results,
                built=built,
                aliases=options.aliases,
                left_out=(older, undated),
            )
        return replace(
            result,
            briefing=briefing,
            built=built,
            party_read_as=briefing.filters.party_read_as,
            overview=written,
            overview_error=overview_error,
            recorded=recorded,
        )


@contextmanager
def _opened_store(path: Path | None) -> Iterator[Database | None]:
    """The store to record into; sqlite-utils is imported only then, as it costs every
    command's start-up."""
    if path is None:
        yield None
        return
    from summarise.store import opened

    with opened(path) as db:
        yield db
