"""Per-field accuracy of a matched pair: what a found item got right and wrong.

Each field has its own rule, because a near miss means different things for different
fields: enums compare exactly, quantities within 10% (``low``, and ``high`` when either
side has one), free-text places and topics by token F1 (wording varies, content should
not), actors by name agreement. A field that does not apply to a pair (no quantity on
either side, no aligned participants) is left out rather than scored, so it cannot pull
the mean either way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from summarise.actors import FUNCTION_WORDS, tokens
from summarise.evaluation.scoring.actor_pairs import (
    aligned_actors,
    names_agree,
    optional_actors_agree,
    participant_overlap,
)
from summarise.schema import Category, DiplomaticContact, MilitaryMovement, Quantity

QUANTITY_TOLERANCE = 0.10


# A score in [0, 1], or None where the field does not apply to the pair.
FieldScorer = Callable[[Any, Any], float | None]


def _phrase_tokens(text: str) -> list[str]:
    return [w for w in tokens(text) if w not in FUNCTION_WORDS]


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


def _within_tolerance(predicted: int | None, gold: int | None) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return abs(predicted - gold) <= QUANTITY_TOLERANCE * abs(gold)


def quantity_agrees(predicted: Quantity | None, gold: Quantity | None) -> float:
    """Reports round ("some 130,000", "around 127,000"), so a near figure is the same figure."""
    if predicted is None or gold is None:
        return float(predicted is None and gold is None)
    return float(
        _within_tolerance(predicted.low, gold.low) and _within_tolerance(predicted.high, gold.high)
    )


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
    aligned = aligned_actors(p.participants, g.participants)
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
