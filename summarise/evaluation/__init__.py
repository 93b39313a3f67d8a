"""``summarise eval`` as a library: labels in, a scored and recorded run out.

- ``labels``: reading the hand labels;
- ``harness``: extracting the labelled articles and scoring them into a run;
- ``record``: the run record, saved and loaded;
- ``metrics``: the named metrics that thresholds and comparisons use;
- ``compare``: one run against an earlier one, metric by metric and item by item;
- ``tables``: the terminal tables;
- ``report``: the HTML report, for reading the items behind the numbers;
- ``outcome``: what the ``eval`` command does with a scored run (compare, record, report,
  check thresholds), as one call;
- ``starting_labels``: an extraction written as a label, for a person to correct.
"""

from summarise.evaluation.compare import Comparison, compare_runs
from summarise.evaluation.harness import read_only_list, run_eval, score_run
from summarise.evaluation.labels import load_labels
from summarise.evaluation.metrics import METRICS, check_thresholds, parse_threshold
from summarise.evaluation.outcome import EvalOutcome, conclude
from summarise.evaluation.record import (
    EvalConfig,
    EvalRun,
    default_record_path,
    default_run_path,
    load_run_record,
    write_run_record,
)
from summarise.evaluation.report import render_report
from summarise.evaluation.starting_labels import label_names, label_text, starting_label
from summarise.evaluation.tables import (
    format_articles_table,
    format_comparison,
    format_fields_table,
    format_item_changes,
    format_pair_changes,
    format_spurious_changes,
    format_table,
)

__all__ = [
    "METRICS",
    "Comparison",
    "EvalConfig",
    "EvalOutcome",
    "EvalRun",
    "check_thresholds",
    "compare_runs",
    "conclude",
    "default_record_path",
    "default_run_path",
    "format_articles_table",
    "format_comparison",
    "format_fields_table",
    "format_item_changes",
    "format_pair_changes",
    "format_spurious_changes",
    "format_table",
    "label_names",
    "label_text",
    "load_labels",
    "load_run_record",
    "parse_threshold",
    "read_only_list",
    "render_report",
    "run_eval",
    "score_run",
    "starting_label",
    "write_run_record",
]
