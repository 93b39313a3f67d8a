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

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

# Where each public name is defined. They are imported on first use (PEP 562): the
# ``summarise`` command imports this package before anything else, and loading them all
# took a second or more before its entry point could handle a signal (``summarise.cli``).
_HOMES = {
    "Article": "summarise.article",
    "BriefOptions": "summarise.brief_job",
    "BriefResult": "summarise.brief_job",
    "brief": "summarise.brief_job",
    "FORMATS": "summarise.briefing",
    "Briefing": "summarise.briefing",
    "Format": "summarise.briefing",
    "build_briefing": "summarise.briefing",
    "load_aliases": "summarise.briefing",
    "render": "summarise.briefing",
    "ArticleError": "summarise.errors",
    "BackendUnavailable": "summarise.errors",
    "ConfigError": "summarise.errors",
    "SummariseError": "summarise.errors",
    "Backend": "summarise.extraction.backends.base",
    "BackendResult": "summarise.extraction.backends.base",
    "Usage": "summarise.extraction.backends.base",
    "ArticleFailure": "summarise.extraction.results",
    "ArticleResult": "summarise.extraction.results",
    "RunResult": "summarise.extraction.results",
    "RunStats": "summarise.extraction.results",
    "LoadResult": "summarise.loading",
    "load_articles": "summarise.loading",
    "load_path": "summarise.loading",
    "CATEGORIES": "summarise.schema",
    "Actor": "summarise.schema",
    "ArticleExtraction": "summarise.schema",
    "Category": "summarise.schema",
    "DiplomaticContact": "summarise.schema",
    "Evidence": "summarise.schema",
    "ExtractionDraft": "summarise.schema",
    "MilitaryMovement": "summarise.schema",
    "Position": "summarise.schema",
    "Quantity": "summarise.schema",
    "Quote": "summarise.schema",
    "Session": "summarise.session",
    "Settings": "summarise.settings",
    "load_settings": "summarise.settings",
}


def __getattr__(name: str) -> object:
    """A public name, imported from its home on first use (``_HOMES``), or a submodule:
    before the names were bound lazily, importing them bound ``summarise.schema``,
    ``summarise.briefing`` and the rest as a side effect, and callers wrote
    ``import summarise; summarise.schema.Position``. Python binds a submodule on the
    package only once it is imported, so this imports it when asked for. Anything else is
    an ``AttributeError``, as ``hasattr`` and ``getattr(…, default)`` expect."""
    home = _HOMES.get(name)
    if home is not None:
        value = getattr(importlib.import_module(home), name)
        globals()[name] = value  # found here from now on, as an eager import would have bound it
        return value
    if not name.startswith("__"):
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise  # the submodule exists and itself failed to import
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public names too, before they are first used: the module's ``globals()`` holds
    only those already imported, and ``dir(summarise)`` (a REPL's completion) should list
    the whole public surface."""
    return sorted({*globals(), *__all__})
