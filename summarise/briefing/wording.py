"""Words for the schema's codes, shared by every renderer so they all say the same thing."""

from __future__ import annotations

import re

from summarise.briefing.forces_words import bound_words
from summarise.briefing.model import Briefing, Changes, Overview
from summarise.plural import counted
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

UNIT_WORDS: dict[str, str] = {
    "troops": "troops",
    "aircraft": "aircraft",
    "ships": "ships",
    "vehicles": "vehicles",
    "weapons": "weapons",
    "other": "",
}


def quantity_text(quantity: Quantity, bound: str | None = None) -> str:
    """The figure as a reader says it: "about 130,000 troops", "100,000-130,000 troops";
    an approximate figure the source bounds ("more than", ``figure_bound``) with that
    bound, since the schema's quantity cannot say it and "about" would misstate it."""
    figure = f"{quantity.low:,}"
    if quantity.high is not None and quantity.high != quantity.low:
        figure = f"{quantity.low:,}\u2013{quantity.high:,}"
    prefix = f"{bound or 'about'} " if quantity.approximate else ""
    return " ".join(part for part in (f"{prefix}{figure}", UNIT_WORDS[quantity.unit]) if part)


_CUES = "|".join(sorted(["about", *bound_words()], key=len, reverse=True))
_FIGURE = re.compile(rf"^(?:(?:{_CUES}) )?([0-9][0-9,]*)(?:\u2013([0-9][0-9,]*))?(?: |$)")


def quantity_bounds(text: str) -> tuple[int, int | None] | None:
    """The low and high ends of a figure ``quantity_text`` wrote, for charts drawn from a
    briefing (which keeps figures as words); None for any other text."""
    found = _FIGURE.match(text)
    if found is None:
        return None
    low, high = found.groups()
    return int(low.replace(",", "")), int(high.replace(",", "")) if high else None


def overview_note(overview: Overview) -> str:
    """Who wrote the overview and what the check kept: the same words in every format."""
    note = (
        f"Written by {overview.written_by} from the items below and checked against their "
        f"quotes: {len(overview.claims)} of {counted(overview.written, 'sentence')} kept"
    )
    reasons = [
        (overview.dropped_for("uncited"), "cited no item"),
        (overview.dropped_for("unknown_item"), "cited an item that does not exist"),
        (overview.dropped_for("unsupported"), "stated a number, name or date its items do not"),
        (overview.dropped_for("repeated"), "repeated a kept sentence"),
    ]
    dropped = [f"{count} {why}" for count, why in reasons if count]
    return note + (f" (dropped: {'; '.join(dropped)})." if dropped else ".")


# How many dropped items and gone articles a "New since" section names; the rest are
# counted ("and 12 more"): a 24-hour window drops a day's items every run, and the JSON
# has them all.
MAX_GONE_NAMED = 5


def _some(names: list[str]) -> str:
    shown = "; ".join(names[:MAX_GONE_NAMED])
    rest = len(names) - MAX_GONE_NAMED
    return shown + (f"; and {rest:,} more" if rest > 0 else "")


def gone_sentences(changes: Changes) -> list[str]:
    """What the last briefing had that this one lacks, the same in every format (renderers
    escape it): the articles no longer read, then the items no longer here."""
    sentences = []
    if changes.articles_gone:
        sentences.append(
            f"No longer read: {counted(len(changes.articles_gone), 'article')} (out of the "
            f"window, removed or no longer listed): {_some(changes.articles_gone)}"
        )
    if changes.dropped:
        sentences.append(
            f"Dropped: {counted(len(changes.dropped), 'item')} of the last briefing: "
            f"{_some(changes.dropped)}"
        )
    return sentences


def disputed_said(briefing: Briefing) -> str:
    """The Summary's count of the "Disputed or inconsistent" list, with what the sources
    disagree on: "9 items on which the sources disagree (1 on a figure, 8 on a status)". It
    said "with disputed or inconsistent figures" when eight of the nine were a call held in
    one source and planned in another, which a reader took for figures."""
    disputed = briefing.disputed()
    fields = [d.field for item in disputed for d in item.disagreements]
    kinds = ", ".join(
        f"{fields.count(field)} on a {label}"
        for field, label in FIELD_LABELS.items()
        if field in fields
    )
    said = f"{counted(len(disputed), 'item')} on which the sources disagree"
    return f"{said} ({kinds})" if kinds else said


def disputed_not_led(briefing: Briefing) -> str | None:
    """What "Key developments" leaves out of the items whose sources give different
    figures (it shows the most important few), pointing to where they are; None when it
    leaves none out or is not shown. The same words in every format."""
    if briefing.key_developments_asked == 0:
        return None
    led = {line.item for line in briefing.key_developments}
    left = [
        item
        for item in briefing.disputed()
        if item.id not in led and any(d.field == "quantity" for d in item.disagreements)
    ]
    if not left:
        return None
    return (
        f"And {counted(len(left), 'more item')} whose sources give different figures: "
        "see Disputed or inconsistent."
    )
