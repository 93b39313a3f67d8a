"""``summarise run CONFIG --check``: a schedule's config and sources tried, nothing briefed.

A ``briefing.toml`` is written once and then run by cron or systemd, where a mistake shows
up hours later in a journal: a folder path mistyped, a feed address that serves a web page,
an output folder that cannot be written, a key missing. The check reads every source as a
run would (fetching feeds, pages and files) and says what it found, but extracts nothing,
writes no briefing and touches neither the state nor the store nor the lock, so it can run
beside a scheduled run and leaves the next run exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from summarise.exit_codes import EXIT_FAILED, EXIT_OK
from summarise.fileio import check_writable
from summarise.plural import counted
from summarise.scheduled.durations import format_duration
from summarise.scheduled.outputs import check_output
from summarise.scheduled.sources import Fetcher, SourceConfig, SourceRead, load_config, read_source
from summarise.scheduled.sources.fetch import RetryWaits
from summarise.session import Session


@dataclass
class CheckReport:
    """What the check found, as lines for a person, and the exit code a run would share:
    0 when every source could be read whole, 1 when one or a unit of one could not."""

    lines: list[str] = field(default_factory=list)
    exit_code: int = EXIT_OK


def check_briefing(
    config_path: Path, *, now: datetime | None = None, waits: RetryWaits | None = None
) -> CheckReport:
    """Check the briefing ``config_path`` describes. Raises ``ConfigError`` (exit 2) for
    what a run would refuse before reading any source: the config itself, an output or
    state folder that cannot be written, model settings the backend refuses."""
    config = load_config(config_path)
    settings = config.settings()
    check_output(config)
    state_dir = config.resolved_state_dir(settings)
    check_writable(state_dir / "runs.jsonl")
    report = CheckReport()
    formats = ", ".join(config.formats)
    report.lines.append(
        f"config {config.path}: a {format_duration(config.window)} window; briefings to "
        f"{config.output} ({formats}); state in {state_dir}"
    )
    with Session(settings) as session:  # a backend the settings cannot make fails here
        said = f" ({session.notice})" if session.notice else ""
        report.lines.append(f"extractor: {session.label}{said}")
    started = now or datetime.now(UTC)
    own_files = (config.output, state_dir, settings.cache_dir)
    unread = 0
    with Fetcher(config.fetch, waits=waits) as fetcher:
        for source in config.source:
            read = read_source(source, {}, {}, fetcher, started - config.window, own_files)
            report.lines.extend(_source_lines(source, read))
            if read.error is not None or read.failures or read.unreadable:
                unread += 1
    if unread:
        report.exit_code = EXIT_FAILED
    verdict = (
        f"{counted(unread, 'source')} of {len(config.source)} could not be read whole"
        if unread
        else f"every source of {len(config.source)} could be read"
    )
    report.lines.append(
        f"Checked: {verdict}; nothing was extracted or briefed, and the state is unchanged."
    )
    return report


def _source_lines(source: SourceConfig, read: SourceRead) -> list[str]:
    """One line for the source (what it lists, reads, and keeps by its keywords), then a
    line per unit that failed and per warning, as a run's summary names them."""
    head = f"{source.kind} {source.name}: "
    if read.error is not None:
        return [head + f"FAILED: {read.error}"]
    articles = [a for found in read.found for a in found.articles]
    kept = [a for a in articles if source.matches(f"{a.title or ''}\n{a.text}")]
    parts = [f"{counted(len(articles), 'article')} read"]
    if source.keywords:
        parts.append(f"{len(kept)} with the keywords")
    if read.too_old:
        parts.append(f"{read.too_old} older than the window")
    failed = [*read.failures, *(u.failure for u in read.unreadable)]
    if failed:
        parts.append(f"{len(failed)} could not be read")
    lines = [head + ", ".join(parts)]
    lines.extend(f"  failed  {f.name}: {f.reason}" for f in failed)
    lines.extend(f"  warning  {w}" for w in read.warnings)
    return lines
