"""Words the timeline's renderers share, so Markdown and HTML say the same thing."""

from __future__ import annotations

from typing import Protocol

from summarise.plural import counted
from summarise.schema import Category
from summarise.timeline.model import Timeline, TimelineEntry, TimelineSource

KIND_LABELS: dict[Category, str] = {
    "positions": "Position",
    "military_movements": "Movement",
    "diplomatic_contacts": "Contact",
}
BASIS_NOTES = {"item date": "dated by the article", "first seen": "undated; first seen"}


def entry_label(entry: TimelineEntry) -> str:
    label = KIND_LABELS[entry.category]
    return label if entry.kind == "reported" else f"{label} update"


class _Reported(Protocol):
    @property
    def outlet(self) -> str | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def path(self) -> str | None: ...
    @property
    def article_id(self) -> str: ...


def reporter(source: _Reported) -> str:
    """Who reported: the outlet, else the article's title, else the file it was read from
    (as the briefing's list of sources names it), else its id, a hash no person knows."""
    return source.outlet or source.title or source.path or source.article_id


def source_label(source: TimelineSource) -> str:
    """``Reuters, 2022-01-21``: who reported, and when they published."""
    who = reporter(source)
    return f"{who}, {source.published.isoformat()}" if source.published else who


def filters_line(timeline: Timeline) -> str:
    f = timeline.filters
    parts = [f"store {timeline.store}"]
    if f.party_read_as:
        parts.append(f"party {f.party_read_as} (asked for as {f.party!r})")
    elif f.party:
        parts.append(f"party {f.party}")
    if len(f.categories) < len(KIND_LABELS):
        parts.append(", ".join(KIND_LABELS[c].lower() + "s" for c in f.categories))
    since_line = f.since_line()
    if since_line is not None:
        parts.append(since_line)
    return "; ".join(parts) + f". {entries_line(timeline)}"


def entries_line(timeline: Timeline) -> str:
    """What the entries are: merged items (each once, on the day first reported) and later
    changes to them, counted apart, so the figure matches the briefing's merged items."""
    reported = sum(1 for e in timeline.entries if e.kind == "reported")
    updates = len(timeline.entries) - reported
    changes = f" and {counted(updates, 'later change')}" if updates else ""
    articles = counted(timeline.articles, "article")
    return f"{counted(reported, 'merged item')}{changes} from {articles}."
