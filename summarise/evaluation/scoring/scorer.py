"""Scoring one article item by item, and adding articles up into a run's scores.

An article's result keeps every pair, miss and false positive with its description, so a
run record can be read, and two runs compared, item by item without scoring anything again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel, Field

from summarise.evaluation.scoring.describe import describe
from summarise.evaluation.scoring.fields import field_scores
from summarise.evaluation.scoring.pairing import Similarity, pair_items
from summarise.evaluation.scoring.scores import (
    CategoryScore,
    Detection,
    EvalScore,
    FieldScore,
    RunCost,
    sum_fields,
)
from summarise.schema import (
    CATEGORIES,
    ArticleExtraction,
    Category,
    Evidence,
    is_grounded,
)


class ItemPair(BaseModel):
    """A gold item and the predicted item it was matched with."""

    gold_index: int
    predicted_index: int
    similarity: Similarity
    fields: dict[str, float] = Field(default_factory=dict)
    gold: str
    predicted: str


class MissedItem(BaseModel):
    """A gold item no predicted item matched: a false negative."""

    gold_index: int
    description: str
    grounded: bool = True


class SpuriousItem(BaseModel):
    """A predicted item matched to no gold item: a false positive."""

    predicted_index: int
    description: str
    grounded: bool


class CategoryResult(BaseModel):
    """One article's pairing in one category, item by item."""

    category: Category
    pairs: list[ItemPair] = Field(default_factory=list)
    missed: list[MissedItem] = Field(default_factory=list)
    spurious: list[SpuriousItem] = Field(default_factory=list)
    score: CategoryScore


class ArticleScore(BaseModel):
    article_id: str
    schema_valid: bool = True
    categories: dict[Category, CategoryResult]

    @property
    def detection(self) -> Detection:
        return sum((r.score.detection for r in self.categories.values()), Detection())


def score_category(
    category: Category, predicted: Sequence[Any], gold: Sequence[Any]
) -> CategoryResult:
    matches = pair_items(category, predicted, gold)
    pairs = [
        ItemPair(
            gold_index=g,
            predicted_index=p,
            similarity=sim,
            fields=field_scores(category, predicted[p], gold[g]),
            gold=describe(category, gold[g]),
            predicted=describe(category, predicted[p]),
        )
        for p, g, sim in sorted(matches, key=lambda m: m[1])
    ]
    matched_gold = {pair.gold_index for pair in pairs}
    matched_predicted = {pair.predicted_index for pair in pairs}
    missed = [
        MissedItem(gold_index=i, description=describe(category, g), grounded=is_grounded(g))
        for i, g in enumerate(gold)
        if i not in matched_gold
    ]
    spurious = [
        SpuriousItem(
            predicted_index=i,
            description=describe(category, p),
            grounded=is_grounded(p),
        )
        for i, p in enumerate(predicted)
        if i not in matched_predicted
    ]
    evidence = [e for item in predicted for e in item.evidence]
    score = CategoryScore(
        category=category,
        detection=Detection(tp=len(pairs), fp=len(spurious), fn=len(missed)),
        fields=sum_fields(
            {name: FieldScore(total=value, n=1) for name, value in pair.fields.items()}
            for pair in pairs
        ),
        gold_items=len(gold),
        predicted_items=len(predicted),
        predicted_evidence=len(evidence),
        grounded_evidence=sum(1 for e in evidence if isinstance(e, Evidence) and e.grounded),
    )
    return CategoryResult(
        category=category, pairs=pairs, missed=missed, spurious=spurious, score=score
    )


def score_article(
    gold: ArticleExtraction,
    predicted: ArticleExtraction | None,
    *,
    schema_valid: bool = True,
) -> ArticleScore:
    """Score one article's prediction against its label, both already grounded.

    Items are paired on their evidence spans, so a label must be grounded first
    (``summarise.extraction.grounding.ground_labels``): a quote with no span matches nothing.
    ``predicted=None`` (the extraction failed) scores as an empty prediction and as not
    schema-valid.
    """
    categories = {
        c: score_category(c, predicted.items(c) if predicted else [], gold.items(c))
        for c in CATEGORIES
    }
    return ArticleScore(
        article_id=gold.article_id,
        schema_valid=schema_valid and predicted is not None,
        categories=categories,
    )


def aggregate(articles: Iterable[ArticleScore], cost: RunCost | None = None) -> EvalScore:
    """A run's scores from its articles' counts, so no article weighs more than its items.

    Counts are summed and rates recomputed from the sums: averaging per-article rates would
    let a one-item article count as much as a thirty-item one. Macro rates then average the
    three categories, so a rare category (contacts) is not drowned by a common one.
    """
    articles = list(articles)
    totals = {c: CategoryScore(category=c) for c in CATEGORIES}
    for article in articles:
        for c, result in article.categories.items():
            totals[c] = totals[c] + result.score
    scores = list(totals.values())
    evidence = sum(s.predicted_evidence for s in scores)
    grounded = sum(s.grounded_evidence for s in scores)
    return EvalScore(
        articles=len(articles),
        categories=totals,
        micro=sum((s.detection for s in scores), Detection()),
        macro_precision=_mean(s.detection.precision for s in scores),
        macro_recall=_mean(s.detection.recall for s in scores),
        macro_f1=_mean(s.detection.f1 for s in scores),
        grounded_share=grounded / evidence if evidence else 1.0,
        schema_valid_share=(
            sum(a.schema_valid for a in articles) / len(articles) if articles else 1.0
        ),
        cost=cost or RunCost(),
    )


def _mean(values: Iterable[float]) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0
