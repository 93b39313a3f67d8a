"""The briefing as JSON: the versioned model itself, for other tools to read."""

from __future__ import annotations

from summarise.briefing.model import Briefing


def render_json(briefing: Briefing) -> str:
    return briefing.model_dump_json(indent=2) + "\n"
