"""The briefing store: every briefed article and item in one SQLite file, kept over time.

A briefing answers "what is the situation now"; the store answers "when did this start"
and "how did that figure move", for the timeline and for analysts who open the file with
``sqlite3`` or Datasette. One file per scheduled briefing config (``summarise run``) or
per ``summarise brief ... --store FILE``.
"""

from summarise.recorded import Recorded
from summarise.store.database import open_store, opened
from summarise.store.times import iso_time, parse_time
from summarise.store.writing import (
    record_articles,
    record_brief,
    record_briefing,
    record_run,
    start_run,
    stored_article,
)

__all__ = [
    "Recorded",
    "iso_time",
    "open_store",
    "opened",
    "parse_time",
    "record_articles",
    "record_brief",
    "record_briefing",
    "record_run",
    "start_run",
    "stored_article",
]
