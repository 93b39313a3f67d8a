"""Short item ids ("P3", "M1", "C2"): a category letter and a number counted from one.

The briefing numbers its items this way and the eval report labels gold and predicted
items the same way, so a reader moving between the two meets one convention.
"""

from __future__ import annotations

from summarise.extraction.schema import Category

_PREFIX: dict[Category, str] = {
    "positions": "P",
    "military_movements": "M",
    "diplomatic_contacts": "C",
}


def item_id(category: Category, number: int) -> str:
    """``number`` counts from one, as a reader counts the items of a section."""
    return f"{_PREFIX[category]}{number}"
