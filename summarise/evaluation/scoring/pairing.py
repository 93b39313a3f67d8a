"""Which predicted item answers which gold item, within one category.

Predicted items are paired with gold items by optimal assignment (Hungarian method) on a
similarity of two parts:

- *evidence* (weight 0.6): the best Jaccard overlap, in characters, between any grounded span
  of the predicted item and any grounded span of the gold item. Evidence is what makes an
  item checkable, so it dominates; the best pair (not the union) is taken because a gold item
  restated twice is fully found by one of its quotes. Jaccard rather than the overlap
  coefficient keeps a paragraph-long quote from looking identical to every item inside it.
  Ungrounded evidence has no span and overlaps nothing.
- *actor* (weight 0.4): agreement on the key actor: the holder of a position, the actor of a
  movement (1 or 0), the Jaccard overlap of the participant sets of a contact, with names
  compared as in ``summarise.evaluation.scoring.actor_pairs``.

A pair is a *match* when ``similarity >= 0.5`` and the evidence overlap is positive. So an
item with the right actor needs a quote overlapping the gold quote by a sixth (a clause of the
right sentence); one with the wrong actor needs near-identical evidence (>= 5/6), which only
happens when the actor was resolved differently for the same fact. No shared evidence means
no match, whatever the actors: two statements by one person are different items.

The assignment first maximises the number of matches; then, among the matches it could
make, it prefers pairs agreeing on the kind field (stance, activity, mode), and only then
the total similarity. A reader pairs a predicted demand with the labelled demand of its
sentence, not with the labelled accusation whose quote happens to overlap it more: scored
by overlap alone, the demand counts as a wrong stance and the accusation as found, the
reverse of what was extracted. The preference never decides whether a pair matches, so it
changes no count of found, missed or spurious items, only which labelled item each found
one is compared with. Predicted items with no grounded evidence (fabricated or misquoted)
are never paired: they are false positives.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from summarise.evaluation.scoring.actor_pairs import names_agree, participant_overlap
from summarise.schema import Category, Evidence, is_grounded

EVIDENCE_WEIGHT = 0.6
ACTOR_WEIGHT = 0.4
MATCH_THRESHOLD = 0.5
# Agreeing on the kind field outweighs any difference of similarity (at most 1), never a match.
_KIND_PREFERENCE = 1.0

_KIND_FIELD: dict[Category, str] = {
    "positions": "stance",
    "military_movements": "activity",
    "diplomatic_contacts": "mode",
}


class Similarity(BaseModel):
    evidence: float
    actor: float
    total: float

    @property
    def is_match(self) -> bool:
        return self.evidence > 0 and self.total >= MATCH_THRESHOLD


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


def pair_items(
    category: Category, predicted: Sequence[Any], gold: Sequence[Any]
) -> list[tuple[int, int, Similarity]]:
    """One-to-one ``(predicted, gold, similarity)`` matches: most matches, same kind, similarity."""
    candidates = [i for i, item in enumerate(predicted) if is_grounded(item)]
    if not candidates or not gold:
        return []
    # numpy and scipy take most of a second to load: imported when a pairing is first
    # made, not by ``import summarise``, which reaches this package through Session's
    # ``EvalRun``.
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    sims = [[similarity(category, predicted[i], g) for g in gold] for i in candidates]
    kind = _KIND_FIELD[category]
    # Any one match outweighs every possible sum of preferences and similarities (at most
    # 2 a pair), so the count comes first.
    bonus = float(2 * min(len(candidates), len(gold)) + 1)
    weights = np.zeros((len(candidates), len(gold)))
    for r, i in enumerate(candidates):
        for c, g in enumerate(gold):
            s = sims[r][c]
            if s.is_match:
                same_kind = getattr(predicted[i], kind) == getattr(g, kind)
                weights[r, c] = bonus + _KIND_PREFERENCE * same_kind + s.total
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [
        (candidates[r], int(c), sims[r][c])
        for r, c in zip(rows, cols, strict=True)
        if weights[r, c] > 0
    ]
