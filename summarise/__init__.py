"""summarise: crisis news articles in, a sourced, structured briefing out.

The public surface, in the order a job uses it::

    import summarise

    loaded = summarise.load_articles(["seeds/"])
    with summarise.Session(summarise.load_settings()) as session:
        run = session.extract(loaded)
    briefing = summarise.build_briefing(run.results, backend=session.label)
    print(summarise.render(briefing, "md"))

Everything not listed in ``__all__`` is internal and may change.
"""

from summarise.article import Article
from summarise.briefing import FORMATS, Briefing, Format, build_briefing, load_aliases, render
from summarise.errors import ArticleError, BackendUnavailable, ConfigError, SummariseError
from summarise.extraction.backends.base import Backend, BackendResult, Usage
from summarise.extraction.results import ArticleFailure, ArticleResult, RunResult, RunStats
from summarise.loading import LoadResult, load_articles, load_path
from summarise.schema import (
    CATEGORIES,
    Actor,
    ArticleExtraction,
    Category,
    DiplomaticContact,
    Evidence,
    ExtractionDraft,
    MilitaryMovement,
    Position,
    Quantity,
    Quote,
)
from summarise.session import Session
from summarise.settings import Settings, load_settings

__all__ = [
    "CATEGORIES",
    "FORMATS",
    "Actor",
    "Article",
    "ArticleError",
    "ArticleExtraction",
    "ArticleFailure",
    "ArticleResult",
    "Backend",
    "BackendResult",
    "BackendUnavailable",
    "Briefing",
    "Category",
    "ConfigError",
    "DiplomaticContact",
    "Evidence",
    "ExtractionDraft",
    "Format",
    "LoadResult",
    "MilitaryMovement",
    "Position",
    "Quantity",
    "Quote",
    "RunResult",
    "RunStats",
    "Session",
    "Settings",
    "SummariseError",
    "Usage",
    "build_briefing",
    "load_aliases",
    "load_articles",
    "load_path",
    "load_settings",
    "render",
]
