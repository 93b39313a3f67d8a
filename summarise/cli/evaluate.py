"""``summarise eval``: score extractions of labelled articles against their hand labels."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource
from rich.console import Console

from summarise.cli.options import model_options, settings_from
from summarise.cli.progress import stderr
from summarise.errors import ConfigError
from summarise.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from summarise.fileio import check_writable
from summarise.plural import counted
from summarise.session import Session


@click.command("eval")
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
    help="Folder holding the labelled articles (default: the 'articles' folder beside "
    "--labels when there is one, as every set in evals/ has, else seeds).",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="Run record path (default: evals/runs/<time>-<backend>.json when the current "
    "folder has evals/runs, as the project's checkout does; elsewhere no record is kept "
    "unless this is given).",
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
@click.option(
    "--strict", is_flag=True, help="A label whose article is missing is an error (exit 2)."
)
@click.option(
    "--only",
    type=click.Path(path_type=Path),
    help="Score only the articles this file lists, one file stem a line (e.g. "
    "evals/dev/halves/A.txt); other articles' labels are ignored.",
)
@model_options
def evaluate(
    labels: Path,
    articles: Path,
    out: Path | None,
    compare: Path | None,
    fail_under: tuple[str, ...],
    report: Path | None,
    strict: bool,
    only: Path | None,
    no_cache: bool,
    **options: Any,
) -> None:
    """Score extractions of labelled articles against their hand labels."""
    from summarise.evaluation import conclude, load_run_record, parse_threshold, read_only_list

    source = click.get_current_context().get_parameter_source("labels")
    if source is ParameterSource.DEFAULT and not labels.is_dir():
        # The defaults are the project's seed labels, relative to where it is run.
        raise ConfigError(
            f"No labels at {labels} (the default, read from {Path.cwd()}): run summarise eval "
            "from the project's root, or give --labels DIR --articles DIR."
        )

    if click.get_current_context().get_parameter_source("articles") is ParameterSource.DEFAULT:
        # Every labelled set keeps its articles beside its labels ("evals/dev/labels",
        # "evals/dev/articles"): "--labels evals/dev/labels" alone scored the seeds' folder
        # and failed naming all 33 labels.
        beside = labels.parent / "articles"
        if beside.is_dir():
            articles = beside
            stderr.print(f"note: --articles {beside} (the folder beside --labels)", markup=False)

    # An eval writes no overview: one asked for in the config is not its to refuse.
    settings = settings_from({**options, "overview": False})
    chosen = read_only_list(only) if only is not None else None
    thresholds = [parse_threshold(t) for t in fail_under]
    previous = load_run_record(compare) if compare is not None else None
    # Scoring a set with a model takes an hour: a record or report that cannot be written
    # is found out before it, as brief's and extract's --out are.
    for path in (out, report):
        if path is not None:
            check_writable(path)
    with Session(settings, use_cache=not no_cache) as session:
        if session.notice:
            stderr.print(session.notice, markup=False)
        run = session.evaluate(labels, articles, strict=strict, only=chosen)
    outcome = conclude(run, previous=previous, record=out, report=report, thresholds=thresholds)
    if run.stopped is not None:
        # One cause lost every article: its line, as brief says it, is the whole story; a
        # table of zeros marked failed would only bury it.
        lost = counted(len(run.articles), "article")
        stderr.print(f"error: {lost} not extracted: {run.stopped}", markup=False)
    else:
        console = Console(width=None if sys.stdout.isatty() else 120)
        for table in outcome.tables:
            console.print(table)
    for warning in run.warnings:
        stderr.print(f"warning: {warning}", markup=False)
    if outcome.comparison_caveat is not None:
        stderr.print(f"warning: --compare {compare}: {outcome.comparison_caveat}.", markup=False)
    if outcome.extracted_none:
        stderr.print(
            "No article was extracted, so no run record or report was written: fix the cause "
            "and run eval again.",
            markup=False,
        )
        sys.exit(EXIT_USAGE if run.misconfigured else EXIT_FAILED)
    if outcome.record is None:
        stderr.print(
            "No run record kept (no evals/runs folder here): give --out FILE to keep one for "
            "a later --compare.",
            markup=False,
        )
    else:
        stderr.print(f"Run record written to {outcome.record}", markup=False)
    if outcome.report is not None:
        stderr.print(
            f"Report written to {outcome.report}{_page_note(outcome.report)}", markup=False
        )
    for failure in outcome.below_threshold:
        stderr.print(f"below threshold: {failure}", markup=False)
    if not outcome.complete:
        stderr.print(
            f"{counted(outcome.not_extracted, 'article')} not extracted (marked failed in the "
            "per-article table) scored as finding nothing: fix the cause and run eval again.",
            markup=False,
        )
    if run.misconfigured:
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_OK if outcome.passed and outcome.complete else EXIT_FAILED)


def _page_note(report: Path) -> str:
    """The report is an HTML page whatever its name: one named otherwise (``--report
    r.pdf``) is said to be one, as ``brief --out`` says what a file of another suffix holds."""
    if report.suffix.lower() in (".html", ".htm"):
        return ""
    return " (an HTML page: name it .html to open it in a browser)"
