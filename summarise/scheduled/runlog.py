"""The run log: one JSON line per run in the state folder, and a few lines for a person.

Unattended runs are judged after the fact, from cron mail, the journal or the file: so
each run says what it read per source, what failed and why, what it cost, and what it
wrote. The JSON line holds all of it for tools; the human summary is short enough to read
in a mail subject's worth of attention.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, Field, computed_field

from summarise.errors import SummariseError
from summarise.extraction.results import ArticleFailure
from summarise.plural import counted
from summarise.scheduled.sources import SourceConfig, SourceRead


def failure_line(exc: BaseException) -> str:
    """A run that raised, in one line: a message written for people as it is, else the
    exception's type and text (an interrupt is not an error, and says so)."""
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted before it finished; the next run redoes what it had not done"
    if isinstance(exc, SummariseError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


class StillFailing(BaseModel):
    """A unit failing as it failed in an earlier run, unchanged since ``since``."""

    name: str
    reason: str
    since: datetime


class SourceLog(BaseModel):
    """One source's part in a run; ``error`` is set when the whole source failed.

    ``failures`` are new this run and fail it; ``still_failing`` failed before with the
    same content and reason, so a run names them but does not fail again for them (a
    scheduler would otherwise report a failure every run until someone edits the folder).
    ``listed`` counts every unit the source lists, ``read`` those of them it read (new,
    changed or unchanged), so a unit that could not be read is never counted as read.
    """

    name: str
    kind: str
    listed: int = 0
    read: int = Field(
        default=0,
        description="Units listed and read: not those that failed nor those older than the window.",
    )
    articles: int = Field(
        default=0,
        description="Articles in the units read: more than read when a file holds several "
        "(a JSON Lines export).",
    )
    new: int = 0
    changed: int = 0
    too_old: int = 0
    not_modified: bool = False
    error: str | None = None
    failures: list[ArticleFailure] = Field(default_factory=list)
    still_failing: list[StillFailing] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @classmethod
    def of(
        cls,
        source: SourceConfig,
        read: SourceRead,
        counts: tuple[int, int, int],
        repeated: Mapping[str, datetime],
        more_articles: int = 0,
    ) -> SourceLog:
        """``counts``: units new, changed, and held for the source (all still listed after
        a 304); ``repeated``: when the unreadable units failing as before first failed;
        ``more_articles``: the articles the units read hold beyond one each."""
        new, changed, known = counts
        listed = known if read.not_modified else len(read.listed or [])
        not_read = set(read.listed or []) & (read.failed_keys | {u.key for u in read.unreadable})
        units_read = listed - len(not_read) - read.too_old
        return cls(
            name=source.name,
            kind=source.kind,
            listed=listed,
            read=units_read,
            articles=units_read + more_articles,
            new=new,
            changed=changed,
            too_old=read.too_old,
            not_modified=read.not_modified,
            error=read.error,
            failures=read.failures + [u.failure for u in read.unreadable if u.key not in repeated],
            still_failing=[
                StillFailing(name=u.failure.name, reason=u.failure.reason, since=repeated[u.key])
                for u in read.unreadable
                if u.key in repeated
            ],
            warnings=read.warnings,
        )

    @property
    def failed(self) -> int:
        return len(self.failures) + (1 if self.error else 0)

    @property
    def unread(self) -> int:
        """What could not be read, new failures and those still failing, but not the
        whole source: that is ``error``, counted by source."""
        return len(self.failures) + len(self.still_failing)


class RunRecord(BaseModel):
    """One run: what it read, what it cost, what it wrote, and its exit code."""

    config: str
    state_dir: str
    store: str | None = Field(default=None, description="The store this run recorded into.")
    started: datetime
    seconds: float = 0.0
    window: str
    sources: list[SourceLog] = Field(default_factory=list)
    in_window: int = 0
    duplicates: int = Field(
        default=0,
        description="Articles of the window given again by another source or entry: "
        "counted once in in_window.",
    )
    without_keywords: int = Field(
        default=0, description="Articles of the window left out by their source's keywords."
    )
    to_brief: int = Field(default=0, description="Articles new to the briefing this run.")
    nothing_new: bool = False
    not_read_changed: bool = Field(
        default=False,
        description="What could not be read differs from the last briefing's Not read.",
    )
    backend: str | None = None
    notice: str | None = None
    extracted: int = 0
    cache_hits: int = 0
    requests: int = 0
    tokens: int = 0
    failures: list[ArticleFailure] = Field(default_factory=list)
    stopped: str | None = None
    misconfigured: bool = Field(
        default=False,
        description="The model server refused the settings (URL, key, model): exit 2.",
    )
    not_extracted: int = Field(
        default=0, description="Articles a stopped backend left for the next run."
    )
    error: str | None = Field(
        default=None, description="Why the run ended before finishing: an error or a stop."
    )
    written: list[str] = Field(default_factory=list)
    first_briefing: bool = Field(
        default=False, description="No briefing of this config was written before this run."
    )
    new_items: int = 0
    changed_figures: int = 0
    dropped_items: int = Field(
        default=0, description="Items of the last briefing this one no longer has."
    )
    articles_gone: int = Field(
        default=0, description="Articles the last briefing cited that this one does not."
    )
    overview: str | None = Field(default=None, description="What the check kept of it.")
    overview_error: str | None = None
    exit_code: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def read(self) -> int:
        """Articles (feed entries, files, pages) read, whatever failed beside them."""
        return sum(s.read for s in self.sources)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def articles(self) -> int:
        """The articles in what was read: a JSON Lines file read is one unit, many articles."""
        return sum(s.articles for s in self.sources)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def unread(self) -> int:
        """Articles that could not be read, those still failing included."""
        return sum(s.unread for s in self.sources)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def sources_unread(self) -> int:
        """Sources that could not be read at all (a feed down, a folder missing)."""
        return sum(1 for s in self.sources if s.error)

    @property
    def new(self) -> int:
        return sum(s.new for s in self.sources)

    @property
    def changed(self) -> int:
        return sum(s.changed for s in self.sources)

    @property
    def failed(self) -> int:
        return sum(s.failed for s in self.sources) + len(self.failures)

    @property
    def still_failing(self) -> int:
        return sum(len(s.still_failing) for s in self.sources)


def _source_line(source: SourceLog) -> str:
    head = f"{source.kind} {source.name}: "
    if source.error:
        return head + f"FAILED: {source.error}"
    if source.not_modified:
        still = f", {len(source.still_failing)} still failing" if source.still_failing else ""
        return head + f"not modified since the last run ({source.read} read{still})"
    old = f", {source.too_old} older than the window" if source.too_old else ""
    # A file of several records: "1 read (3 articles)".
    held = counted(source.articles, "article") if source.articles > source.read else ""
    read = _read_phrase(str(source.read), source.unread, len(source.still_failing), held)
    return head + f"{read}{old}; {source.new} new, {source.changed} changed"


def _read_phrase(read: str, unread: int, still: int, held: str = "") -> str:
    """``4 articles read, 2 could not be read (1 still failing)``: what was read apart
    from what was not, so a failure is never counted among the articles a run saw;
    ``held``, the articles in what was read when files hold several."""
    phrase = f"{read} read" + (f" ({held})" if held else "")
    if unread:
        phrase += f", {unread} could not be read"
    if still:
        phrase += f" ({still} still failing)"
    return phrase


def _run_read(record: RunRecord) -> str:
    """What the run read, counted as its "new" and "changed" are: in the units the sources
    list (files, feed entries, pages), with the articles they held when a file held
    several ("1 read (2 articles); 1 new"); "2 articles read; 1 new" counted the one new
    file among two articles. Units that are one article each are said as articles."""
    if record.articles > record.read:
        held = counted(record.articles, "article")
        return _read_phrase(str(record.read), record.unread, record.still_failing, held)
    return _read_phrase(counted(record.articles, "article"), record.unread, record.still_failing)


def _still_failing_line(unit: StillFailing) -> str:
    since = unit.since.strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"  still failing  {unit.name}: {unit.reason} (unchanged since it failed on {since}, "
        "so it does not fail this run)"
    )


def _left_out(record: RunRecord) -> str:
    """What the window count leaves out of the articles read, ``not counting 2 duplicates;
    ``: the same article read from a feed and a URL list is one article of the window."""
    parts = []
    if record.duplicates:
        parts.append(counted(record.duplicates, "duplicate"))
    if record.without_keywords:
        parts.append(f"{record.without_keywords} not matching the keywords")
    return f"not counting {' and '.join(parts)}; " if parts else ""


def summary_lines(record: RunRecord) -> list[str]:
    """The human summary: a line per source, failures, then the run's totals and outputs."""
    lines = [record.notice] if record.notice else []
    lines.extend(_source_line(s) for s in record.sources)
    lines.extend(f"  failed  {f.name}: {f.reason}" for s in record.sources for f in s.failures)
    lines.extend(_still_failing_line(u) for s in record.sources for u in s.still_failing)
    lines.extend(f"  warning  {w}" for s in record.sources for w in s.warnings)
    lines.extend(f"  failed  {f.name}: {f.reason}" for f in record.failures)
    lines.extend(f"  error: {e}" for e in (record.stopped, record.error) if e)
    if record.overview_error:
        lines.append(f"  failed  overview: {record.overview_error}")
    when = record.started.strftime("%Y-%m-%d %H:%M UTC")
    sources = (
        f", {counted(record.sources_unread, 'source')} could not be read"
        if record.sources_unread
        else ""
    )
    not_extracted = f", {len(record.failures)} not extracted" if record.failures else ""
    # A run with nothing new reads nothing from the cache either: "0 extracted afresh, 0
    # from the cache" of articles in the window read as if they had been lost.
    extraction = (
        "none extracted: nothing new"
        if record.nothing_new and not record.extracted and not record.cache_hits
        else f"{record.extracted} extracted afresh, {record.cache_hits} from the cache"
    )
    left_out = _left_out(record)
    lines.append(
        f"Run {when}: {_run_read(record)}"
        f"{sources}; {record.new} new, {record.changed} changed{not_extracted}; "
        f"{record.in_window} in the "
        f"{record.window} window ({left_out}{extraction}); "
        f"{counted(record.requests, 'request')}, {counted(record.tokens, 'token')}"
        + (f" [{record.backend}]" if record.backend else "")
        + f" ({record.seconds:.1f}s)"
    )
    if record.nothing_new and record.first_briefing:
        what = "no articles" if record.in_window == 0 else "nothing new"
        lines.append(
            f"Nothing to brief: {what} in the {record.window} window, and no briefing was "
            "written yet (--force writes one anyway)."
        )
    elif record.nothing_new:
        lines.append("Nothing new since the last run: no model calls; the briefing is unchanged.")
    elif record.stopped:
        lines.append(
            f"No briefing written: the run stopped with "
            f"{counted(record.not_extracted, 'article')} not extracted; the last briefing "
            "stands and the next run tries again."
        )
    elif not record.written and record.in_window and len(record.failures) == record.in_window:
        lines.append(
            f"No briefing written: all {counted(record.in_window, 'article')} in the window "
            "failed; the last briefing stands and the next run tries again."
        )
    elif record.written:
        first = Path(record.written[0])
        others = ", ".join(Path(p).name for p in record.written[1:])
        news = (
            "the first briefing of this config"
            if record.first_briefing
            else f"{counted(record.new_items, 'new item')}, "
            f"{counted(record.changed_figures, 'changed figure')}"
            + (f", {record.dropped_items:,} dropped" if record.dropped_items else "")
            + (
                f" ({counted(record.articles_gone, 'article')} no longer read)"
                if record.articles_gone
                else ""
            )
        )
        if record.not_read_changed and not record.to_brief:
            news = "nothing new, but what could not be read changed"
        overview = f"; overview: {record.overview}" if record.overview else ""
        lines.append(
            f"Briefing written to {first}"
            + (f" (and {others})" if others else "")
            + f": {news}{overview}."
        )
    return lines
