"""Which actors an item involves: the one walk over an item's actor fields per category,
and the one definition of the parties an item is about.

An extracted item (``summarise.schema``) and a merged briefing item
(``summarise.briefing.model``) name these fields alike, so the same walk serves actor
resolution, merging, the parties table, ``--party`` and the HTML page's party filter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from summarise.actors import countries_in
from summarise.briefing.model import CanonicalActor
from summarise.schema import PRINCIPAL_FIELD, Category

_OTHERS: dict[Category, tuple[str, ...]] = {
    "positions": ("via", "target"),
    "military_movements": ("claimed_by",),
    "diplomatic_contacts": (),
}
_PLACES: dict[Category, tuple[str, ...]] = {
    "positions": (),
    "military_movements": ("origin", "destination"),
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
    return _actors(item, PRINCIPAL_FIELD[category])


def named_actors(category: Category, item: Any) -> list[Any]:
    """The principals, then every other actor the item names (an intermediary, a target,
    a claimant): all of them must be resolved, even those an item is not filed under."""
    return [
        *principals(category, item),
        *(actor for name in _OTHERS[category] for actor in _actors(item, name)),
    ]


def about(
    category: Category,
    item: Any,
    resolve: Callable[[Any], CanonicalActor],
    state_of: Callable[[str], str | None],
) -> frozenset[str]:
    """Ids of every party an extracted item is about: each actor it names (holder, via,
    target, participants, mover, claimants), and the state of each country those actors
    belong to or a movement leaves from or goes to ("weapons → Ukraine" is about Ukraine).

    ``--party`` and the HTML page's filter both read this, through the merged item's
    ``parties``, so a party's items are the same wherever they are asked for.
    """
    refs = [resolve(actor) for actor in named_actors(category, item)]
    places = [value for name in _PLACES[category] if (value := getattr(item, name))]
    countries = [r.country for r in refs if r.country]
    countries += [country for place in places for country in countries_in(place)]
    states = {state for country in countries if (state := state_of(country)) is not None}
    return frozenset({r.id for r in refs} | states)
