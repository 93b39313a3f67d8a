""" "Key developments": the few merged items a briefing leads with, one plain sentence each.

Items are taken in order of importance (``importance``), greedily, so that the lines are
different developments: while choosing, an item loses weight for every chosen item that
says the same kind of thing about the same principal (a second position of one speaker, a
second build-up by one army, a second call of one leader), and more when all its quoted
words are already quoted by a chosen item (a call reported as a contact and as the
positions voiced in it). Items whose sources give different figures are always shown,
after the others. The order depends only on the items: ties go to the item listed first
in the briefing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from summarise.briefing.importance import Scorer, Weights, default_weights, is_combat
from summarise.briefing.involvement import principals
from summarise.briefing.model import (
    Briefing,
    BriefingItem,
    ContactItem,
    KeyDevelopment,
    MovementItem,
    PositionItem,
)
from summarise.briefing.plain import plain_sentence
from summarise.schema import CATEGORIES

Span = tuple[str, int, int]


@dataclass(frozen=True)
class _Candidate:
    item: BriefingItem
    score: float
    reasons: tuple[str, ...]
    kind: tuple[str, str]
    principals: frozenset[str]
    spans: frozenset[Span]
    partners: frozenset[str]

    @property
    def disputed_figure(self) -> bool:
        return any(d.field == "quantity" for d in self.item.disagreements)


def _code(item: BriefingItem) -> str:
    """What kind of thing the item reports, for variety: a movement's activity, a contact's
    mode; positions are one kind, since one speaker's statements are mostly one occasion."""
    if isinstance(item, PositionItem):
        return ""
    if isinstance(item, MovementItem):
        return item.activity
    assert isinstance(item, ContactItem)
    return item.mode


def _spans(item: BriefingItem) -> frozenset[Span]:
    return frozenset(
        (r.article_id, q.start, q.end)
        for r in item.reports
        for q in r.quotes
        if q.start is not None and q.end is not None
    )


def _opening(item: BriefingItem) -> tuple[str, int]:
    """The article an item is first quoted from, and how far into it."""
    starts = [(r.article_id, q.start) for r in item.reports for q in r.quotes]
    return min(((a, s) for a, s in starts if s is not None), default=("", 0))


def _listing(candidates: Sequence[_Candidate]) -> list[_Candidate]:
    """The candidates in the order ties are broken: as listed, except that equally
    important items of one article come in the order the article states them (a
    statement puts its main measure first)."""
    slots: dict[tuple[str, float], list[int]] = defaultdict(list)
    for index, candidate in enumerate(candidates):
        slots[(_opening(candidate.item)[0], candidate.score)].append(index)
    order = list(candidates)
    for indices in slots.values():
        stated = sorted((candidates[i] for i in indices), key=lambda c: _opening(c.item)[1])
        for index, candidate in zip(indices, stated, strict=True):
            order[index] = candidate
    return order


def _within(a: frozenset[Span], b: frozenset[Span]) -> bool:
    """Every quote of ``a`` overlaps a quote of ``b``: ``a`` says nothing ``b`` does not quote."""
    return bool(a) and all(any(x[0] == y[0] and x[1] < y[2] and y[1] < x[2] for y in b) for x in a)


def _adjusted(candidate: _Candidate, chosen: Sequence[_Candidate], weights: Weights) -> float:
    score = candidate.score
    for other in chosen:
        if other.kind == candidate.kind and other.principals & candidate.principals:
            score *= weights.variety.same_principal
        if _within(candidate.spans, other.spans) or other.item.id in candidate.partners:
            score *= weights.variety.same_quote
    return score


def ranked(briefing: Briefing, weights: Weights | None = None) -> list[tuple[BriefingItem, float]]:
    """Every item with its importance, most important first (before variety is applied)."""
    scorer = Scorer(briefing, weights or default_weights())
    items = [i for c in CATEGORIES for i in briefing.items(c)]
    scored = [(item, scorer.score(item).total) for item in items]
    return [pair for _, pair in sorted(enumerate(scored), key=lambda p: (-p[1][1], p[0]))]


def key_developments(
    briefing: Briefing, count: int | None = None, weights: Weights | None = None
) -> list[KeyDevelopment]:
    """The lines of "Key developments" for ``briefing``, most important first."""
    weights = weights or default_weights()
    limit = weights.count if count is None else count
    scorer = Scorer(briefing, weights)
    candidates: list[_Candidate] = []
    for category in CATEGORIES:
        for item in briefing.items(category):
            score = scorer.score(item)
            candidates.append(
                _Candidate(
                    item=item,
                    score=score.total,
                    reasons=score.reasons,
                    kind=(category, _code(item)),
                    principals=frozenset(a.id for a in principals(category, item)),
                    spans=_spans(item),
                    partners=scorer.partners.get(item.id, frozenset()),
                )
            )
    chosen: list[_Candidate] = []
    left = _listing(candidates)
    while left and len(chosen) < limit:
        best = max(
            range(len(left)),
            key=lambda i: (round(_adjusted(left[i], chosen, weights), 6), -i),
        )
        chosen.append(left.pop(best))
    disputed = [c for c in sorted(left, key=lambda c: -c.score) if c.disputed_figure]
    chosen.extend(disputed[: weights.disputes.shown])
    return [
        KeyDevelopment(
            item=c.item.id,
            sentence=plain_sentence(
                c.item,
                empty=weights.form.empty,
                combat=is_combat(c.item, weights.escalation.combat.words),
            ),
            sources=c.item.sources,
            score=c.score,
            reasons=list(c.reasons),
            disputed=c.disputed_figure,
        )
        for c in chosen
    ]


def with_key_developments(briefing: Briefing, count: int | None = None) -> Briefing:
    """``briefing`` with its "Key developments" (re)computed, e.g. once changes are known."""
    return briefing.model_copy(update={"key_developments": key_developments(briefing, count)})
