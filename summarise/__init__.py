"""summarise: crisis news articles in, a sourced, structured briefing out.

The public surface, in the order a job uses it::

    import summarise

    loaded = summarise.load_articles(["seeds/"])
    with summarise.Session(summarise.load_settings()) as session:
        done = summarise.brief(session, loaded, summarise.BriefOptions(party="Russia"))
    if done.briefing is not None:  # None: every article failed (``done.run.failures``)
        print(summarise.render(done.briefing, "md"))

``brief`` is what ``summarise brief`` and ``summarise run`` do; ``Session.extract`` and
``build_briefing`` are its steps, for a caller who wants them apart.

Everything not listed in ``__all__`` is internal and may change.
"""

from summarise.article import Article
from summarise.brief_job import BriefOptions, BriefResult, brief
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
    "BriefOptions",
    "BriefResult",
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
    "brief",
    "build_briefing",
    "load_aliases",
    "load_articles",
    "load_path",
    "load_settings",
    "render",
]
