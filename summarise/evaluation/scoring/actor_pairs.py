"""Actors compared as the briefing compares them, one to one where an item names several.

Whether two names are the same party is ``summarise.actors.same_party``, the rule the
briefing's actor resolution is built on, so the eval scores the notion of "the same party"
the analyst reads. Labellers and models write the same person differently ("Mr Johnson",
"Prime Minister Boris Johnson"), and a scorer demanding the exact string would count a
correct item as wrong.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarise.actors import same_party
from summarise.schema import Actor


def names_agree(a: Actor, b: Actor) -> bool:
    return same_party(a, b)


def optional_actors_agree(a: Actor | None, b: Actor | None) -> float:
    """Two absent actors agree: leaving out a ``via`` the label also left out is right."""
    if a is None or b is None:
        return float(a is None and b is None)
    return float(names_agree(a, b))


def aligned_actors(predicted: Sequence[Actor], gold: Sequence[Actor]) -> list[tuple[int, int]]:
    """Index pairs of agreeing actors, one to one, so a repeated name is not counted twice."""
    if not predicted or not gold:
        return []
    # Imported on first use, as in pairing.pair_items: numpy and scipy take most of a
    # second to load, and ``import summarise`` reaches this package through Session.
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    agree = np.array([[float(names_agree(p, g)) for g in gold] for p in predicted])
    rows, cols = linear_sum_assignment(agree, maximize=True)
    return [(int(r), int(c)) for r, c in zip(rows, cols, strict=True) if agree[r, c] > 0]


def participant_overlap(predicted: Sequence[Actor], gold: Sequence[Actor]) -> float:
    """Jaccard overlap of two actor sets, with actors equal when their names agree."""
    matched = aligned_actors(predicted, gold)
    union = len(predicted) + len(gold) - len(matched)
    return len(matched) / union if union else 1.0
