"""One entry point for every output format, so the CLI needs no knowledge of renderers."""

from __future__ import annotations

from collections.abc import Callable

from summarise.briefing.formats import FORMATS, Format
from summarise.briefing.model import Briefing
from summarise.briefing.render_html import render_html
from summarise.briefing.render_json import render_json
from summarise.briefing.render_markdown import render_markdown
from summarise.errors import ConfigError

_RENDERERS: dict[str, Callable[[Briefing], str]] = {
    "md": render_markdown,
    "json": render_json,
    "html": render_html,
}


def render(briefing: Briefing, fmt: Format) -> str:
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        raise ConfigError(f"Unknown briefing format {fmt!r}: use one of {', '.join(FORMATS)}.")
    return renderer(briefing)
