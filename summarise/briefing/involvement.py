"""Which actors an item involves: the one walk over an item's actor fields per category.

An extracted item (``summarise.schema``) and a merged briefing item
(``summarise.briefing.model``) name these fields alike, so the same walk serves actor
resolution, merging and the parties table.
"""

from __future__ import annotations

from typing import Any

from summarise.schema import Category

_PRINCIPAL: dict[Category, str] = {
    "positions": "holder",
    "military_movements": "actor",
    "diplomatic_contacts": "participants",
}
_OTHERS: dict[Category, tuple[str, ...]] = {
    "positions": ("via", "target"),
    "military_movements": ("claimed_by",),
    "diplomatic_contacts": (),
}


def _actors(item: Any, name: str) -> list[Any]:
    """A field holding one actor, none, or a list of them, as a list."""
    value = getattr(item, name)
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def principals(category: Category, item: Any) -> list[Any]:
    """Who the item is about: a position's holder, a movement's actor, a contact's
    participants. Merging and the parties table count an item under these only."""
    return _actors(item, _PRINCIPAL[category])


def named_actors(category: Category, item: Any) -> list[Any]:
    """The principals, then every other actor the item names (an intermediary, a target,
    a claimant): all of them must be resolved, even those an item is not filed under."""
    return [
        *principals(category, item),
        *(actor for name in _OTHERS[category] for actor in _actors(item, name)),
    ]
