"""``summarise extract`` and ``summarise brief``: articles in, extractions or a briefing out."""

from __future__ import annotations

import json
import sys
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import Any, cast

import click

from summarise.brief_job import BriefOptions, BriefResult, Progress
from summarise.brief_job import brief as brief_articles
from summarise.briefing import (
    DETAILS,
    FORMATS,
    Detail,
    Format,
    format_for,
    format_help,
    load_aliases,
    render,
    unnamed_format_note,
)
from summarise.cli.options import day, model_options, out_option, settings_from
from summarise.cli.progress import overview_line, progress, stderr, summary_line
from summarise.errors import ConfigError, SummariseError
from summarise.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from summarise.extraction.pipeline import OnOutcome
from summarise.extraction.results import RunResult
from summarise.fileio import check_writable, write_atomic
from summarise.interrupts import settle
from summarise.loading import LoadResult, load_articles
from summarise.loading.reading import SUFFIX_LIST
from summarise.loading.since import published_since
from summarise.plural import counted
from summarise.session import Session

# How many unreadable inputs the one-line error names: a folder of thirty binary files
# would make a line of thousands of characters; the first few say what went wrong, the
# count says how far it went.
_NAMED_FAILURES = 3


def _check_paths(paths: tuple[str, ...]) -> None:
    """A mistyped path is a usage error found before any work, not an empty briefing; a
    web address is said to be one, with where addresses are read."""
    for path in paths:
        if path != "-" and not Path(path).exists():
            if path.casefold().startswith(("http://", "https://")):
                raise ConfigError(
                    f"{path} is a web address, and this command reads files and folders: "
                    "save the page, or list it in a briefing.toml's urls or feed source for "
                    "summarise run."
                )
            raise ConfigError(f"{path} does not exist: check the path.")


def _load(paths: tuple[str, ...]) -> LoadResult:
    """The articles at ``paths`` (``-``: standard input); finding none is a usage error."""
    _check_paths(paths)
    loaded = load_articles(list(paths), stdin=sys.stdin if "-" in paths else None)
    if not loaded.articles and not loaded.failures:
        # Name where it looked and, for a folder of PDFs, what it skipped there: the notes
        # that would have said so come after the briefing, which is not written.
        if loaded.notes:
            raise ConfigError(f"No articles found: {'; '.join(loaded.notes)}.")
        where = ", ".join("standard input" if path == "-" else path for path in paths)
        raise ConfigError(f"No articles found in {where}: articles are read from {SUFFIX_LIST}.")
    if not loaded.articles:
        # Nothing to extract (a saved feed named, a binary file): why is the one thing to
        # say, before a backend is set up and announced. Each input failed as an article
        # does (exit 1), not as a usage error: the path exists, its content is the trouble.
        named = [f"{f.name}: {f.reason}" for f in loaded.failures[:_NAMED_FAILURES]]
        rest = len(loaded.failures) - len(named)
        why = "; ".join([*named, f"… and {rest} more"] if rest else named)
        if len(loaded.failures) > 1:
            why = f"none of the {len(loaded.failures)} files could be read ({why})"
        raise SummariseError(f"{why}. Nothing was written.")
    return loaded


def _report(run: RunResult, label: str) -> None:
    """The reason the backend stopped, warnings and the summary line, on stderr. Each
    failed article has had its line from the progress as it finished (``progress._line``),
    so it is not listed again here."""
    if run.stopped is not None:
        lost = sum(1 for f in run.failures if f.stopped)
        lost_articles = counted(lost, "article")
        stderr.print(f"error: {lost_articles} not extracted: {run.stopped}", markup=False)
    for warning in run.warnings:
        stderr.print(f"warning: {warning}", markup=False)
    for note in run.notes:
        stderr.print(f"note: {note}", markup=False)
    stderr.print(summary_line(run.stats, label), markup=False)


def _announced(session: Session) -> Progress:
    """Progress that first says the session's notice (the backend chosen by default): once
    extraction starts, so an error found before it (a ``--since`` that leaves nothing)
    stays the only line."""

    def start(total: int) -> AbstractContextManager[OnOutcome]:
        if session.notice:
            stderr.print(session.notice, markup=False)
        return progress(total)

    return start


def extract_paths(
    paths: tuple[str, ...], options: dict[str, Any], no_cache: bool
) -> tuple[RunResult, str]:
    """Extract ``paths`` with the settings the flags give; the results and the backend label.
    No overview is written here, so one asked for in the config (``overview = true``) is
    not this command's to refuse."""
    loaded = _load(paths)
    settings = settings_from({**options, "overview": False})
    with Session(settings, use_cache=not no_cache) as session:
        total = len(loaded.articles) + len(loaded.failures)
        with _announced(session)(total) as on_outcome:
            run = session.extract(loaded, on_outcome=on_outcome)
        _report(run, session.label)
        return run, session.label


class _Said:
    """What the brief did besides the briefing, on stderr, each part once it is known: what
    ``--since`` left out as extraction starts, before the progress; the extraction as soon
    as it is done, so that what was paid for is on screen while the overview is written,
    and stays there if it is interrupted; then how ``--party`` was read and the overview."""

    def __init__(self, session: Session, loaded: LoadResult, wanted: BriefOptions) -> None:
        self.session = session
        self.loaded = loaded
        self.wanted = wanted

    def extracting(self, total: int) -> AbstractContextManager[OnOutcome]:
        """The progress ``brief`` enters once its cut is made, so a cut-off that leaves
        nothing is the only line. The cut is counted again here, from the same articles,
        as ``brief`` tells its counts only once extraction is done."""
        since = self.wanted.since
        if since is not None:
            note = published_since(self.loaded.articles, since).note(since)
            if note is not None:
                stderr.print(f"note: {note}", markup=False)
        return _announced(self.session)(total)

    def extracted(self, done: BriefResult) -> None:
        _report(done.run, self.session.label)

    def finished(self, done: BriefResult) -> None:
        if done.party_read_as is not None:
            read = f"--party {self.wanted.party!r} read as {done.party_read_as}"
            stderr.print(f"note: {read}", markup=False)
        if done.overview_error is not None:
            stderr.print(f"failed: overview: {done.overview_error}", markup=False)
        elif done.overview is not None:
            stderr.print(overview_line(done.overview), markup=False)


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


def _explain(paths: tuple[str, ...], options: dict[str, Any], out: Path | None) -> None:
    """The rules' trace needs no session: it re-runs the rules, which takes milliseconds."""
    from summarise.cli.explain import RULES_ONLY, print_explanations

    if settings_from(options).resolved_backend()[0] != "baseline":
        raise ConfigError(RULES_ONLY)
    loaded = _load(paths)
    for failure in loaded.failures:
        stderr.print(f"failed: {failure.name}: {failure.reason}", markup=False)
    print_explanations(loaded.articles, out)
    if loaded.failures:
        sys.exit(EXIT_FAILED)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@out_option("Write here, not to stdout: the JSON, or with --explain the trace as plain text.")
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
    settle()  # the output is whole: a signal now would only contradict it (see brief)
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
@out_option()
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
    wanted = BriefOptions(
        since=since,
        party=party,
        aliases=alias_map,
        include_ungrounded=include_ungrounded,
        lead=lead,
        store=store_path,
        store_label=" ".join(paths),
    )
    loaded = _load(paths)
    settings = settings_from({**options, "overview": overview})
    with Session(settings, use_cache=not no_cache) as session:
        said = _Said(session, loaded, wanted)
        done = brief_articles(
            session, loaded, wanted, progress=said.extracting, on_extracted=said.extracted
        )
        said.finished(done)
    if done.recorded is not None:
        stderr.print(done.recorded.sentence(str(store_path)), markup=False)
    if done.briefing is None:
        require_extracted(done.run, out)
    else:
        text = render(
            done.briefing, format_for(out, cast(Format | None, fmt)), cast(Detail, detail)
        )
        # The briefing is made: writing it takes milliseconds, and a Ctrl-C or SIGTERM from
        # here on said "Interrupted." (exit 130) over a briefing written whole.
        settle()
        if out is None:
            click.echo(text)
        else:
            write_atomic(out, text if text.endswith("\n") else text + "\n")
            stderr.print(f"Briefing written to {out}", markup=False)
            unnamed = unnamed_format_note(out, cast(Format | None, fmt))
            if unnamed is not None:
                stderr.print(f"note: {unnamed}", markup=False)
    code = exit_code(done.run)
    sys.exit(EXIT_FAILED if done.overview_error is not None and code == EXIT_OK else code)
