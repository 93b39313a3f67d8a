"""``summarise eval`` as a library: labels in, a scored and recorded run out.

A run record holds everything needed to read the result later without the cache or the
model: the backend identity (never a secret: ``Settings`` is not dumped), package versions,
each article's text, gold and predicted items and their pairing, and the scores. Records
in ``evals/runs/`` are compared run to run, so a prompt change shows which gold items it
gained and which it lost, not only how a number moved.

Threshold metrics for ``--fail-under METRIC=VALUE`` (all in [0, 1]):

- ``f1``, ``precision``, ``recall``: micro, over every item of every category and article;
- ``macro_f1``, ``macro_precision``, ``macro_recall``: the mean of the three categories;
- ``<category>.f1``, ``<category>.precision``, ``<category>.recall`` for ``positions``,
  ``military_movements`` and ``diplomatic_contacts``;
- ``grounded``: the share of predicted evidence quotes found in the article;
- ``schema_valid``: the share of articles that produced a schema-valid extraction.
"""

from __future__ import annotations

import platform
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError
from rich.table import Table

from summarise.article import Article
from summarise.backends.base import Backend, Usage
from summarise.cache import ExtractionCache
from summarise.errors import ConfigError
from summarise.grounding import ground_labels
from summarise.loaders import load_articles
from summarise.pipeline import extract_articles
from summarise.results import ArticleFailure, ArticleResult, RunResult
from summarise.schema import CATEGORIES, ArticleExtraction, Category, is_grounded
from summarise.scoring import ArticleScore, EvalScore, RunCost, aggregate, describe, score_article

RUNS_DIR = Path("evals/runs")
Identity = dict[str, str | int | float | bool | None]

_RATES = ("f1", "precision", "recall")
METRICS: tuple[str, ...] = (
    *_RATES,
    *(f"macro_{rate}" for rate in _RATES),
    *(f"{category}.{rate}" for category in CATEGORIES for rate in _RATES),
    "grounded",
    "schema_valid",
)


class EvalConfig(BaseModel):
    """What was evaluated and with what: enough to repeat the run."""

    backend: str
    identity: Identity = Field(default_factory=dict)
    prompt_version: str | None = None
    labels_dir: str
    articles_dir: str
    concurrency: int


class Versions(BaseModel):
    summarise: str
    python: str
    instructor: str
    openai: str
    pydantic: str


class ArticleEval(BaseModel):
    """One labelled article: its text, both extractions, how it was obtained and its score."""

    article_id: str
    title: str | None = None
    path: str | None = None
    text: str
    gold: ArticleExtraction
    predicted: ArticleExtraction | None = None
    failure: str | None = None
    cached: bool = False
    attempts: int = 0
    usage: Usage = Field(default_factory=Usage)
    seconds: float = 0.0
    score: ArticleScore


class EvalRun(BaseModel):
    config: EvalConfig
    versions: Versions
    timestamp: datetime
    articles: list[ArticleEval]
    scores: EvalScore
    warnings: list[str] = Field(default_factory=list)


class MetricDelta(BaseModel):
    metric: str
    current: float
    previous: float

    @property
    def delta(self) -> float:
        return self.current - self.previous


class ItemChange(BaseModel):
    """A gold item newly matched (gained) or no longer matched (lost)."""

    article_id: str
    category: Category
    gold_index: int
    description: str


class Comparison(BaseModel):
    previous_timestamp: datetime
    previous_backend: str
    metrics: list[MetricDelta]
    gained: list[ItemChange] = Field(default_factory=list)
    lost: list[ItemChange] = Field(default_factory=list)
    articles_added: list[str] = Field(default_factory=list)
    articles_removed: list[str] = Field(default_factory=list)


# Labels.


def load_labels(labels_dir: Path) -> dict[str, ArticleExtraction]:
    """Every ``*.json`` label in ``labels_dir``, keyed by article id."""
    if not labels_dir.is_dir():
        raise ConfigError(f"Labels directory {labels_dir} does not exist: check the path.")
    labels: dict[str, ArticleExtraction] = {}
    origin: dict[str, Path] = {}
    for path in sorted(labels_dir.glob("*.json")):
        label = _read_label(path)
        if label.article_id in labels:
            raise ConfigError(
                f"Label files {origin[label.article_id].name} and {path.name} both label "
                f"article {label.article_id}: keep one."
            )
        labels[label.article_id] = label
        origin[label.article_id] = path
    if not labels:
        raise ConfigError(f"No *.json label files in {labels_dir}: nothing to evaluate.")
    return labels


def _read_label(path: Path) -> ArticleExtraction:
    try:
        return ArticleExtraction.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise ConfigError(f"Label file {path} cannot be read: {exc.strerror}.") from exc
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"]) or "the file"
        raise ConfigError(
            f"Label file {path.name} is invalid at {where}: {error['msg']} "
            f"({exc.error_count()} error(s)); fix it against the extraction schema."
        ) from exc


# Running.


def _versions() -> Versions:
    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "not installed"

    return Versions(
        summarise=version("summarise"),
        python=platform.python_version(),
        instructor=version("instructor"),
        openai=version("openai"),
        pydantic=version("pydantic"),
    )


def _select(labels: dict[str, ArticleExtraction], articles_dir: Path) -> list[Article]:
    loaded = load_articles([articles_dir])
    by_id = {article.id: article for article in loaded.articles}
    missing = sorted(set(labels) - set(by_id))
    if missing:
        unreadable = "; ".join(f"{f.name}: {f.reason}" for f in loaded.failures)
        hint = f" Unreadable files: {unreadable}." if unreadable else ""
        raise ConfigError(
            f"No article in {articles_dir} for label(s) {', '.join(missing)}: add the articles "
            f"or point --articles at them.{hint}"
        )
    return [article for article in loaded.articles if article.id in labels]


def _gold_warnings(article_id: str, gold: ArticleExtraction) -> list[str]:
    return [
        f"Label {article_id}: {category}[{index}] has no quote found in the article "
        f"({describe(category, item)}); it can never be matched, so fix the quote."
        for category in CATEGORIES
        for index, item in enumerate(gold.items(category))
        if not is_grounded(item)
    ]


def _article_eval(
    article: Article,
    label: ArticleExtraction,
    outcome: ArticleResult | ArticleFailure | None,
) -> ArticleEval:
    result = outcome if isinstance(outcome, ArticleResult) else None
    failure = None
    if isinstance(outcome, ArticleFailure):
        failure = outcome.reason
    elif result is None:
        failure = "the run returned no extraction for this article"
    gold = ground_labels(label, article.text)
    predicted = result.extraction if result else None
    return ArticleEval(
        article_id=article.id,
        title=article.title,
        path=article.path,
        text=article.text,
        gold=gold,
        predicted=predicted,
        failure=failure,
        cached=result.cached if result else False,
        attempts=result.attempts if result else 0,
        usage=result.usage if result else Usage(),
        seconds=result.seconds if result else 0.0,
        score=score_article(article.text, gold, predicted, schema_valid=result is not None),
    )


def run_cost(articles: Sequence[ArticleEval], total_seconds: float) -> RunCost:
    """Means over extracted articles; wall time over fresh ones only, as a hit costs nothing.

    Tokens and attempts of a cached article are those of the run that paid for it, so a
    re-run from cache reports the same cost as the original.
    """
    extracted = [a for a in articles if a.predicted is not None]
    fresh = [a for a in extracted if not a.cached]
    n = len(extracted) or 1
    return RunCost(
        articles=len(extracted),
        mean_attempts=sum(a.attempts for a in extracted) / n,
        mean_prompt_tokens=sum(a.usage.prompt_tokens for a in extracted) / n,
        mean_completion_tokens=sum(a.usage.completion_tokens for a in extracted) / n,
        mean_seconds=sum(a.seconds for a in fresh) / (len(fresh) or 1),
        total_seconds=total_seconds,
        cached=len(extracted) - len(fresh),
    )


def score_run(
    articles: Sequence[Article],
    labels: Mapping[str, ArticleExtraction],
    run: RunResult,
    config: EvalConfig,
    *,
    timestamp: datetime | None = None,
) -> EvalRun:
    """Score the labelled ones of ``articles``; an article without a result scores empty.

    Separate from ``run_eval`` so extractions obtained another way (a saved run, a test) are
    scored exactly as a live run would be.
    """
    outcomes: dict[str, ArticleResult | ArticleFailure] = {r.article.id: r for r in run.results}
    outcomes.update({f.article_id: f for f in run.failures if f.article_id is not None})
    evals = [_article_eval(a, labels[a.id], outcomes.get(a.id)) for a in articles if a.id in labels]
    warnings = [w for e in evals for w in _gold_warnings(e.article_id, e.gold)]
    warnings += [f"Article {e.article_id} failed: {e.failure}" for e in evals if e.failure]
    return EvalRun(
        config=config,
        versions=_versions(),
        timestamp=timestamp or datetime.now(UTC),
        articles=evals,
        scores=aggregate((e.score for e in evals), run_cost(evals, run.stats.seconds)),
        warnings=warnings,
    )


async def run_eval(
    labels_dir: Path,
    articles_dir: Path,
    backend: Backend,
    cache: ExtractionCache | None,
    *,
    concurrency: int = 4,
) -> EvalRun:
    """Extract every labelled article through the cache and score it against its label.

    A failed article scores as an empty prediction and is named in the warnings. The caller
    owns (and closes) the backend and the cache.
    """
    labels = load_labels(labels_dir)
    articles = _select(labels, articles_dir)
    timestamp = datetime.now(UTC)
    identity = backend.identity()
    prompt_version = identity.get("prompt_version")
    config = EvalConfig(
        backend=backend.name,
        identity=identity,
        prompt_version=None if prompt_version is None else str(prompt_version),
        labels_dir=str(labels_dir),
        articles_dir=str(articles_dir),
        concurrency=concurrency,
    )
    run = await extract_articles(articles, backend, cache=cache, concurrency=concurrency)
    return score_run(articles, labels, run, config, timestamp=timestamp)


# Run records.


def default_run_path(run: EvalRun, runs_dir: Path = RUNS_DIR) -> Path:
    """``<runs_dir>/<UTC timestamp>-<backend>.json``: names sort by time."""
    stamp = run.timestamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    backend = re.sub(r"[^A-Za-z0-9_.-]+", "-", run.config.backend).strip("-") or "backend"
    return runs_dir / f"{stamp}-{backend}.json"


def write_run_record(run: EvalRun, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(run.model_dump_json(indent=2) + "\n", encoding="utf-8")
    return path


def load_run_record(path: Path) -> EvalRun:
    try:
        return EvalRun.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise ConfigError(f"Run record {path} cannot be read: {exc.strerror}.") from exc
    except ValidationError as exc:
        raise ConfigError(
            f"Run record {path} is not a valid eval run ({exc.errors()[0]['msg']}); "
            "it may come from an older version: compare against a newer record."
        ) from exc


def latest_run_record(runs_dir: Path = RUNS_DIR, *, exclude: Path | None = None) -> Path | None:
    """The newest record in ``runs_dir`` (names sort by time), to compare a new run with."""
    if not runs_dir.is_dir():
        return None
    records = [p for p in sorted(runs_dir.glob("*.json")) if exclude is None or p != exclude]
    return records[-1] if records else None


# Metrics, thresholds, comparison.


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
        rate = metric.removeprefix(f"{category}.")
        if rate != metric and rate in _RATES:
            return float(getattr(scores.categories[category].detection, rate))
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


def check_thresholds(run: EvalRun, thresholds: Iterable[tuple[str, float]]) -> list[str]:
    """One line per metric below its threshold; empty when every threshold is met."""
    failures = []
    for metric, minimum in thresholds:
        value = metric_value(run.scores, metric)
        if value < minimum:
            failures.append(f"{metric} is {value:.3f}, below the required {minimum:.3f}")
    return failures


def _matched(run: EvalRun) -> dict[tuple[str, Category, int, str], ItemChange]:
    matched = {}
    for article in run.articles:
        for category, result in article.score.categories.items():
            for pair in result.pairs:
                change = ItemChange(
                    article_id=article.article_id,
                    category=category,
                    gold_index=pair.gold_index,
                    description=pair.gold,
                )
                matched[(article.article_id, category, pair.gold_index, pair.gold)] = change
    return matched


def compare_runs(current: EvalRun, previous: EvalRun) -> Comparison:
    """Metric deltas and the gold items gained and lost, over the articles both runs scored.

    Gold items are identified by article, category, index and description, so an edited
    label shows its old item as lost and the new one as gained rather than hiding the edit.
    """
    shared = {a.article_id for a in current.articles} & {a.article_id for a in previous.articles}
    now = {k: v for k, v in _matched(current).items() if k[0] in shared}
    before = {k: v for k, v in _matched(previous).items() if k[0] in shared}
    return Comparison(
        previous_timestamp=previous.timestamp,
        previous_backend=previous.config.backend,
        metrics=[
            MetricDelta(
                metric=m,
                current=metric_value(current.scores, m),
                previous=metric_value(previous.scores, m),
            )
            for m in METRICS
        ],
        gained=[now[k] for k in sorted(set(now) - set(before))],
        lost=[before[k] for k in sorted(set(before) - set(now))],
        articles_added=sorted({a.article_id for a in current.articles} - shared),
        articles_removed=sorted({a.article_id for a in previous.articles} - shared),
    )


# Terminal tables.


def _rate(value: float) -> str:
    return f"{value:.3f}"


def format_table(run: EvalRun) -> Table:
    """Detection per category, then micro and macro, with grounding."""
    scores = run.scores
    table = Table(title=f"Eval: {run.config.backend}, {scores.articles} article(s)")
    for column in ("category", "gold", "pred", "TP", "FP", "FN", "P", "R", "F1", "grounded"):
        table.add_column(column, justify="left" if column == "category" else "right")
    for category, s in scores.categories.items():
        d = s.detection
        table.add_row(
            category,
            str(s.gold_items),
            str(s.predicted_items),
            str(d.tp),
            str(d.fp),
            str(d.fn),
            _rate(d.precision),
            _rate(d.recall),
            _rate(d.f1),
            _rate(s.grounded_share),
        )
    m = scores.micro
    gold = sum(s.gold_items for s in scores.categories.values())
    predicted = sum(s.predicted_items for s in scores.categories.values())
    table.add_section()
    table.add_row(
        "micro",
        str(gold),
        str(predicted),
        str(m.tp),
        str(m.fp),
        str(m.fn),
        _rate(m.precision),
        _rate(m.recall),
        _rate(m.f1),
        _rate(scores.grounded_share),
    )
    table.add_row(
        "macro",
        *[""] * 5,
        _rate(scores.macro_precision),
        _rate(scores.macro_recall),
        _rate(scores.macro_f1),
        "",
    )
    cost = scores.cost
    table.caption = (
        f"schema-valid {scores.schema_valid_share:.0%} · mean attempts {cost.mean_attempts:.2f} · "
        f"mean tokens {cost.mean_tokens:.0f} · mean {cost.mean_seconds:.1f}s per fresh article · "
        f"{cost.cached} cached"
    )
    return table


def format_fields_table(run: EvalRun) -> Table:
    """Field scores on matched pairs: partial credit, apart from detection."""
    table = Table(title="Fields on matched pairs (mean score)")
    for column in ("category", "field", "pairs", "score"):
        table.add_column(column, justify="right" if column in ("pairs", "score") else "left")
    for category, s in run.scores.categories.items():
        for name, field in s.fields.items():
            table.add_row(category, name, str(field.n), _rate(field.mean))
    return table


def format_articles_table(run: EvalRun) -> Table:
    table = Table(title="Per article")
    for column in ("article", "gold", "pred", "TP", "FP", "FN", "F1", "note"):
        table.add_column(column, justify="left" if column in ("article", "note") else "right")
    for article in run.articles:
        d = article.score.detection
        gold = sum(len(article.gold.items(c)) for c in CATEGORIES)
        predicted = article.predicted.count() if article.predicted else 0
        note = "failed" if article.failure else "cached" if article.cached else ""
        name = article.title or article.path or article.article_id
        table.add_row(
            name[:40], str(gold), str(predicted), str(d.tp), str(d.fp), str(d.fn), _rate(d.f1), note
        )
    return table


def format_comparison(comparison: Comparison) -> Table:
    stamp = comparison.previous_timestamp.strftime("%Y-%m-%d %H:%M")
    table = Table(title=f"Against {comparison.previous_backend} run of {stamp} UTC")
    for column in ("metric", "previous", "current", "change"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for m in comparison.metrics:
        table.add_row(m.metric, _rate(m.previous), _rate(m.current), f"{m.delta:+.3f}")
    return table


def format_item_changes(comparison: Comparison) -> Table:
    """Gold items found now but not before (+) and found before but not now (-)."""
    table = Table(title="Gold items gained (+) and lost (-)")
    for column in ("", "article", "category", "item", "description"):
        table.add_column(column)
    changes = [("+", c) for c in comparison.gained] + [("-", c) for c in comparison.lost]
    for sign, c in changes:
        table.add_row(sign, c.article_id, c.category, str(c.gold_index), c.description)
    return table
