"""The timeline as Markdown: a heading per day, an entry per item or change, its sources.

Article text is escaped exactly as in the briefing (``summarise.briefing.render_markdown``),
so a quote can never become a link, an image or HTML when the Markdown is rendered.
"""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from summarise.briefing.render_markdown import md
from summarise.timeline.model import Timeline, TimelineEntry, TimelineSource
from summarise.timeline.wording import (
    BASIS_NOTES,
    entry_label,
    filters_line,
    reporter,
    source_label,
)


class _Labels(dict[tuple[str, dt.date | None], str]):
    """Source labels escaped once per reporter and day: a long timeline cites the same few
    hundred tens of thousands of times, and escaping them was a third of its rendering."""

    def of(self, source: TimelineSource) -> str:
        key = (reporter(source), source.published)
        label = self.get(key)
        if label is None:
            label = self[key] = md(source_label(source))
        return label


def _entry(entry: TimelineEntry, labels: _Labels) -> list[str]:
    marks = "".join(f" — *{md(mark.text)}*" for mark in entry.marks)
    note = f" ({BASIS_NOTES[entry.basis]})" if entry.basis in BASIS_NOTES else ""
    lines = [f"- **{entry_label(entry)}** · {md(entry.headline)}{marks}{note}"]
    for source in entry.sources:
        value = f" ({md(source.value)})" if source.value else ""
        quote = f" “{md(source.quote)}”" if source.quote else ""
        line = f"  - {labels.of(source)}{value}:{quote}"
        if source.url and source.url.startswith(("https://", "http://")):
            line += f" <{source.url.replace('>', '%3E').replace(' ', '%20')}>"
        lines.append(line)
    return lines


def render_markdown(timeline: Timeline) -> str:
    lines = ["# Timeline", "", md(filters_line(timeline)), ""]
    labels = _Labels()
    if not timeline.entries:
        lines.extend(["Nothing in the store matches.", ""])
    for day, entries in groupby(timeline.entries, key=lambda e: e.day):
        lines.extend([f"## {day.isoformat()}", ""])
        for entry in entries:
            lines.extend(_entry(entry, labels))
        lines.append("")
    lines.extend(["---", "", f"Generated {timeline.generated_at.isoformat()}.", ""])
    return "\n".join(lines)
