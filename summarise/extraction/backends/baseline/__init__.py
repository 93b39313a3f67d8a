"""The offline ``baseline`` backend: a rule-based event coder, no model.

A newcomer with no API key and no server still gets a briefing. Like the TABARI/PETRARCH
political event coders it reads sentences with trigger lexicons in verb classes
(``data/lexicon.toml``), closed word classes (``data/grammar.toml``) and the shared actor
vocabulary (``summarise.actors``); it knows no office holders: a name in the article with
its title is enough. It is fast, deterministic and explainable, and it misses what its
rules do not cover. Every quote is a span copied from the article, so every item grounds
exactly.
"""

from __future__ import annotations

from summarise.article import Article
from summarise.extraction.backends.base import BackendResult
from summarise.extraction.backends.baseline.datafiles import data_digest
from summarise.extraction.backends.baseline.extract import extract_article, extract_draft
from summarise.extraction.backends.baseline.trace import SentenceTrace, Trace

# Bump when a rule changes. The identity also carries a hash of the data files and of the
# rules' own code (``data_digest``), so a cached extraction is never served to other rules.
RULES_VERSION = "32"


class BaselineBackend:
    """``Backend`` without a model: usage, attempts and requests are always zero."""

    @property
    def name(self) -> str:
        return "baseline"

    def identity(self) -> dict[str, str | int | float | bool | None]:
        return {"backend": "baseline", "version": f"{RULES_VERSION}+{data_digest()}"}

    async def extract(self, article: Article) -> BackendResult:
        return BackendResult(draft=extract_article(article))

    async def aclose(self) -> None:
        """Nothing to release: no connection, no model."""


def explain_article(article: Article) -> list[SentenceTrace]:
    """Each sentence as the rules read it, for ``summarise extract --explain``: the same
    extraction, with a trace passed down."""
    trace = Trace(article)
    extract_article(article, trace)
    return trace.sentences


__all__ = [
    "RULES_VERSION",
    "BaselineBackend",
    "SentenceTrace",
    "explain_article",
    "extract_article",
    "extract_draft",
]
