"""The extraction cache: a paid-for extraction is never paid for twice (nor a briefing's
overview: ``summarise.overview`` keeps its replies here under keys of its own).

Entries are JSON, not pickles, so a hit is re-validated against today's schema (an entry
that no longer validates is dropped and counts as a miss) and a cache directory can be
inspected by hand. Only successes are stored: a failure must be retried next run.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import diskcache
from pydantic import BaseModel, Field, ValidationError

from summarise.article import Article
from summarise.errors import ConfigError
from summarise.extraction.backends.base import BackendResult, Identity, Usage
from summarise.plural import counted
from summarise.schema import ExtractionDraft, schema_hash

Entry = TypeVar("Entry", bound=BaseModel)


class CachedExtraction(BaseModel):
    """What one extraction cost and returned, kept so a re-run costs nothing."""

    draft: ExtractionDraft
    raw_replies: list[str] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    attempts: int = 0
    requests: int = 0
    identity: Identity = Field(default_factory=dict)
    created: datetime

    @classmethod
    def from_result(cls, result: BackendResult, identity: Identity) -> CachedExtraction:
        return cls(
            draft=result.draft,
            raw_replies=result.raw_replies,
            usage=result.usage,
            attempts=result.attempts,
            requests=result.requests,
            identity=identity,
            created=datetime.now(UTC),
        )


class CacheStats(BaseModel):
    """What the cache holds, by kind: a person clearing it should know that briefing
    overviews go with the extractions."""

    directory: str
    entries: int
    size_bytes: int
    extractions: int = 0
    overviews: int = 0

    def sentence(self) -> str:
        held = (
            f"{counted(self.extractions, 'cached extraction')} and "
            f"{counted(self.overviews, 'cached briefing overview')}"
        )
        return f"{self.directory}: {held}, {self.size_bytes / 1e6:.1f} MB"


# The kinds of entry, kept as each entry's diskcache tag so they can be counted apart.
EXTRACTION, OVERVIEW = "extraction", "overview"


def cache_key(article: Article, identity: Identity) -> str:
    """Everything that shapes the output, and nothing else (no secrets, no timestamps).

    The backend identity carries model, base URL, mode, sampling parameters and the prompt
    version and hash; the schema hash covers the model-facing schema. Title, source and
    date are in the prompt too (the date decides what ``date`` fields can say), so the
    same body from a feed and from a folder is not assumed to extract the same.
    """
    material = {
        "text": hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
        "title": article.title,
        "source": article.source,
        "published": None if article.published is None else article.published.isoformat(),
        "identity": identity,
        "schema": schema_hash(),
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode("utf-8")).hexdigest()


class ExtractionCache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        try:
            self._cache: Any = diskcache.Cache(str(directory))
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(
                f"Cannot open the cache at {directory} ({exc}): choose another --cache-dir, "
                "or delete that folder if it is damaged."
            ) from exc

    def get(self, key: str) -> CachedExtraction | None:
        return self.get_entry(key, CachedExtraction)

    def put(self, key: str, entry: CachedExtraction) -> None:
        self.put_entry(key, entry, kind=EXTRACTION)

    def get_entry(self, key: str, model: type[Entry]) -> Entry | None:
        """Any paid-for reply kept under ``key`` (an extraction, an overview), re-validated."""
        raw = self._cache.get(key)
        if raw is None:
            return None
        try:
            return model.model_validate_json(raw)
        except ValidationError:
            self._cache.delete(key)
            return None

    def put_entry(self, key: str, entry: BaseModel, *, kind: str) -> None:
        """Keep ``entry`` under ``key``; ``kind`` (``EXTRACTION``, ``OVERVIEW``) is what
        ``stats`` counts it as."""
        self._cache.set(key, entry.model_dump_json(), tag=kind)

    def stats(self) -> CacheStats:
        kinds = self._kinds()
        return CacheStats(
            directory=str(self.directory),
            entries=len(self._cache),
            size_bytes=int(self._cache.volume()),
            extractions=kinds.get(EXTRACTION, 0),
            overviews=kinds.get(OVERVIEW, 0),
        )

    def _kinds(self) -> dict[str, int]:
        """Entries per kind, from their tags in one query: diskcache has no public count by
        tag, and reading every entry of an archive's cache would take minutes. Entries
        written before kinds were tagged are read once each to tell them apart."""
        counts: dict[str, int] = dict.fromkeys((EXTRACTION, OVERVIEW), 0)
        sql = self._cache._sql
        for tag, count in sql("SELECT tag, count(*) FROM Cache GROUP BY tag").fetchall():
            if tag is not None:
                counts[tag] = counts.get(tag, 0) + int(count)
        for (key,) in sql("SELECT key FROM Cache WHERE tag IS NULL").fetchall():
            raw = self._cache.get(key)
            if raw is not None:
                counts[_kind_of(raw)] += 1
        return counts

    def clear(self) -> int:
        """Forget every entry, extractions and overviews alike; how many there were."""
        removed: int = self._cache.clear()
        return removed

    def close(self) -> None:
        self._cache.close()


def _kind_of(raw: str) -> str:
    """An untagged entry's kind: an overview's draft holds sentences, an extraction's the
    three lists."""
    try:
        draft = json.loads(raw).get("draft", {})
    except (ValueError, AttributeError):
        return EXTRACTION
    return OVERVIEW if isinstance(draft, dict) and "sentences" in draft else EXTRACTION
