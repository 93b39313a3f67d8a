"""The day an item goes on a chart or a timeline: when it happened, or else when reported.

An item carries its own date only where the article makes it certain; that date is used
unless it is after the article's publication, which makes it a plan ("will meet on the
10th"), shown on the day it was reported rather than as if it had already happened.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from summarise.briefing.merge import iso_date

# What a day rests on; "first seen" is the store's last resort for an undated article.
DayBasis = Literal["item date", "published", "first seen"]


def event_day(own_date: str | None, published: dt.date | None) -> tuple[dt.date, DayBasis] | None:
    """The day and what it rests on; None when neither the item nor the article is dated."""
    own = iso_date(own_date)
    if own is not None and (published is None or own <= published):
        return own, "item date"
    if published is not None:
        return published, "published"
    return None
