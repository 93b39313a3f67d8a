"""``summarise extract`` and ``summarise brief``: articles in, extractions or a briefing out."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

from summarise.briefing import (
    DETAILS,
    FORMATS,
    Briefing,
    Detail,
    Format,
    format_for,
    format_help,
    load_aliases,
    render,
)
from summarise.briefing.build import build_merged
from summarise.cli.options import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    day,
    model_options,
    settings_from,
)
from summarise.cli.progress import overview_line, progress, stderr, summary_line
from summarise.errors import ConfigError
from summarise.extraction.results import RunResult
from summarise.fileio import check_writable, write_atomic
from summarise.loading import LoadResult, load_articles
from summarise.loading.since import published_since
from summarise.overview import OverviewFailed
from summarise.plural import counted
from summarise.session import Session
from summarise.settings import Settings

if TYPE_CHECKING:
    from sqlite_utils import Database


def _check_paths(paths: tuple[str, ...]) -> None:
    """A mistyped path is a usage error found before any work, not an empty briefing."""
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise ConfigError(f"{path} does not exist: check the path.")


def _load(paths: tuple[str, ...], since: date | None) -> tuple[LoadResult, tuple[int, int]]:
    """Articles outside ``--since`` are dropped here, before anyone pays to extract them;
    how many, and why, is said (an undated article is dropped too) and returned, as
    (older, undated), for the briefing to say as well."""
    _check_paths(paths)
    loaded = load_articles(list(paths), stdin=sys.stdin if "-" in paths else None)
    if since is None:
        return loaded, (0, 0)
    found = published_since(loaded.articles, since)
    found.check(since)
    note = found.note(since)
    if note is not None:
        stderr.print(f"note: {note}", markup=False)
    loaded.articles = found.kept
    return loaded, (found.older, found.undated)


def _report(run: RunResult, label: str) -> None:
    """Failures, the reason the backend stopped, warnings and the summary line, on stderr."""
    for failure in run.failures:
        if not failure.stopped:
            stderr.print(f"failed: {failure.name}: {failure.reason}", markup=False)
    if run.stopped is not None:
        lost = sum(1 for f in run.failures if f.stopped)
        lost_articles = counted(lost, "article")
        stderr.print(f"error: {lost_articles} not extracted: {run.stopped}", markup=False)
    for warning in run.warnings:
        stderr.print(f"warning: {warning}", markup=False)
    for note in run.notes:
        stderr.print(f"note: {note}", markup=False)
    stderr.print(summary_line(run.stats, label), markup=False)


@contextmanager
def _extracted(
    paths: tuple[str, ...],
    settings: Settings,
    no_cache: bool,
    since: date | None = None,
) -> Iterator[tuple[Session, RunResult, tuple[int, int]]]:
    """Extract ``paths`` and keep the session open for whatever the command does next;
    with what ``since`` left out (older, undated)."""
    loaded, left_out = _load(paths, since)
    if not loaded.articles and not loaded.failures:
        raise ConfigError("No articles found in the given paths (.txt .md .html .json .jsonl).")
    with Session(settings, use_cache=not no_cache) as session:
        if session.notice:
            stderr.print(session.notice, markup=False)
        with progress(len(loaded.articles)) as on_outcome:
            run = session.extract(loaded, on_outcome=on_outcome)
        _report(run, session.label)
        yield session, run, left_out


def extract_paths(
    paths: tuple[str, ...], options: dict[str, Any], no_cache: bool, since: date | None = None
) -> tuple[RunResult, str]:
    """Extract ``paths`` with the settings the flags give; the results and the backend label.
    No overview is written here, so one asked for in the config (``overview = true``) is
    not this command's to refuse."""
    settings = settings_from({**options, "overview": False})
    with _extracted(paths, settings, no_cache, since) as (session, run, _):
        return run, session.label


def _overview(session: Session, briefing: Briefing) -> tuple[Briefing, bool]:
    """``briefing`` with the model's checked overview, and whether writing it failed."""
    try:
        written = session.overview(briefing)
    except OverviewFailed as exc:
        stderr.print(f"failed: overview: {exc}", markup=False)
        return briefing, True
    if written is None:
        return briefing, False
    stderr.print(overview_line(written), markup=False)
    return briefing.model_copy(update={"overview": written.overview}), False


def exit_code(run: RunResult) -> int:
    """2 when the model server refused the settings themselves (URL, key, model)."""
    if run.misconfigured:
        return EXIT_USAGE
    return EXIT_FAILED if run.failures else EXIT_OK


def require_extracted(run: RunResult, out: Path | None) -> None:
    """A run that extracted nothing writes nothing (exit 1): an empty output would replace
    a good one (yesterday's briefing) with a page that only says every article failed.
    Why each article failed is already on stderr, so this is a plain line, not an error."""
    if run.results:
        return
    kept = f": {out} is left as it was" if out is not None and out.exists() else ""
    stderr.print(f"No article was extracted, so nothing was written{kept}.", markup=False)
    sys.exit(exit_code(run))


@contextmanager
def _store(path: Path | None) -> Iterator[Database | None]:
    """The store to record into, opened (so checked) before any extraction is paid for.
    Imported on use: sqlite-utils costs every other command start-up."""
    if path is None:
        yield None
        return
    from summarise.store import opened

    with opened(path) as db:
        yield db


def _explain(paths: tuple[str, ...], options: dict[str, Any], out: Path | None) -> None:
    """The rules' trace needs no session: it re-runs the rules, which takes milliseconds."""
    from summarise.cli.explain import RULES_ONLY, print_explanations

    if settings_from(options).resolved_backend()[0] != "baseline":
        raise ConfigError(RULES_ONLY)
    loaded, _ = _load(paths, None)
    for failure in loaded.failures:
        stderr.print(f"failed: {failure.name}: {failure.reason}", markup=False)
    print_explanations(loaded.articles, out)
    if loaded.failures:
        sys.exit(EXIT_FAILED)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", type=click.Path(path_type=Path), help="Write JSON here, not to stdout.")
@click.option(
    "--explain",
    is_flag=True,
    help="Print, sentence by sentence, what the baseline rules saw: who speaks and why, "
    "the cue words, and each item or why a cue gave none.",
)
@model_options
def extract(
    paths: tuple[str, ...], out: Path | None, explain: bool, no_cache: bool, **options: Any
) -> None:
    """Print each article's grounded extraction as JSON (PATH: file, folder or -)."""
    if out is not None:
        check_writable(out)
    if explain:
        _explain(paths, options, out)
        return
    run, label = extract_paths(paths, options, no_cache)
    require_extracted(run, out)
    payload = [r.model_dump(mode="json", exclude={"article": {"text"}}) for r in run.results]
    document = json.dumps(
        {
            "backend": label,
            "results": payload,
            "failures": [f.model_dump() for f in run.failures],
        },
        ensure_ascii=False,
        indent=2,
    )
    if out is None:
        click.echo(document)
    else:
        write_atomic(out, document + "\n")
    sys.exit(exit_code(run))


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help=format_help(FORMATS),
)
@click.option(
    "--detail",
    type=click.Choice(DETAILS),
    default="short",
    show_default=True,
    help="short: each item in one line and its best quote; full: every quote in context.",
)
@click.option("--out", type=click.Path(path_type=Path), help="Write here, not to stdout.")
@click.option(
    "--since",
    callback=day,
    metavar="DATE",
    help="Only articles published on or after DATE; undated ones are left out too (counted).",
)
@click.option("--party", help="Only items involving this party (name or country).")
@click.option("--aliases", type=click.Path(path_type=Path), help="Actor alias file (TOML/JSON).")
@click.option("--include-ungrounded", is_flag=True, help="Keep items whose quotes were not found.")
@click.option(
    "--store",
    "store_path",
    type=click.Path(path_type=Path),
    help="Also record every grounded item in this SQLite store (made if new).",
)
@click.option(
    "--overview/--no-overview",
    default=None,
    help="A model-written overview, checked against the items (default: on with a model).",
)
@click.option(
    "--key-developments",
    "lead",
    type=click.IntRange(min=0),
    help="How many key developments lead the briefing (default 8; 0: no such section).",
)
@model_options
def brief(
    paths: tuple[str, ...],
    fmt: str | None,
    detail: str,
    out: Path | None,
    since: date | None,
    party: str | None,
    aliases: Path | None,
    include_ungrounded: bool,
    store_path: Path | None,
    overview: bool | None,
    lead: int | None,
    no_cache: bool,
    **options: Any,
) -> None:
    """Write a sourced briefing of the articles (PATH: file, folder or -)."""
    alias_map = load_aliases(aliases) if aliases is not None else None
    if out is not None:
        check_writable(out)
    started = datetime.now(UTC).replace(microsecond=0)
    settings = settings_from({**options, "overview": overview})
    failed = False
    with _store(store_path) as db:
        with _extracted(paths, settings, no_cache, since) as (session, run, left_out):
            require_extracted(run, out)
            built = build_merged(
                run.results,
                backend=session.label,
                since=since,
                party=party,
                include_ungrounded=include_ungrounded,
                aliases=alias_map,
                lead=lead,
                left_out=left_out,
            )
            briefing = built.briefing
            if briefing.filters.party_read_as is not None:
                stderr.print(
                    f"note: --party {party!r} read as {briefing.filters.party_read_as}",
                    markup=False,
                )
            if settings.resolved_overview:
                briefing, failed = _overview(session, briefing)
        if db is not None:
            from summarise.store import record_brief

            recorded = record_brief(
                db,
                label=" ".join(paths),
                started=started,
                results=run.results,
                built=built,
                aliases=alias_map,
                left_out=left_out,
            )
            stderr.print(recorded.sentence(str(store_path)), markup=False)
    text = render(briefing, format_for(out, cast(Format | None, fmt)), cast(Detail, detail))
    if out is None:
        click.echo(text)
    else:
        write_atomic(out, text if text.endswith("\n") else text + "\n")
        stderr.print(f"Briefing written to {out}", markup=False)
    sys.exit(EXIT_FAILED if failed and exit_code(run) == EXIT_OK else exit_code(run))
