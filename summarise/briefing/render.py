"""One entry point for every output format, so the CLI needs no knowledge of renderers."""

from __future__ import annotations

from collections.abc import Callable

from summarise.briefing.formats import DETAILS, FORMATS, Detail, Format
from summarise.briefing.model import Briefing
from summarise.briefing.render_html import render_html
from summarise.briefing.render_json import render_json
from summarise.briefing.render_markdown import render_markdown
from summarise.errors import ConfigError

_RENDERERS: dict[str, Callable[[Briefing, Detail], str]] = {
    "md": render_markdown,
    "json": render_json,
    "html": render_html,
}


def render(briefing: Briefing, fmt: Format, detail: Detail = "short") -> str:
    """The briefing as text: ``fmt`` ``"md"``, ``"json"`` or ``"html"`` (a self-contained
    page), exactly as ``summarise brief --format`` writes it. ``detail`` ``"short"`` gives
    each item one line and its best quote, ``"full"`` every quote in its context; JSON is
    always complete. Raises ``ConfigError`` for an unknown format or detail."""
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        raise ConfigError(f"Unknown briefing format {fmt!r}: use one of {', '.join(FORMATS)}.")
    if detail not in DETAILS:
        raise ConfigError(f"Unknown detail {detail!r}: use one of {', '.join(DETAILS)}.")
    return renderer(briefing, detail)
