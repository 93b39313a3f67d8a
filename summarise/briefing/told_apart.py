"""Items a reader could not tell apart: one headline for two facts gets each fact's day.

A headline says what an item is from its fields (for a contact: who, how, at what stage),
so two phone calls between the same two leaders months apart, which merging rightly keeps
apart, read "Joseph R. Biden, Jr. - Vladimir Putin · phone call · held" twice, in every
format, and a reader takes one for a repeat of the other. What tells them apart for a
reader is when each happened: the day the item names, as its article said it ("on
December 30") or as a date, else the day it was first reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from summarise.briefing.days import event_day
from summarise.briefing.model import BriefingItem, Report
from summarise.loading.datelines import named_month


def _day(report: Report) -> str | None:
    """When the report says the fact happened, in its own words when they name a month,
    else its date; else the day it was reported. None for an undated report."""
    if report.when and named_month(report.when) is not None:
        return report.when
    found = event_day(report.date, report.published)
    if found is None:
        return None
    day, basis = found
    return f"on {day.isoformat()}" if basis == "item date" else f"reported {day.isoformat()}"


def told_apart(items: Sequence[BriefingItem]) -> list[BriefingItem]:
    """``items`` with every headline that more than one of them has followed by its item's
    day (from its first report), in order. A headline only one item has is left as it is:
    the day is said where it is needed to tell facts apart, not on every line."""
    shared = Counter(item.headline for item in items)
    told: list[BriefingItem] = []
    for item in items:
        first = min(item.reports, key=lambda r: (r.source, r.article_id), default=None)
        day = _day(first) if first is not None and shared[item.headline] > 1 else None
        headline = item.headline if day is None else f"{item.headline} · {day}"
        told.append(item.model_copy(update={"headline": headline}))
    return told
