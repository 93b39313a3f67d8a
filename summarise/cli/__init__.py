"""The ``summarise`` command: a thin shell over the library.

Exit codes: 0 all done; 1 some articles failed (each named with why); 2 usage or
configuration errors. Errors are one line on stderr; stdout carries only the output.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click
from rich.console import Console

from summarise.session import evaluate_labels, open_cache, run_extraction
from summarise.extraction.backends import backend_label, make_backend
from summarise.briefing import FORMATS, Format, build_briefing, load_aliases, render
from summarise.settings import Settings, load_settings
from summarise.errors import ConfigError, SummariseError
from summarise.loading.loader import LoadResult, load_articles
from summarise.output import check_writable, write_atomic
from summarise.cli.progress import progress, stderr, summary_line
from summarise.extraction.results import RunResult

if TYPE_CHECKING:
    from summarise.scheduled import RunRecord, StopRequest

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

_SETTING_FLAGS: list[tuple[str, dict[str, Any]]] = [
    ("--backend", {"type": click.Choice(["openai", "local", "baseline"]), "help": "Extractor."}),
    ("--model", {"help": "Model name, or a .gguf file for the local backend."}),
    ("--base-url", {"help": "OpenAI-compatible server, e.g. http://localhost:11434/v1."}),
    ("--api-key", {"help": "API key (prefer SUMMARISE_API_KEY or OPENAI_API_KEY)."}),
    ("--mode", {"type": click.Choice(["tools", "json_schema", "json", "md_json"])}),
    ("--concurrency", {"type": int, "help": "Articles extracted at once."}),
    ("--temperature", {"type": float}),
    ("--max-tokens", {"type": int, "help": "Reply token limit per request."}),
    ("--chunk-chars", {"type": int, "help": "Longer articles are split into chunks."}),
    ("--timeout", {"type": float, "help": "Seconds per request."}),
    ("--retries", {"type": int, "help": "Transport retries per request."}),
    ("--retry-wait", {"type": float, "help": "First transport retry wait, seconds (doubles)."}),
    ("--reasks", {"type": int, "help": "Re-asks after invalid output."}),
    ("--n-ctx", {"type": int, "help": "Context size (local backend)."}),
    ("--n-threads", {"type": int, "help": "Threads (local backend)."}),
    ("--cache-dir", {"type": click.Path(path_type=Path)}),
]


def model_options(func: F) -> F:
    """The settings every extracting command accepts; unset flags fall through to env/config."""
    for flag, kwargs in reversed(_SETTING_FLAGS):
        func = click.option(flag, default=None, **kwargs)(func)
    func = click.option(
        "--config",
        "config_file",
        type=click.Path(path_type=Path),
        help="Config file (TOML); default: the user config dir's summarise/config.toml.",
    )(func)
    return click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")(func)


def _settings(options: dict[str, Any]) -> Settings:
    config_file = options.pop("config_file", None)
    return load_settings(flags=options, config_file=config_file)


def _load(paths: tuple[str, ...], since: date | None) -> LoadResult:
    """Articles outside ``--since`` are dropped here, before anyone pays to extract them."""
    loaded = load_articles(list(paths), stdin=sys.stdin if "-" in paths else None)
    if since is not None:
        loaded.articles = [a for a in loaded.articles if a.published and a.published >= since]
    return loaded


def _extract(
    paths: tuple[str, ...], flags: dict[str, Any], no_cache: bool, since: date | None = None
) -> tuple[RunResult, str]:
    settings = _settings(flags)
    loaded = _load(paths, since)
    if not loaded.articles and not loaded.failures:
        raise ConfigError("No articles found in the given paths (.txt .md .html .json .jsonl).")
    backend, notice = make_backend(settings)
    if notice:
        stderr.print(notice, markup=False)
    with progress(len(loaded.articles)) as on_outcome:
        run = run_extraction(
            loaded, backend, settings, use_cache=not no_cache, on_outcome=on_outcome
        )
    for failure in run.failures:
        if not failure.stopped:
            stderr.print(f"failed: {failure.name}: {failure.reason}", markup=False)
    if run.stopped is not None:
        lost = sum(1 for f in run.failures if f.stopped)
        stderr.print(f"error: {run.stopped} ({lost} articles not extracted)", markup=False)
    for warning in run.warnings:
        stderr.print(f"warning: {warning}", markup=False)
    label = backend_label(backend)
    stderr.print(summary_line(run.stats, label), markup=False)
    return run, label


def _exit_code(run: RunResult) -> int:
    return EXIT_FAILED if run.failures else EXIT_OK


@click.group()
@click.version_option(package_name="summarise")
def cli() -> None:
    """Turn crisis news articles into a sourced, structured briefing."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", type=click.Path(path_type=Path), help="Write JSON here, not to stdout.")
@model_options
def extract(paths: tuple[str, ...], out: Path | None, no_cache: bool, **options: Any) -> None:
    """Print each article's grounded extraction as JSON (PATH: file, folder or -)."""
    if out is not None:
        check_writable(out)
    run, label = _extract(paths, options, no_cache)
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
    sys.exit(_exit_code(run))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), help="Write here, not to stdout.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Articles published since DATE.")
@click.option("--party", help="Only items involving this party (name or country).")
@click.option("--aliases", type=click.Path(path_type=Path), help="Actor alias file (TOML/JSON).")
@click.option("--include-ungrounded", is_flag=True, help="Keep items whose quotes were not found.")
@model_options
def brief(
    paths: tuple[str, ...],
    fmt: str,
    out: Path | None,
    since: datetime | None,
    party: str | None,
    aliases: Path | None,
    include_ungrounded: bool,
    no_cache: bool,
    **options: Any,
) -> None:
    """Write a sourced briefing of the articles (PATH: file, folder or -)."""
    alias_map = load_aliases(aliases) if aliases is not None else None
    if out is not None:
        check_writable(out)
    since_day = since.date() if since else None
    run, label = _extract(paths, options, no_cache, since_day)
    briefing = build_briefing(
        run.results,
        backend=label,
        since=since_day,
        party=party,
        include_ungrounded=include_ungrounded,
        aliases=alias_map,
    )
    text = render(briefing, cast(Format, fmt))
    if out is None:
        click.echo(text)
    else:
        write_atomic(out, text if text.endswith("\n") else text + "\n")
        stderr.print(f"Briefing written to {out}", markup=False)
    sys.exit(_exit_code(run))


@cli.command("eval")
@click.option(
    "--labels",
    type=click.Path(path_type=Path),
    default=Path("evals/labels"),
    show_default=True,
    help="Folder of gold label JSON files.",
)
@click.option(
    "--articles",
    type=click.Path(path_type=Path),
    default=Path("seeds"),
    show_default=True,
    help="Folder holding the labelled articles.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="Run record path (default: evals/runs/<time>-<backend>.json).",
)
@click.option("--compare", type=click.Path(path_type=Path), help="Earlier run record to diff.")
@click.option(
    "--fail-under",
    "fail_under",
    multiple=True,
    metavar="METRIC=VALUE",
    help="Exit 1 when METRIC is below VALUE (e.g. f1=0.5, positions.recall=0.3).",
)
@click.option("--report", type=click.Path(path_type=Path), help="Write an HTML report here.")
@model_options
def evaluate(
    labels: Path,
    articles: Path,
    out: Path | None,
    compare: Path | None,
    fail_under: tuple[str, ...],
    report: Path | None,
    no_cache: bool,
    **options: Any,
) -> None:
    """Score extractions of labelled articles against their hand labels."""
    from summarise.evaluation import conclude, load_run_record, parse_threshold

    settings = _settings(options)
    thresholds = [parse_threshold(t) for t in fail_under]
    previous = load_run_record(compare) if compare is not None else None
    backend, notice = make_backend(settings)
    if notice:
        stderr.print(notice, markup=False)
    run = evaluate_labels(labels, articles, backend, settings, use_cache=not no_cache)
    outcome = conclude(run, previous=previous, record=out, report=report, thresholds=thresholds)
    console = Console(width=None if sys.stdout.isatty() else 120)
    for table in outcome.tables:
        console.print(table)
    for warning in run.warnings:
        stderr.print(f"warning: {warning}", markup=False)
    stderr.print(f"Run record written to {outcome.record}", markup=False)
    if outcome.report is not None:
        stderr.print(f"Report written to {outcome.report}", markup=False)
    for failure in outcome.below_threshold:
        stderr.print(f"below threshold: {failure}", markup=False)
    sys.exit(EXIT_OK if outcome.passed else EXIT_FAILED)


@cli.group()
def cache() -> None:
    """Inspect or empty the extraction cache."""


@cache.command("stats")
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None)
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=None)
def cache_stats(cache_dir: Path | None, config_file: Path | None) -> None:
    """Show where the cache is, its entries and size."""
    store = open_cache(load_settings({"cache_dir": cache_dir}, config_file=config_file))
    stats = store.stats()
    store.close()
    click.echo(f"{stats.directory}: {stats.entries} entries, {stats.size_bytes / 1e6:.1f} MB")


@cache.command("clear")
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None)
@click.option("--config", "config_file", type=click.Path(path_type=Path), default=None)
def cache_clear(cache_dir: Path | None, config_file: Path | None) -> None:
    """Delete every cached extraction (the next run pays for them again)."""
    store = open_cache(load_settings({"cache_dir": cache_dir}, config_file=config_file))
    removed = store.clear()
    store.close()
    click.echo(f"Removed {removed} cached extractions from {store.directory}.")


def _scheduled_run(config_path: Path, force: bool) -> RunRecord:
    """A bar on a terminal; in cron mail and journals only the summary, failures included.

    Scheduled runs are imported on use: feed parsing costs every other command start-up.
    """
    from summarise.scheduled import run_briefing, summary_lines

    record = run_briefing(
        config_path, force=force, progress=progress if stderr.is_terminal else None
    )
    for line in summary_lines(record):
        stderr.print(line, markup=False)
    return record


@cli.command("run")
@click.argument("config_path", metavar="CONFIG", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Write a briefing even when nothing is new.")
def run_command(config_path: Path, force: bool) -> None:
    """Run a scheduled briefing once (CONFIG: a briefing.toml): new articles only."""
    from summarise.scheduled.schedule import abandon_on_sigterm

    with abandon_on_sigterm():
        record = _scheduled_run(config_path, force)
    sys.exit(record.exit_code)


@cli.command()
@click.argument("config_path", metavar="CONFIG", type=click.Path(path_type=Path))
@click.option("--every", required=True, metavar="DURATION", help="Time between runs: 30m, 6h, 1d.")
def schedule(config_path: Path, every: str) -> None:
    """Run a scheduled briefing now and then every DURATION, until Ctrl-C or SIGTERM."""
    from summarise.scheduled import run_every, stop_on_signals
    from summarise.scheduled.sources import load_config
    from summarise.scheduled.durations import parse_duration

    try:
        interval = parse_duration(every)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from None
    load_config(config_path).settings()

    def once() -> None:
        try:
            _scheduled_run(config_path, force=False)
        except SummariseError as exc:
            stderr.print(f"error: {exc}", markup=False)

    def waiting(when: datetime) -> None:
        stderr.print(f"Next run at {when:%Y-%m-%d %H:%M:%S} UTC.", markup=False)

    def signalled(stop: StopRequest) -> None:
        if stop.running and stop.signals == 0:
            stderr.print("Stopping after this run; signal again to abandon it.", markup=False)

    with stop_on_signals(signalled) as stop:
        run_every(interval, once, stop, on_wait=waiting)
    stderr.print("Stopped.", markup=False)
    sys.exit(EXIT_OK)


def main() -> None:
    """Console entry point: one line per error, exit codes as the module docstring says."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        stderr.print("Interrupted.", markup=False)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    except ConfigError as exc:
        stderr.print(f"error: {exc}", markup=False)
        sys.exit(EXIT_USAGE)
    except SummariseError as exc:
        stderr.print(f"error: {exc}", markup=False)
        sys.exit(EXIT_FAILED)
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        stderr.print(f"error: {exc.strerror or exc}{where}", markup=False)
        sys.exit(EXIT_FAILED)
