"""``summarise batch``: backfill an archive through OpenAI's Batch API or ``vllm run-batch``.

prepare → submit → status → collect, each a thin shell over ``summarise.batch``. What a
script needs (batch ids, statuses) goes to stdout; progress, failures and summaries go to
stderr, as for every other command.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from summarise import batch as batches
from summarise.batch import BatchRecord, BatchState, CollectReport, LineFailure
from summarise.cli.options import model_options, setting_options, settings_from
from summarise.cli.progress import progress, stderr, summary_line
from summarise.errors import ConfigError
from summarise.exit_codes import EXIT_FAILED, EXIT_OK
from summarise.extraction.results import ArticleFailure
from summarise.fileio import check_writable
from summarise.loading import LoadNote, iter_articles
from summarise.plural import counted
from summarise.session import open_cache

F = TypeVar("F", bound=Callable[..., Any])

_REMOTE = ("--base-url", "--api-key", "--timeout", "--retries")


def _data_dir(func: F) -> F:
    return click.option(
        "--data-dir",
        type=click.Path(path_type=Path),
        help="Where the batch state is kept (default: the user data dir).",
    )(func)


def _remote(*more: str) -> Callable[[F], F]:
    """The flags that reach a provider (its URL and key), the batch state's folder and
    ``more`` setting flags."""

    def decorate(func: F) -> F:
        return _data_dir(setting_options(*_REMOTE, *more)(func))

    return decorate


@click.group("batch")
def batch() -> None:
    """Backfill an archive: batch extraction through OpenAI's Batch API or vllm run-batch."""


def _print_message(message: ArticleFailure | LoadNote) -> None:
    """A failure, warning or note of the load or the preparation, worded as ``brief``'s."""
    if isinstance(message, LoadNote):
        stderr.print(f"{message.kind}: {message.text}", markup=False)
    else:
        stderr.print(f"failed: {message.name}: {message.reason}", markup=False)


@batch.command("prepare")
@click.argument("paths", nargs=-1)
@click.option(
    "--out", type=click.Path(path_type=Path), required=True, help="The (first) requests file."
)
@click.option(
    "--only-missing",
    is_flag=True,
    help="Only requests with no collected reply (re-asks, splits, failed lines); "
    "without PATH, for every article prepared before and not yet cached.",
)
@click.option(
    "--max-lines",
    type=click.IntRange(min=1),
    default=batches.MAX_LINES,
    show_default=True,
    help="Requests per file.",
)
@click.option(
    "--max-mb",
    type=click.FloatRange(min=0.001),
    default=batches.MAX_BYTES / 1e6,
    show_default=True,
    help="Megabytes per file.",
)
@_data_dir
@model_options
def prepare(
    paths: tuple[str, ...],
    out: Path,
    only_missing: bool,
    max_lines: int,
    max_mb: float,
    no_cache: bool,
    **options: Any,
) -> None:
    """Write the requests a live extraction of PATH… would send, as batch files.

    Articles already in the cache are skipped. Files split at --max-lines / --max-mb.
    """
    if not paths and not only_missing:
        raise click.UsageError("Give the articles (PATH…), or --only-missing for a retry file.")
    check_writable(out)
    settings = settings_from(options)
    if paths and settings.resolved_backend()[0] != "openai":
        raise ConfigError(
            f"Batch extraction needs a model behind an OpenAI-compatible API, not the "
            f"{settings.resolved_backend()[0]} backend: set OPENAI_API_KEY (or --backend "
            "openai) for OpenAI, or --base-url for a vLLM server."
        )
    cache = None if no_cache else open_cache(settings)
    try:
        with BatchState(settings.data_dir) as state, _preparing() as on_progress:
            limits = batches.Limits(out.resolve(), max_lines, int(max_mb * 1e6))
            if paths:
                stdin = sys.stdin if "-" in paths else None
                report = batches.prepare_paths(
                    state,
                    limits,
                    settings,
                    iter_articles(list(paths), stdin, seen=state),
                    cache=cache,
                    only_missing=only_missing,
                    on_message=_print_message,
                    on_progress=on_progress,
                )
            else:
                report = batches.prepare_missing(
                    state,
                    limits,
                    settings,
                    cache=cache,
                    on_message=_print_message,
                    on_progress=on_progress,
                )
    finally:
        if cache is not None:
            cache.close()
    _report_prepared(report, out)
    sys.exit(EXIT_FAILED if report.failed else EXIT_OK)


@contextmanager
def _preparing() -> Iterator[Callable[[batches.PrepareReport], None]]:
    """Progress of a prepare: a status line on a terminal, a line per 10,000 articles in a
    log (an archive takes a while, and one line per article would drown the failures)."""
    if not stderr.is_terminal:
        logged_at = 0

        def logged(report: batches.PrepareReport) -> None:
            nonlocal logged_at
            if report.articles - logged_at >= 10_000:
                logged_at = report.articles
                stderr.print(_progress_text(report), markup=False)

        yield logged
        return
    with stderr.status("preparing") as status:

        def shown(report: batches.PrepareReport) -> None:
            status.update(_progress_text(report))

        yield shown


def _progress_text(report: batches.PrepareReport) -> str:
    return (
        f"{counted(report.articles, 'article')} read, {report.cached:,} in the cache, "
        f"{counted(report.requests, 'request')} written"
    )


def _report_prepared(report: batches.PrepareReport, out: Path) -> None:
    skipped = f"; {report.cached:,} already in the cache" if report.cached else ""
    failed = f"; {report.failed:,} failed" if report.failed else ""
    stderr.print(f"{counted(report.articles, 'article')}{skipped}{failed}.", markup=False)
    if report.replayed:
        stderr.print(
            f"{counted(report.replayed, 'request')} answered by replies already collected.",
            markup=False,
        )
    if report.in_flight:
        waiting = ", ".join(sorted(report.waiting_for))
        stderr.print(
            f"{counted(report.in_flight, 'request')} left out: in batches not collected yet "
            f"({waiting}); collect those first, or cancel them.",
            markup=False,
        )
    if report.answered:
        stderr.print(
            f"{counted(report.answered, 'article')} with every reply needed: collect again to "
            "cache them (summarise batch collect ID|FILE).",
            markup=False,
        )
    if not report.files:
        stderr.print(f"Nothing to prepare: {out} was not written.", markup=False)
        return
    listed = ", ".join(
        f"{f.path.name} ({counted(f.lines, 'line')}, {f.size / 1e6:.1f} MB)" for f in report.files
    )
    stderr.print(
        f"{counted(report.requests, 'request')} for {counted(report.prepared, 'article')} "
        f"in {listed}.",
        markup=False,
    )
    first = report.files[0].path.name
    stderr.print(
        f"Next: summarise batch submit {first} (OpenAI's Batch API), or "
        f"vllm run-batch -i {first} -o results.jsonl --model MODEL, then "
        "summarise batch collect BATCH_ID|results.jsonl.",
        markup=False,
    )


@batch.command("submit")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@_remote()
def submit(files: tuple[Path, ...], **options: Any) -> None:
    """Upload request FILE… and start a batch of each; prints the batch ids."""
    settings = settings_from(options)
    with BatchState(settings.data_dir) as state:
        for path in files:
            if not path.is_file():
                raise ConfigError(f"{path} is not a file: give a file made by batch prepare.")
            record = batches.submit(state, settings, path)
            click.echo(record.id)
            stderr.print(
                f"Submitted {path.name} as batch {record.id} ({record.status}) to "
                f"{record.base_url}; next: summarise batch status {record.id}",
                markup=False,
            )


def _status_line(record: BatchRecord) -> str:
    done = f"{record.completed:,}/{record.total:,} done"
    failed = f", {record.failed:,} failed" if record.failed else ""
    name = Path(record.file).name if record.file else "-"
    when = _when(record.submitted)
    collected = f", collected {_when(record.collected)}" if record.collected else ""
    tokens = f", {counted(record.usage.total_tokens, 'token')}" if record.usage.total_tokens else ""
    errors = f" ({'; '.join(record.errors[:3])})" if record.errors else ""
    return (
        f"{record.id}\t{record.status}\t{done}{failed}\t{name}\tsubmitted {when}"
        f"{collected}{tokens}{errors}"
    )


def _when(moment: datetime | None) -> str:
    return "-" if moment is None else moment.strftime("%Y-%m-%d %H:%M UTC")


@batch.command("status")
@click.argument("batch_id", required=False)
@_remote()
def status(batch_id: str | None, **options: Any) -> None:
    """Show a batch as its server sees it now; without ID, every batch submitted from here."""
    settings = settings_from(options)
    with BatchState(settings.data_dir) as state:
        records = batches.status(state, settings, batch_id)
    if not records:
        stderr.print("No batches submitted from here yet.", markup=False)
    for record in records:
        click.echo(_status_line(record))


@batch.command("cancel")
@click.argument("batch_id")
@_remote()
def cancel(batch_id: str, **options: Any) -> None:
    """Cancel a batch; what it finished is still collected with batch collect."""
    settings = settings_from(options)
    with BatchState(settings.data_dir) as state:
        record = batches.cancel(state, settings, batch_id)
    click.echo(_status_line(record))


@batch.command("collect")
@click.argument("source")
@_remote("--concurrency", "--cache-dir")
def collect(source: str, **options: Any) -> None:
    """Collect a finished batch (ID) or a results file (vllm run-batch output) into the cache.

    Every failed line is named with its reason; collecting twice is harmless.
    """
    settings = settings_from(options)
    path = Path(source)
    if not path.is_file() and (path.suffix == ".jsonl" or path.exists()):
        raise ConfigError(f"{source} is not a results file: check the path.")
    cache = open_cache(settings)
    try:
        with BatchState(settings.data_dir) as state:
            if path.is_file():
                report = batches.collect_files(
                    state,
                    settings,
                    cache,
                    [path],
                    source=str(path),
                    on_line_failure=_print_line_failure,
                    progress=progress,
                )
            else:
                _, report = batches.collect_batch(
                    state,
                    settings,
                    cache,
                    source,
                    on_line_failure=_print_line_failure,
                    progress=progress,
                )
    finally:
        cache.close()
    _report_collected(report)


def _print_line_failure(failure: LineFailure) -> None:
    whose = f" ({failure.article})" if failure.article else ""
    stderr.print(f"failed line: {failure.where}{whose}: {failure.reason}", markup=False)


def _report_collected(report: CollectReport) -> None:
    stderr.print(
        f"{counted(report.lines, 'result line')}: {counted(report.replies, 'reply', 'replies')}"
        f", {report.failed_lines:,} failed.",
        markup=False,
    )
    if report.stats.failed:
        stderr.print(
            f"{counted(report.stats.failed, 'article')} not extracted (each named above); "
            f"a retry file of what they miss: {batches.RETRY_HINT}",
            markup=False,
        )
    label = f"{report.backend} via batch" if report.backend else "batch"
    stderr.print(summary_line(report.stats, label), markup=False)
    sys.exit(EXIT_FAILED if report.failed_lines or report.stats.failed else EXIT_OK)
