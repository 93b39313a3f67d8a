"""Where scheduled briefings get articles: feeds, folders and URL lists (see ``config``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from summarise.scheduled.config import BriefingConfig, SourceConfig, load_config
from summarise.scheduled.sources.feeds import read_feed
from summarise.scheduled.sources.fetch import Fetcher, FetchError, Validators
from summarise.scheduled.sources.folders import read_folder
from summarise.scheduled.sources.units import Found, SourceRead
from summarise.scheduled.sources.urls import read_url_list


def read_source(
    source: SourceConfig,
    known: Mapping[str, str],
    validators: Mapping[str, Validators],
    fetcher: Fetcher,
    window_start: datetime,
    skip: Sequence[Path] = (),
) -> SourceRead:
    """Whatever kind the source is; never raises for a source's own failure (see ``error``).
    ``skip``: folders a folder source must not read (the briefing's own files)."""
    if source.kind == "feed":
        return read_feed(source, known, validators, fetcher, window_start)
    if source.kind == "folder":
        return read_folder(source, known, skip)
    return read_url_list(source, known, validators, fetcher)


__all__ = [
    "BriefingConfig",
    "FetchError",
    "Fetcher",
    "Found",
    "SourceConfig",
    "SourceRead",
    "Validators",
    "load_config",
    "read_source",
]
