"""Which positions a short briefing of many articles lists under each holder.

A briefing of 500 articles has 1,700 positions, 275 of them one president's: listed in
full, its short Markdown is 3,900 lines, which nobody reads before a meeting. Past
``ABRIDGE_OVER`` positions, the short layout lists each holder's ``PER_HOLDER`` most
important (the key developments' own weights: ``importance``), and every item another
section names by its id (a key development, a new or changed item, a disputed one), in
their usual order,
then counts the rest. ``--detail full``, the HTML page (which folds long sections) and the
JSON keep every position. A briefing of a few articles is not abridged: the seeds' four
articles give one holder 22 positions, all of which their reader can take in.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarise.briefing.importance import Scorer, default_weights
from summarise.briefing.model import Briefing, PositionItem

# Positions a short briefing lists in full; beyond it each holder's are abridged.
ABRIDGE_OVER = 150
# How many of one holder's positions an abridged briefing lists.
PER_HOLDER = 8


def named_elsewhere(briefing: Briefing) -> set[str]:
    """The ids other sections name (key developments, new and changed items, "Disputed or
    inconsistent"): a line there must find its item in the section."""
    named = {line.item for line in briefing.key_developments}
    named |= {item.id for item in briefing.disputed()}
    if briefing.changes is not None:
        named |= set(briefing.changes.new_items)
        named |= {change.item for change in briefing.changes.changed}
    return named


class Abridger:
    """Keeps a holder's most important positions when the briefing has too many to list."""

    def __init__(self, briefing: Briefing) -> None:
        self._on = len(briefing.positions) > ABRIDGE_OVER
        self._named = named_elsewhere(briefing) if self._on else set()
        self._scorer = Scorer(briefing, default_weights()) if self._on else None

    def kept(self, positions: Sequence[PositionItem]) -> list[PositionItem]:
        """``positions`` (one holder's, in section order) as the short layout lists them."""
        if self._scorer is None or len(positions) <= PER_HOLDER + 1:
            # "and 1 more position" would take the line the position takes.
            return list(positions)
        scorer = self._scorer
        ranked = sorted(range(len(positions)), key=lambda i: (-scorer.score(positions[i]).total, i))
        keep = set(ranked[:PER_HOLDER])
        keep |= {i for i, p in enumerate(positions) if p.id in self._named}
        return [p for i, p in enumerate(positions) if i in keep]
