"""The briefing: extractions from many articles merged into one sourced account."""

from summarise.briefing.build import build_briefing
from summarise.briefing.canonical.aliases import load_aliases
from summarise.briefing.formats import (
    DETAILS,
    FORMATS,
    TIMELINE_FORMATS,
    Detail,
    Format,
    format_for,
    format_help,
    unnamed_format_note,
)
from summarise.briefing.key_developments import with_key_developments
from summarise.briefing.model import SCHEMA_VERSION, Briefing
from summarise.briefing.render import render

__all__ = [
    "DETAILS",
    "FORMATS",
    "SCHEMA_VERSION",
    "TIMELINE_FORMATS",
    "Briefing",
    "Detail",
    "Format",
    "build_briefing",
    "format_for",
    "format_help",
    "load_aliases",
    "render",
    "unnamed_format_note",
    "with_key_developments",
]
