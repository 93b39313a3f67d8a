"""Titles and dates for a draft, from metadata fields or from the body itself.

Metadata arrives loosely typed: YAML turns ``published: 2022-01-29`` into a ``date`` and
``title: 1984`` into an int, and JSON exports write dates in any style. A field that cannot
be read is treated as absent rather than failing the article, and the body's own headline
or dateline fills in; a date field that was given but names no real day ("2022-02-30") also
yields a warning, so the person learns why the article is undated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from summarise.loading.datelines import dateline_date, first_date
from summarise.loading.headlines import looks_like_headline

# The fields a publication date is read from, in front matter and records, first first.
DATE_FIELDS = ("published", "date")


def headline(body: str) -> str | None:
    """The body's first line when it reads as a headline."""
    first = next((line.strip() for line in body.split("\n") if line.strip()), None)
    return first if first is not None and looks_like_headline(first) else None


def markdown_heading(body: str) -> str | None:
    """The text of a Markdown heading (``# ...``) that opens the body."""
    first = next((line.strip() for line in body.split("\n") if line.strip()), "")
    if not first.startswith("#"):
        return None
    return first.lstrip("#").strip() or None


def as_text(value: object) -> str | None:
    """A scalar field as text; lists, mappings and blanks count as absent."""
    if isinstance(value, str | int | float | date):
        return str(value).strip() or None
    return None


def as_date(value: object) -> date | None:
    """A date field: a date, a datetime, an ISO string or a date written in words."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return first_date(value)


_SHOWN_CHARS = 40


def published_date(
    fields: Mapping[str, object], names: Sequence[str], body: str
) -> tuple[date | None, tuple[str, ...]]:
    """The first of the ``names`` fields that holds a date, else the body's dateline; and a
    warning when a field was given but holds no real date."""
    unreadable: tuple[str, object] | None = None
    found: date | None = None
    for name in names:
        value = fields.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        found = as_date(value)
        if found is not None:
            break
        unreadable = unreadable or (name, value)
    if found is None:
        found = dateline_date(body)
    if unreadable is None:
        return found, ()
    name, value = unreadable
    shown = " ".join(str(value).split())[:_SHOWN_CHARS]
    outcome = (
        "the article is left undated" if found is None else f"{found.isoformat()} is used instead"
    )
    return found, (f"{name} '{shown}' is not a valid date (write YYYY-MM-DD); {outcome}",)
