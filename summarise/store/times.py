"""Times as the store writes them: ISO 8601 in UTC with a ``Z``, which sorts as it reads."""

from __future__ import annotations

import datetime as dt


def iso_time(when: dt.datetime) -> str:
    """``2026-11-23T06:00:00Z``; a naive time is taken to be UTC already."""
    aware = when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)
    return aware.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def parse_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)
