"""The article: the unit everything else is keyed on."""

from __future__ import annotations

import hashlib
from datetime import date

from pydantic import BaseModel, ConfigDict


class Article(BaseModel):
    """A loaded, cleaned article.

    ``id`` hashes the body as loaded (before cleaning), so improving the cleaner does not
    orphan hand labels; the cache key hashes ``text`` itself, so it does re-extract.
    """

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    path: str | None = None


def content_id(body: str) -> str:
    """Stable id of an article body: whitespace-insensitive, so re-saved copies agree."""
    normalised = " ".join(body.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]
