"""Writing a briefing as dated files plus a stable ``latest`` copy, each atomically.

Dated files are the archive (what did the 06:00 briefing say?); ``latest.<format>`` is the
one address a dashboard, a mail job or a bookmark can always open. Every file is written
whole beside its target and renamed over it, so a reader never sees half a briefing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from summarise.briefing import Briefing, Detail, Format, render
from summarise.errors import ConfigError
from summarise.fileio import check_writable, write_atomic
from summarise.scheduled.config import BriefingConfig


def check_output(config: BriefingConfig) -> None:
    """An output folder that cannot be written is the config's to fix, found before the
    sources are read and their articles extracted (with a model, an hour's work), as
    ``brief --out`` finds it; it failed after them as "No such file or directory"."""
    try:
        check_writable(config.output / f"latest.{config.formats[0]}")
    except ConfigError as exc:
        raise ConfigError(f"{exc} Check output in {config.path}.") from None


def check_store(config: BriefingConfig, store: Path) -> None:
    """A store that cannot be made is the config's to fix too, found before the sources
    are read: the run wrote its briefing, then failed to record it ("No such file or
    directory", exit 1), so that no state was kept and every later run briefed everything
    again as its first. A store that exists is opened as it is."""
    if store.exists():
        return
    try:
        check_writable(store)
    except ConfigError as exc:
        field = "store" if config.store is not None else "state_dir"
        raise ConfigError(f"{exc} Check {field} in {config.path}.") from None


def dated_name(when: datetime, fmt: Format, copy: int = 1) -> str:
    """``briefing-2026-11-23T060000Z.md``: sorts by time, safe on every file system; a
    second briefing in the same second is ``...Z-2.md``, so it never replaces the first."""
    suffix = f"-{copy}" if copy > 1 else ""
    return f"briefing-{when.strftime('%Y-%m-%dT%H%M%SZ')}{suffix}.{fmt}"


def _free_copy(folder: Path, formats: list[Format], when: datetime) -> int:
    """The first copy number whose dated file exists in none of the formats."""
    copy = 1
    while any((folder / dated_name(when, fmt, copy)).exists() for fmt in formats):
        copy += 1
    return copy


def write_briefing(
    briefing: Briefing,
    folder: Path,
    formats: list[Format],
    when: datetime,
    detail: Detail = "short",
) -> list[Path]:
    """The dated file of each format, then its ``latest``; returns the dated paths."""
    written = []
    copy = _free_copy(folder, formats, when)
    for fmt in formats:
        text = render(briefing, fmt, detail)
        text = text if text.endswith("\n") else text + "\n"
        dated = folder / dated_name(when, fmt, copy)
        write_atomic(dated, text)
        write_atomic(folder / f"latest.{fmt}", text)
        written.append(dated)
    return written
