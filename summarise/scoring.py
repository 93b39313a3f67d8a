"""Scoring a predicted extraction against a hand label: pairing, detection, field accuracy.

Pairing. Within each category, predicted items are paired with gold items by optimal
assignment (Hungarian method) on a similarity of two parts:

- *evidence* (weight 0.6): the best Jaccard overlap, in characters, between any grounded span
  of the predicted item and any grounded span of the gold item. Evidence is what makes an
  item checkable, so it dominates; the best pair (not the union) is taken because a gold item
  restated twice is fully found by one of its quotes. Jaccard rather than the overlap
  coefficient keeps a paragraph-long quote from looking identical to every item inside it.
  Ungrounded evidence has no span and overlaps nothing.
- *actor* (weight 0.4): agreement on the key actor: the holder of a position, the actor of a
  movement (1 or 0), the Jaccard overlap of the participant sets of a contact. Names agree
  case-, accent- and title-insensitively ("Mr Johnson", "Prime Minister Boris Johnson" and
  "Boris Johnson"), when one name's words contain the other's, or, between two people, on
  the surname.

A pair is a *match* when ``similarity >= 0.5`` and the evidence overlap is positive. So an
item with the right actor needs a quote overlapping the gold quote by a sixth (a clause of the
right sentence); one with the wrong actor needs near-identical evidence (>= 5/6), which only
happens when the actor was resolved differently for the same fact. No shared evidence means
no match, whatever the actors: two statements by one person are different items.

The assignment first maximises the number of matches, then their total similarity; among
equal candidates it prefers pairs agreeing on the kind field (stance, activity, mode), so
two items drawn from one sentence pair up the way a reader would. That preference only
breaks ties and never decides whether a pair matches.

Detection and fields are reported separately, so partial credit is visible rather than
hidden: a matched pair counts as a detection hit even when its fields are wrong, and the
field scores (means over matched pairs) show what it got wrong. Enums compare exactly,
quantities within 10% (``low``, and ``high`` when either side has one), free-text places and
topics by token F1, actors by the name agreement above. Predicted items with no grounded
evidence (fabricated or misquoted) are never paired: they are false positives.

Empty cases are vacuous: precision is 1 with no predictions, recall is 1 with no gold items,
F1 is their harmonic mean (so 0 whenever either side alone is empty, 1 when both are).
Micro scores sum counts over articles and categories; macro scores average the three
category scores (each micro over articles), so a rare category weighs as much as a common one.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
from pydantic import BaseModel, Field
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment

from summarise.grounding import ground_labels
from summarise.schema import (
    CATEGORIES,
    Actor,
    ArticleExtraction,
    Category,
    DiplomaticContact,
    Evidence,
    MilitaryMovement,
    Position,
    Quantity,
    is_grounded,
)

EVIDENCE_WEIGHT = 0.6
ACTOR_WEIGHT = 0.4
MATCH_THRESHOLD = 0.5
QUANTITY_TOLERANCE = 0.10
_TIE_BREAK = 0.01
_SURNAME_SIMILARITY = 90.0

# Honorifics and offices: "Prime Minister Boris Johnson" names the same man as "Mr Johnson".
_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "madam",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "chancellor",
        "ambassador",
        "envoy",
        "general",
        "gen",
        "admiral",
        "colonel",
        "col",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "press",
        "deputy",
        "foreign",
        "defence",
        "defense",
        "chief",
        "senior",
        "senator",
        "king",
        "queen",
        "prince",
        "princess",
        "his",
        "her",
        "excellency",
        "the",
        "of",
    }
)
# Short forms of states, so "UK government" agrees with "United Kingdom government".
_ALIASES = {
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "us": "united states",
    "usa": "united states",
    "america": "united states",
    "united states of america": "united states",
}
_ALIAS_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _ALIASES), key=len)[::-1]) + r")\b")
_WORD = re.compile(r"[a-z0-9]+")
# Words that carry no content in a short phrase: "the NATO membership of Ukraine".
_STOPWORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "and",
        "or",
        "s",
        "by",
        "with",
        "from",
        "as",
    }
)


class Similarity(BaseModel):
    evidence: float
    actor: float
    total: float

    @property
    def is_match(self) -> bool:
        return self.evidence > 0 and self.total >= MATCH_THRESHOLD


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


class FieldScore(BaseModel):
    """Mean score of one field over the matched pairs where it applies."""

    total: float = 0.0
    n: int = 0

    @property
    def mean(self) -> float:
        return self.total / self.n if self.n else 0.0

    def __add__(self, other: FieldScore) -> FieldScore:
        return FieldScore(total=self.total + other.total, n=self.n + other.n)


class Detection(BaseModel):
    """True and false positives and negatives with what follows from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision: float = 1.0
    recall: float = 1.0
    f1: float = 1.0

    @classmethod
    def of(cls, tp: int, fp: int, fn: int) -> Detection:
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        denominator = precision + recall
        f1 = 2 * precision * recall / denominator if denominator else 0.0
        return cls(tp=tp, fp=fp, fn=fn, precision=precision, recall=recall, f1=f1)


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
        d, o = self.detection, other.detection
        fields = dict(self.fields)
        for name, score in other.fields.items():
            fields[name] = fields.get(name, FieldScore()) + score
        return CategoryScore(
            category=self.category,
            detection=Detection.of(d.tp + o.tp, d.fp + o.fp, d.fn + o.fn),
            fields=fields,
            gold_items=self.gold_items + other.gold_items,
            predicted_items=self.predicted_items + other.predicted_items,
            predicted_evidence=self.predicted_evidence + other.predicted_evidence,
            grounded_evidence=self.grounded_evidence + other.grounded_evidence,
        )


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
        tp = sum(r.score.detection.tp for r in self.categories.values())
        fp = sum(r.score.detection.fp for r in self.categories.values())
        fn = sum(r.score.detection.fn for r in self.categories.values())
        return Detection.of(tp, fp, fn)


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
    """Scores over every labelled article."""

    articles: int
    categories: dict[Category, CategoryScore]
    micro: Detection
    macro_precision: float
    macro_recall: float
    macro_f1: float
    grounded_share: float
    schema_valid_share: float
    cost: RunCost = Field(default_factory=RunCost)


# Names and text.


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace(".", "").replace("\u2019", "'")


def name_tokens(name: str) -> tuple[str, ...]:
    """A name's content words: aliases expanded, titles dropped (unless nothing else is left)."""
    words = _WORD.findall(_ALIAS_RE.sub(lambda m: _ALIASES[m.group(1)], _plain(name)))
    content = tuple(w for w in words if w not in _TITLES)
    return content or tuple(words)


def names_agree(a: Actor, b: Actor) -> bool:
    ta, tb = name_tokens(a.name), name_tokens(b.name)
    if not ta or not tb:
        return False
    sa, sb = set(ta), set(tb)
    if sa <= sb or sb <= sa:
        return True
    both_people = a.kind == "person" and b.kind == "person"
    return both_people and fuzz.ratio(ta[-1], tb[-1]) >= _SURNAME_SIMILARITY


def optional_actors_agree(a: Actor | None, b: Actor | None) -> float:
    if a is None or b is None:
        return float(a is None and b is None)
    return float(names_agree(a, b))


def participant_overlap(predicted: Sequence[Actor], gold: Sequence[Actor]) -> float:
    """Jaccard overlap of two actor sets, with actors equal when their names agree."""
    matched = _aligned_actors(predicted, gold)
    union = len(predicted) + len(gold) - len(matched)
    return len(matched) / union if union else 1.0


def _aligned_actors(predicted: Sequence[Actor], gold: Sequence[Actor]) -> list[tuple[int, int]]:
    if not predicted or not gold:
        return []
    agree = np.array([[float(names_agree(p, g)) for g in gold] for p in predicted])
    rows, cols = linear_sum_assignment(agree, maximize=True)
    return [(int(r), int(c)) for r, c in zip(rows, cols, strict=True) if agree[r, c] > 0]


def _phrase_tokens(text: str) -> list[str]:
    return [w for w in _WORD.findall(_plain(text)) if w not in _STOPWORDS]


def token_f1(predicted: str | None, gold: str | None) -> float:
    """Bag-of-words F1 of two short phrases; two empty phrases agree."""
    p, g = _phrase_tokens(predicted or ""), _phrase_tokens(gold or "")
    if not p or not g:
        return float(not p and not g)
    common = sum((Counter(p) & Counter(g)).values())
    if not common:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def within_tolerance(predicted: int | None, gold: int | None) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return abs(predicted - gold) <= QUANTITY_TOLERANCE * abs(gold)


def quantity_agrees(predicted: Quantity | None, gold: Quantity | None) -> float:
    if predicted is None or gold is None:
        return float(predicted is None and gold is None)
    return float(
        within_tolerance(predicted.low, gold.low) and within_tolerance(predicted.high, gold.high)
    )


# Similarity.


def _spans(item: Any) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for e in item.evidence:
        grounded = isinstance(e, Evidence) and e.grounded
        if grounded and e.start is not None and e.end is not None and e.end > e.start:
            spans.append((e.start, e.end))
    return spans


def evidence_overlap(predicted: Any, gold: Any) -> float:
    """Best character Jaccard between any grounded span of each item."""
    best = 0.0
    for ps, pe in _spans(predicted):
        for gs, ge in _spans(gold):
            inter = min(pe, ge) - max(ps, gs)
            if inter > 0:
                best = max(best, inter / (max(pe, ge) - min(ps, gs)))
    return best


def actor_agreement(category: Category, predicted: Any, gold: Any) -> float:
    if category == "positions":
        return float(names_agree(predicted.holder, gold.holder))
    if category == "military_movements":
        return float(names_agree(predicted.actor, gold.actor))
    return participant_overlap(predicted.participants, gold.participants)


def similarity(category: Category, predicted: Any, gold: Any) -> Similarity:
    evidence = evidence_overlap(predicted, gold)
    actor = actor_agreement(category, predicted, gold)
    total = EVIDENCE_WEIGHT * evidence + ACTOR_WEIGHT * actor
    return Similarity(evidence=evidence, actor=actor, total=total)


_KIND_FIELD: dict[Category, str] = {
    "positions": "stance",
    "military_movements": "activity",
    "diplomatic_contacts": "mode",
}


# Fields: each scorer gives a score in [0, 1], or None where the field does not apply.

FieldScorer = Callable[[Any, Any], float | None]


def _exact(name: str) -> FieldScorer:
    return lambda p, g: float(getattr(p, name) == getattr(g, name))


def _text(name: str) -> FieldScorer:
    return lambda p, g: token_f1(getattr(p, name), getattr(g, name))


def _actor(name: str) -> FieldScorer:
    return lambda p, g: optional_actors_agree(getattr(p, name), getattr(g, name))


def _kind(name: str) -> FieldScorer:
    return lambda p, g: float(getattr(p, name).kind == getattr(g, name).kind)


def _unit(p: MilitaryMovement[Any], g: MilitaryMovement[Any]) -> float | None:
    if p.quantity is None or g.quantity is None:
        return None
    return float(p.quantity.unit == g.quantity.unit)


def _participant_kinds(p: DiplomaticContact[Any], g: DiplomaticContact[Any]) -> float | None:
    aligned = _aligned_actors(p.participants, g.participants)
    if not aligned:
        return None
    same = sum(p.participants[i].kind == g.participants[j].kind for i, j in aligned)
    return same / len(aligned)


FIELD_SCORERS: dict[Category, dict[str, FieldScorer]] = {
    "positions": {
        "holder": lambda p, g: float(names_agree(p.holder, g.holder)),
        "holder.kind": _kind("holder"),
        "via": _actor("via"),
        "stance": _exact("stance"),
        "topic": _text("topic"),
        "target": _actor("target"),
    },
    "military_movements": {
        "actor": lambda p, g: float(names_agree(p.actor, g.actor)),
        "actor.kind": _kind("actor"),
        "activity": _exact("activity"),
        "forces": _text("forces"),
        "quantity": lambda p, g: quantity_agrees(p.quantity, g.quantity),
        "quantity.unit": _unit,
        "origin": _text("origin"),
        "destination": _text("destination"),
        "status": _exact("status"),
        "claimed_by": _actor("claimed_by"),
    },
    "diplomatic_contacts": {
        "participants": lambda p, g: participant_overlap(p.participants, g.participants),
        "participants.kind": _participant_kinds,
        "mode": _exact("mode"),
        "status": _exact("status"),
        "location": _text("location"),
        "topics": lambda p, g: token_f1(" ".join(p.topics), " ".join(g.topics)),
    },
}


def field_scores(category: Category, predicted: Any, gold: Any) -> dict[str, float]:
    scores = {name: fn(predicted, gold) for name, fn in FIELD_SCORERS[category].items()}
    return {name: s for name, s in scores.items() if s is not None}


def describe(category: Category, item: Any) -> str:
    """A short line naming an item, for tables, reports and run comparisons."""
    if isinstance(item, Position):
        return f"{item.holder.name} · {item.stance} · {item.topic}"
    if isinstance(item, MilitaryMovement):
        where = f" → {item.destination}" if item.destination else ""
        return f"{item.actor.name} · {item.activity} · {item.forces}{where}"
    if isinstance(item, DiplomaticContact):
        names = " & ".join(a.name for a in item.participants)
        return f"{names} · {item.mode} · {item.status}"
    raise TypeError(f"not an item of {category}: {type(item).__name__}")


# Pairing and scoring.


def pair_items(
    category: Category, predicted: Sequence[Any], gold: Sequence[Any]
) -> list[tuple[int, int, Similarity]]:
    """Optimal one-to-one matches: most matches first, then most similarity."""
    candidates = [i for i, item in enumerate(predicted) if is_grounded(item)]
    if not candidates or not gold:
        return []
    sims = [[similarity(category, predicted[i], g) for g in gold] for i in candidates]
    kind = _KIND_FIELD[category]
    # Any one match outweighs every possible sum of similarities, so the count comes first.
    bonus = float(min(len(candidates), len(gold)) + 1)
    weights = np.zeros((len(candidates), len(gold)))
    for r, i in enumerate(candidates):
        for c, g in enumerate(gold):
            s = sims[r][c]
            if s.is_match:
                same_kind = getattr(predicted[i], kind) == getattr(g, kind)
                weights[r, c] = bonus + s.total + _TIE_BREAK * same_kind
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [
        (candidates[r], int(c), sims[r][c])
        for r, c in zip(rows, cols, strict=True)
        if weights[r, c] > 0
    ]


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
        SpuriousItem(predicted_index=i, description=describe(category, p), grounded=is_grounded(p))
        for i, p in enumerate(predicted)
        if i not in matched_predicted
    ]
    fields: dict[str, FieldScore] = {}
    for pair in pairs:
        for name, value in pair.fields.items():
            fields[name] = fields.get(name, FieldScore()) + FieldScore(total=value, n=1)
    evidence = [e for item in predicted for e in item.evidence]
    score = CategoryScore(
        category=category,
        detection=Detection.of(len(pairs), len(spurious), len(missed)),
        fields=fields,
        gold_items=len(gold),
        predicted_items=len(predicted),
        predicted_evidence=len(evidence),
        grounded_evidence=sum(1 for e in evidence if isinstance(e, Evidence) and e.grounded),
    )
    return CategoryResult(
        category=category, pairs=pairs, missed=missed, spurious=spurious, score=score
    )


def score_article(
    text: str,
    gold: ArticleExtraction,
    predicted: ArticleExtraction | None,
    *,
    schema_valid: bool = True,
) -> ArticleScore:
    """Score one article's grounded prediction against its label.

    Gold quotes are located in ``text`` here (evidence already carrying a match is kept), so
    labels need only quotes. ``predicted=None`` (the extraction failed) scores as an empty
    prediction and as not schema-valid.
    """
    gold = ground_labels(gold, text)
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
    """Sum article scores into category, micro and macro scores."""
    articles = list(articles)
    totals = {c: CategoryScore(category=c) for c in CATEGORIES}
    for article in articles:
        for c, result in article.categories.items():
            totals[c] = totals[c] + result.score
    scores = list(totals.values())
    micro = Detection.of(
        sum(s.detection.tp for s in scores),
        sum(s.detection.fp for s in scores),
        sum(s.detection.fn for s in scores),
    )
    evidence = sum(s.predicted_evidence for s in scores)
    grounded = sum(s.grounded_evidence for s in scores)
    return EvalScore(
        articles=len(articles),
        categories=totals,
        micro=micro,
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
