"""Comparing two eval runs: how each metric moved, which gold items were gained or lost,
which stayed matched but with fields scored otherwise (a stance put right), and which false
positives were added or are gone."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from pydantic import BaseModel, Field

from summarise.evaluation.metrics import METRICS, metric_value
from summarise.evaluation.record import EvalRun
from summarise.evaluation.scoring import EvalScore
from summarise.evaluation.scoring.scorer import ItemPair, aggregate
from summarise.plural import counted
from summarise.schema import Category


class MetricDelta(BaseModel):
    metric: str
    current: float
    previous: float

    @property
    def delta(self) -> float:
        return self.current - self.previous


class ItemChange(BaseModel):
    """A gold item newly matched (gained) or no longer matched (lost); ``article`` is the
    article's title or file, for people, ``article_id`` its id, for programs."""

    article_id: str
    article: str
    category: Category
    gold_index: int
    description: str


class PairChange(BaseModel):
    """A gold item matched in both runs whose fields scored differently: a stance or
    holder put right (or wrong) changes no detection count, so gained and lost never show
    it. ``fields`` maps each field that moved to its score then and now."""

    article_id: str
    article: str
    category: Category
    gold_index: int
    description: str
    previous: str
    current: str
    fields: dict[str, tuple[float, float]]


class SpuriousChange(BaseModel):
    """A predicted item that matches no gold item, made by one run and not the other.
    Predicted items have no stable index between runs, so it is known by its description."""

    article_id: str
    article: str
    category: Category
    description: str


class Comparison(BaseModel):
    previous_timestamp: datetime
    previous_backend: str
    previous_labels: str = ""
    # The extractors' versions (a rules version and a hash of the rules' code and data, or
    # a model's), so a comparison says whether the code changed between the two runs.
    previous_version: str = ""
    current_version: str = ""
    metrics: list[MetricDelta]
    gained: list[ItemChange] = Field(default_factory=list)
    lost: list[ItemChange] = Field(default_factory=list)
    changed: list[PairChange] = Field(default_factory=list)
    new_spurious: list[SpuriousChange] = Field(default_factory=list)
    gone_spurious: list[SpuriousChange] = Field(default_factory=list)
    articles_shared: int = 0
    articles_added: list[str] = Field(default_factory=list)
    articles_removed: list[str] = Field(default_factory=list)

    @property
    def caveat(self) -> str | None:
        """Why the deltas are not a before and after of the same set, if they are not: a
        record of other labels would otherwise show another set's score as a gain."""
        if not self.articles_shared:
            return (
                f"it scored none of these articles (labels {self.previous_labels}): "
                "its figures are another set's, so nothing is compared"
            )
        if self.articles_added or self.articles_removed:
            return (
                f"it scored {counted(self.articles_shared + len(self.articles_removed), 'article')}"
                f" and this run {self.articles_shared + len(self.articles_added)}, "
                f"{self.articles_shared} in common: the metrics, and the items gained and "
                f"lost, are those of the {counted(self.articles_shared, 'article')} in common "
                "(each run's figures over all its articles are in its record)"
            )
        if self.current_version and self.current_version == self.previous_version:
            return (
                f"the same extractor ({self.previous_backend} {self.current_version}) ran both "
                "times, so a change here comes from the labels or the articles, not the code; "
                "check that the command ran the checkout you changed"
            )
        return None


def _matched(run: EvalRun) -> dict[tuple[str, Category, int, str], ItemChange]:
    matched = {}
    for article in run.articles:
        for category, result in article.score.categories.items():
            for pair in result.pairs:
                change = ItemChange(
                    article_id=article.article_id,
                    article=article.short_name,
                    category=category,
                    gold_index=pair.gold_index,
                    description=pair.gold,
                )
                matched[(article.article_id, category, pair.gold_index, pair.gold)] = change
    return matched


_PairKey = tuple[str, Category, int, str]


def _pairs(run: EvalRun) -> dict[_PairKey, tuple[str, ItemPair]]:
    """Each matched pair by its gold item, with the article's short name."""
    return {
        (article.article_id, category, pair.gold_index, pair.gold): (article.short_name, pair)
        for article in run.articles
        for category, result in article.score.categories.items()
        for pair in result.pairs
    }


def _pair_changes(current: EvalRun, previous: EvalRun, shared: set[str]) -> list[PairChange]:
    now, before = _pairs(current), _pairs(previous)
    changes: list[PairChange] = []
    for key in sorted(set(now) & set(before)):
        if key[0] not in shared:
            continue
        (name, pair), (_, old) = now[key], before[key]
        moved = {
            field: (old.fields.get(field, 0.0), pair.fields.get(field, 0.0))
            for field in {**old.fields, **pair.fields}
            if abs(old.fields.get(field, 0.0) - pair.fields.get(field, 0.0)) > 1e-9
        }
        if moved:
            changes.append(
                PairChange(
                    article_id=key[0],
                    article=name,
                    category=key[1],
                    gold_index=key[2],
                    description=key[3],
                    previous=old.predicted,
                    current=pair.predicted,
                    fields=moved,
                )
            )
    return changes


def _spurious(run: EvalRun, shared: set[str]) -> Counter[tuple[str, str, Category, str]]:
    """False positives by (article id, article, category, description), counted: one
    description made twice in an article is two items."""
    found: Counter[tuple[str, str, Category, str]] = Counter()
    for article in run.articles:
        if article.article_id not in shared:
            continue
        for category, result in article.score.categories.items():
            for item in result.spurious:
                found[(article.article_id, article.short_name, category, item.description)] += 1
    return found


def _changes(counts: Counter[tuple[str, str, Category, str]]) -> list[SpuriousChange]:
    return [
        SpuriousChange(article_id=i, article=a, category=c, description=d)
        for (i, a, c, d), n in sorted(counts.items())
        for _ in range(n)
    ]


def _scores_over(run: EvalRun, shared: set[str], whole: bool) -> EvalScore:
    """The run's scores over the articles both runs scored: a label added or an article
    left out moves the whole set's figures by more than any change of the extractor, and a
    delta of two different sets reads as a gain or a loss that no item shows. The run's
    own scores when both scored the same articles (``whole``) or none in common, where
    nothing is compared."""
    if whole or not shared:
        return run.scores
    return aggregate(a.score for a in run.articles if a.article_id in shared)


def compare_runs(current: EvalRun, previous: EvalRun) -> Comparison:
    """Metric deltas and the gold items gained and lost, over the articles both runs scored
    (the metrics too: ``_scores_over``).

    Gold items are identified by article, category, index and description, so an edited
    label shows its old item as lost and the new one as gained rather than hiding the edit.
    """
    shared = {a.article_id for a in current.articles} & {a.article_id for a in previous.articles}
    now = {k: v for k, v in _matched(current).items() if k[0] in shared}
    before = {k: v for k, v in _matched(previous).items() if k[0] in shared}
    spurious_now, spurious_before = _spurious(current, shared), _spurious(previous, shared)
    whole = {a.article_id for a in current.articles} == {a.article_id for a in previous.articles}
    scores_now = _scores_over(current, shared, whole)
    scores_before = _scores_over(previous, shared, whole)
    return Comparison(
        previous_timestamp=previous.timestamp,
        previous_backend=previous.config.backend,
        previous_labels=previous.config.labels_dir,
        previous_version=str(previous.config.identity.get("version") or ""),
        current_version=str(current.config.identity.get("version") or ""),
        metrics=[
            MetricDelta(
                metric=m,
                current=metric_value(scores_now, m),
                previous=metric_value(scores_before, m),
            )
            for m in METRICS
        ],
        gained=[now[k] for k in sorted(set(now) - set(before))],
        lost=[before[k] for k in sorted(set(before) - set(now))],
        changed=_pair_changes(current, previous, shared),
        new_spurious=_changes(spurious_now - spurious_before),
        gone_spurious=_changes(spurious_before - spurious_now),
        articles_shared=len(shared),
        articles_added=sorted({a.article_id for a in current.articles} - shared),
        articles_removed=sorted({a.article_id for a in previous.articles} - shared),
    )
