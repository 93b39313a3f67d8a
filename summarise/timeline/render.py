"""One entry point for every timeline format, as ``summarise.briefing.render`` is for briefings."""

from __future__ import annotations

from collections.abc import Callable

from summarise.briefing.formats import TIMELINE_FORMATS, Format
from summarise.errors import ConfigError
from summarise.timeline.model import Timeline
from summarise.timeline.render_html import render_html
from summarise.timeline.render_markdown import render_markdown


def _json(timeline: Timeline) -> str:
    return timeline.model_dump_json(indent=2) + "\n"


_RENDERERS: dict[Format, Callable[[Timeline], str]] = {
    "md": render_markdown,
    "json": _json,
    "html": render_html,
}


def render_timeline(timeline: Timeline, fmt: Format) -> str:
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        raise ConfigError(
            f"Unknown timeline format {fmt!r}: use one of {', '.join(TIMELINE_FORMATS)}."
        )
    return renderer(timeline)
