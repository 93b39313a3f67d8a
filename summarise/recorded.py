"""What recording a briefing added to the store, as counts and one line to say them.

Apart from ``summarise.store`` because ``BriefResult`` names it: the store's package imports
sqlite-utils, which every command would pay for at start-up, and a type only imported for
type checkers leaves ``typing.get_type_hints(BriefResult)`` unable to resolve it.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarise.plural import counted


@dataclass(frozen=True)
class Recorded:
    """What recording a briefing added to the store. Briefing the same articles again adds
    nothing, and a person who runs ``--store`` twice must be told so, not shown the same
    totals as if they had been stored twice."""

    articles: int
    new_articles: int
    items: int
    new_items: int
    replaced_items: int
    ungrounded: int
    run_id: int = 0

    def sentence(self, store: str) -> str:
        """One line: what went into ``store``, new apart from already stored."""
        articles = counted(self.articles, "article")
        items = counted(self.items, "extracted item")
        if self.new_articles == 0 and self.new_items == 0:
            line = f"Nothing new recorded in {store}: the {articles} and {items} were stored"
            line += " already"
        else:
            new_articles = _new(self.new_articles, self.articles)
            new_items = _new(self.new_items, self.items)
            line = f"Recorded in {store}: {articles} ({new_articles}) and {items} ({new_items})"
        if self.replaced_items:
            replaced = counted(self.replaced_items, "extracted item")
            line += f"; {replaced} of an earlier extraction of the same articles replaced"
        if self.ungrounded:
            ungrounded = counted(self.ungrounded, "ungrounded item")
            line += f"; {ungrounded} (quotes not found) not stored"
        return line + "."


def _new(new: int, total: int) -> str:
    if new == total:
        return "new" if total == 1 else "all new"
    return f"{new:,} new, {total - new:,} already stored"
