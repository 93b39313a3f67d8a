"""The run metrics that thresholds and comparisons name, all in [0, 1].

- ``f1``, ``precision``, ``recall``: micro, over every item of every category and article;
- ``macro_f1``, ``macro_precision``, ``macro_recall``: the mean of the three categories;
- ``<category>.f1``, ``<category>.precision``, ``<category>.recall`` for ``positions``,
  ``military_movements`` and ``diplomatic_contacts``;
- ``positions.holder``, ``positions.stance``: the mean field score over matched pairs, the
  holder and stance accuracy the project's targets name (0 with no matched pair);
- ``grounded``: the share of predicted evidence quotes found in the article;
- ``schema_valid``: the share of articles that produced a schema-valid extraction.

One flat namespace of names lets ``--fail-under METRIC=VALUE`` gate on any of them and a
comparison list every one of them, without either knowing how the scores are nested.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from summarise.errors import ConfigError
from summarise.evaluation.record import EvalRun
from summarise.evaluation.scoring import EvalScore
from summarise.schema import CATEGORIES

_RATES = ("f1", "precision", "recall")
# Field accuracies on matched pairs that the project's targets name.
_FIELD_METRICS = ("positions.holder", "positions.stance")
METRICS: tuple[str, ...] = (
    *_RATES,
    *(f"macro_{rate}" for rate in _RATES),
    *(f"{category}.{rate}" for category in CATEGORIES for rate in _RATES),
    *_FIELD_METRICS,
    "grounded",
    "schema_valid",
)


def metric_value(scores: EvalScore, metric: str) -> float:
    if metric in _RATES:
        return float(getattr(scores.micro, metric))
    if metric.startswith("macro_") and metric[6:] in _RATES:
        return float(getattr(scores, metric))
    if metric == "grounded":
        return scores.grounded_share
    if metric == "schema_valid":
        return scores.schema_valid_share
    for category in CATEGORIES:
        name = metric.removeprefix(f"{category}.")
        if name != metric and name in _RATES:
            return float(getattr(scores.categories[category].detection, name))
        if name != metric and metric in _FIELD_METRICS:
            field = scores.categories[category].fields.get(name)
            return field.mean if field is not None else 0.0
    raise ConfigError(f"Unknown metric '{metric}'; known metrics: {', '.join(METRICS)}.")


def parse_threshold(text: str) -> tuple[str, float]:
    """``"positions.f1=0.5"`` -> ``("positions.f1", 0.5)``."""
    metric, sep, value = (part.strip() for part in text.partition("="))
    if not sep or not metric or not value:
        raise ConfigError(f"--fail-under '{text}' must look like METRIC=VALUE, e.g. f1=0.5.")
    if metric not in METRICS:
        raise ConfigError(
            f"--fail-under '{text}': unknown metric '{metric}'; known: {', '.join(METRICS)}."
        )
    try:
        number = float(value)
    except ValueError:
        raise ConfigError(f"--fail-under '{text}': '{value}' is not a number.") from None
    if not 0.0 <= number <= 1.0:
        raise ConfigError(f"--fail-under '{text}': the value must be between 0 and 1.")
    return metric, number


@dataclass(frozen=True)
class ThresholdResult:
    """One ``--fail-under`` threshold checked: the metric's value against its minimum."""

    metric: str
    value: float
    minimum: float

    @property
    def passed(self) -> bool:
        return self.value >= self.minimum


def threshold_results(
    run: EvalRun, thresholds: Iterable[tuple[str, float]]
) -> list[ThresholdResult]:
    """Every threshold with the value it was checked against, met or not (the report's
    verdict shows them all)."""
    return [
        ThresholdResult(metric, metric_value(run.scores, metric), minimum)
        for metric, minimum in thresholds
    ]


def check_thresholds(run: EvalRun, thresholds: Iterable[tuple[str, float]]) -> list[str]:
    """One line per metric below its threshold; empty when every threshold is met."""
    return [
        f"{t.metric} is {t.value:.3f}, below the required {t.minimum:.3f}"
        for t in threshold_results(run, thresholds)
        if not t.passed
    ]
