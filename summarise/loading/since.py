"""``--since``: the articles published on or after a day, and how many were left out, why.

An article without a date cannot be placed after any day, so it is left out too; counting
the two reasons apart lets the person see that "older" was not the only one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from summarise.article import Article


@dataclass(frozen=True)
class SinceFilter:
    """The articles kept, and how many were left out as older or as undated."""

    kept: list[Article]
    older: int
    undated: int


def published_since(articles: Sequence[Article], since: date) -> SinceFilter:
    kept = [a for a in articles if a.published is not None and a.published >= since]
    undated = sum(1 for a in articles if a.published is None)
    return SinceFilter(kept=kept, older=len(articles) - len(kept) - undated, undated=undated)
