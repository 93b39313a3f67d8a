"""Words for the schema's codes, shared by every renderer so they all say the same thing."""

from __future__ import annotations

from summarise.schema import Category, Quantity

CATEGORY_TITLES: dict[Category, str] = {
    "positions": "Positions",
    "military_movements": "Military movements",
    "diplomatic_contacts": "Diplomatic contacts",
}

MODE_LABELS: dict[str, str] = {
    "phone_call": "phone call",
    "video_call": "video call",
    "meeting": "meeting",
    "visit": "visit",
    "talks": "talks",
    "summit": "summit",
    "correspondence": "correspondence",
    "other": "contact",
}

FIELD_LABELS: dict[str, str] = {"quantity": "figure", "date": "date", "status": "status"}

_UNIT_WORDS: dict[str, str] = {
    "troops": "troops",
    "aircraft": "aircraft",
    "ships": "ships",
    "vehicles": "vehicles",
    "weapons": "weapons",
    "other": "",
}


def quantity_text(quantity: Quantity) -> str:
    """The figure as a reader says it: "about 130,000 troops", "100,000-130,000 troops"."""
    figure = f"{quantity.low:,}"
    if quantity.high is not None and quantity.high != quantity.low:
        figure = f"{quantity.low:,}\u2013{quantity.high:,}"
    prefix = "about " if quantity.approximate else ""
    return " ".join(part for part in (f"{prefix}{figure}", _UNIT_WORDS[quantity.unit]) if part)
