"""The briefing as JSON: the versioned model itself, for other tools to read."""

from __future__ import annotations

from summarise.briefing.formats import Detail
from summarise.briefing.model import Briefing


def render_json(briefing: Briefing, detail: Detail = "full") -> str:  # noqa: ARG001
    """Always the whole model, whatever the detail: JSON is read by programs."""
    return briefing.model_dump_json(indent=2) + "\n"
