"""What ``summarise eval`` does with a scored run: compare it, record it, report it, gate it.

Kept out of the command so a script or a CI job gets the same record, report and verdict
as the command does, and the command is left to parse options and print.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.table import Table

from summarise.errors import ConfigError
from summarise.evaluation.compare import compare_runs
from summarise.evaluation.metrics import check_thresholds
from summarise.evaluation.record import (
    RUNS_DIR,
    EvalRun,
    default_record_path,
    write_run_record,
)
from summarise.evaluation.report import render_report
from summarise.evaluation.tables import (
    format_articles_table,
    format_comparison,
    format_fields_table,
    format_item_changes,
    format_pair_changes,
    format_spurious_changes,
    format_table,
)
from summarise.fileio import write_atomic


@dataclass(frozen=True)
class EvalOutcome:
    """The tables to show, where the record and the report went, and the thresholds missed
    (one line each; none means the run passed). ``record`` is None when nothing was
    written: no article was extracted (``extracted_none``), or no path was given and
    there is no folder of records to put it in."""

    tables: list[Table]
    record: Path | None
    report: Path | None
    below_threshold: list[str]
    not_extracted: int = 0
    extracted_none: bool = False
    # Why the comparison with the earlier record is not like for like, if it is not.
    comparison_caveat: str | None = None

    @property
    def passed(self) -> bool:
        return not self.below_threshold

    @property
    def complete(self) -> bool:
        """Every labelled article was extracted. One that was not scores as finding nothing,
        so a run against a server that was down would otherwise look like a bad model."""
        return not self.not_extracted


def conclude(
    run: EvalRun,
    *,
    previous: EvalRun | None = None,
    record: Path | None = None,
    report: Path | None = None,
    thresholds: Sequence[tuple[str, float]] = (),
    runs_dir: Path = RUNS_DIR,
) -> EvalOutcome:
    """Tables for ``run`` (and how it moved against ``previous``), the run record written
    to ``record`` (default: ``<runs_dir>/<time>-<backend>.json`` when ``runs_dir``, the
    project's ``evals/runs``, is a folder; else none), the HTML report to ``report`` if
    asked for, and the metrics below their ``thresholds``.

    Every run that extracted an article and has a place for its record is recorded,
    passing or not: the record is what the next run is compared to. One that extracted none
    (a server down, a key rejected) writes nothing, so an earlier record at ``record`` is
    not replaced by one of a run that never happened.
    """
    tables = [format_table(run), format_fields_table(run), format_articles_table(run)]
    comparison = compare_runs(run, previous) if previous is not None else None
    caveat = comparison.caveat if comparison is not None else None
    if comparison is not None and not comparison.articles_shared:
        comparison = None
    if comparison is not None:
        tables += [
            format_comparison(comparison),
            format_item_changes(comparison),
            format_pair_changes(comparison),
            format_spurious_changes(comparison),
        ]
    not_extracted = sum(1 for article in run.articles if article.failure)
    extracted_none = bool(run.articles) and not_extracted == len(run.articles)
    record_path = None if extracted_none else record or default_record_path(run, runs_dir)
    if extracted_none:
        report = None
    elif record_path is not None:
        written = record_path  # bound for the closure: mypy forgets a narrowed name there
        _write("Run record", written, lambda: write_run_record(run, written))
    if report is not None:
        page = render_report(run, comparison=comparison, thresholds=thresholds)
        _write("Report", report, lambda: write_atomic(report, page))
    return EvalOutcome(
        tables=tables,
        record=record_path,
        report=report,
        below_threshold=check_thresholds(run, thresholds),
        not_extracted=not_extracted,
        extracted_none=extracted_none,
        comparison_caveat=caveat,
    )


def _write(what: str, path: Path, write: Callable[[], object]) -> None:
    try:
        write()
    except OSError as exc:
        raise ConfigError(
            f"{what} {path} cannot be written ({exc.strerror or exc}): choose another path."
        ) from exc
