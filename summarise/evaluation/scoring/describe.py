"""One line naming an item, the same wherever items are listed."""

from __future__ import annotations

from typing import Any

from summarise.schema import Category, DiplomaticContact, MilitaryMovement, Position


def describe(category: Category, item: Any) -> str:
    """Shared by tables, reports and run comparisons, so one item reads the same in each."""
    if isinstance(item, Position):
        return f"{item.holder.name} · {item.stance} · {item.topic}"
    if isinstance(item, MilitaryMovement):
        where = f" → {item.destination}" if item.destination else ""
        return f"{item.actor.name} · {item.activity} · {item.forces}{where}"
    if isinstance(item, DiplomaticContact):
        names = " & ".join(a.name for a in item.participants)
        return f"{names} · {item.mode} · {item.status}"
    raise TypeError(f"not an item of {category}: {type(item).__name__}")
