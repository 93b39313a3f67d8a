"""What an extraction run produces, per article and in total.

These records are what ``summarise extract`` prints, what the briefing is built from and
what eval run records hold, so they carry provenance (backend identity, prompt version)
but never a secret.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from summarise.article import Article
from summarise.extraction.backends.base import Identity, Usage
from summarise.schema import ArticleExtraction


class ArticleResult(BaseModel):
    """One article's grounded extraction and how it was obtained.

    ``usage`` and ``attempts`` are what the extraction cost when it was made, cached or not;
    ``requests`` counts only requests sent in this run, so a cache hit shows zero.
    """

    article: Article
    extraction: ArticleExtraction
    backend: str
    identity: Identity = Field(default_factory=dict)
    usage: Usage = Field(default_factory=Usage)
    attempts: int = 0
    requests: int = 0
    cached: bool = False
    seconds: float = 0.0


class ArticleFailure(BaseModel):
    """An article that could not be read or extracted, and why, in words for a person.

    ``stopped`` marks the articles lost because the backend became unusable: they share one
    reason, which is worth saying once, not once per article. ``usage``, ``attempts`` and
    ``requests`` are what the failed extraction cost all the same.
    """

    name: str
    reason: str
    article_id: str | None = None
    stopped: bool = False
    usage: Usage = Field(default_factory=Usage)
    attempts: int = 0
    requests: int = 0

    def __str__(self) -> str:
        """``name: reason``, as ``summarise brief``'s progress says it after ``failed``."""
        return f"{self.name}: {self.reason}"


class RunStats(BaseModel):
    """Totals for the summary line; ``usage`` and ``requests`` are what this run spent,
    failed articles included (a cache hit spends nothing)."""

    articles: int = 0
    extracted: int = 0
    failed: int = 0
    items: int = 0
    ungrounded: int = 0
    cache_hits: int = 0
    requests: int = 0
    usage: Usage = Field(default_factory=Usage)
    seconds: float = 0.0


class RunResult(BaseModel):
    """``stopped`` says why the backend became unusable mid-run, once, for the user, and
    ``misconfigured`` whether its settings are to blame (a wrong URL, key or model);
    ``warnings`` what went wrong short of a failure; ``notes`` files skipped on purpose."""

    results: list[ArticleResult] = Field(default_factory=list)
    failures: list[ArticleFailure] = Field(default_factory=list)
    stats: RunStats = Field(default_factory=RunStats)
    stopped: str | None = None
    misconfigured: bool = False
    warnings: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
