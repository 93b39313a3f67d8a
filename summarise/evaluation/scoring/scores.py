"""The numbers a scored run reports, and how they add up across articles and categories.

Empty cases are vacuous: precision is 1 with no predictions, recall is 1 with no gold items,
F1 is their harmonic mean (so 0 whenever either side alone is empty, 1 when both are), so an
article with nothing to find and nothing found costs no points. Such a rate is a convention,
not a measurement: ``Detection.undefined`` names it, tables print it as "n/a", and a record
keeps both (the number, for sums and for readers of older records, and the list). Counts
add; rates are always recomputed from the summed counts, never averaged, except where a
macro score says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Literal

from pydantic import BaseModel, Field, computed_field

from summarise.schema import Category

Rate = Literal["precision", "recall", "f1"]


class FieldScore(BaseModel):
    """Mean score of one field over the matched pairs where it applies."""

    total: float = 0.0
    n: int = 0

    @property
    def mean(self) -> float:
        return self.total / self.n if self.n else 0.0

    def __add__(self, other: FieldScore) -> FieldScore:
        return FieldScore(total=self.total + other.total, n=self.n + other.n)


def sum_fields(scores: Iterable[Mapping[str, FieldScore]]) -> dict[str, FieldScore]:
    """Field scores added up by name, in the order the names first appear."""
    total: dict[str, FieldScore] = {}
    for fields in scores:
        for name, score in fields.items():
            total[name] = total.get(name, FieldScore()) + score
    return total


class Detection(BaseModel):
    """True and false positives and negatives with what follows from them.

    The rates are computed from the counts, never stored apart from them, so they cannot
    disagree; they are still serialised, so a run record reads without this code. Rates in
    a record are ignored on loading and recomputed.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        precision, recall = self.precision, self.recall
        denominator = precision + recall
        return 2 * precision * recall / denominator if denominator else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def undefined(self) -> list[Rate]:
        """The rates with nothing to divide by: precision when nothing was predicted, recall
        when there was nothing to find, F1 when both. Their values are the vacuous 1 of the
        convention, which reads as a perfect score unless this says otherwise."""
        rates: list[Rate] = []
        if not self.tp + self.fp:
            rates.append("precision")
        if not self.tp + self.fn:
            rates.append("recall")
        if len(rates) == 2:
            rates.append("f1")
        return rates

    def __add__(self, other: Detection) -> Detection:
        return Detection(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)


class CategoryScore(BaseModel):
    """One category's detection, field and grounding scores."""

    category: Category
    detection: Detection = Field(default_factory=Detection)
    fields: dict[str, FieldScore] = Field(default_factory=dict)
    gold_items: int = 0
    predicted_items: int = 0
    predicted_evidence: int = 0
    grounded_evidence: int = 0

    @property
    def grounded_share(self) -> float:
        return self.grounded_evidence / self.predicted_evidence if self.predicted_evidence else 1.0

    def __add__(self, other: CategoryScore) -> CategoryScore:
        return CategoryScore(
            category=self.category,
            detection=self.detection + other.detection,
            fields=sum_fields([self.fields, other.fields]),
            gold_items=self.gold_items + other.gold_items,
            predicted_items=self.predicted_items + other.predicted_items,
            predicted_evidence=self.predicted_evidence + other.predicted_evidence,
            grounded_evidence=self.grounded_evidence + other.grounded_evidence,
        )


class RunCost(BaseModel):
    """What the extraction cost, passed through from the run: means are per article."""

    articles: int = 0
    mean_attempts: float = 0.0
    mean_prompt_tokens: float = 0.0
    mean_completion_tokens: float = 0.0
    mean_seconds: float = 0.0
    total_seconds: float = 0.0
    cached: int = 0

    @property
    def mean_tokens(self) -> float:
        return self.mean_prompt_tokens + self.mean_completion_tokens


class EvalScore(BaseModel):
    """Scores over every labelled article.

    Micro scores sum counts over articles and categories; macro scores average the three
    category scores (each micro over articles), so a rare category weighs as much as a
    common one.
    """

    articles: int
    categories: dict[Category, CategoryScore]
    micro: Detection
    macro_precision: float
    macro_recall: float
    macro_f1: float
    grounded_share: float
    schema_valid_share: float
    cost: RunCost = Field(default_factory=RunCost)
