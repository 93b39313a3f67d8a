"""What a scheduled briefing remembers between runs, and where it keeps it.

A run must know what it has seen (so a known article is neither fetched again nor paid for
again), what the servers said identifies their copies (ETag, Last-Modified), and the
previous briefing (to say what is new). It keeps these beside the cache in the user's data
directory, one folder per config file:

- ``state.json``: the units seen, by source, with their articles; the validators by URL.
- ``previous-briefing.json``: the last briefing written, as its JSON.
- ``runs.jsonl``: one line per run, the run log.
- ``run.lock``: held while a run is under way.

Every file is replaced atomically, and ``state.json`` last of all, so a run stopped
anywhere leaves either the old state (the next run redoes the work, from the cache) or
the new one, never a mix.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from summarise.article import Article
from summarise.briefing import Briefing
from summarise.errors import ConfigError
from summarise.fileio import write_atomic
from summarise.scheduled.sources import SourceConfig, SourceRead, Validators

STATE_VERSION = 1
# A unit no source has listed for this long, and older than the window, is forgotten.
RETENTION = timedelta(days=14)


class Unit(BaseModel):
    """A feed entry, file or page as last seen.

    ``at`` places it in the window: the feed entry's date, else when it was first seen.
    ``briefed`` turns true once a run has been through it; until then it counts as new.
    """

    fingerprint: str
    articles: list[Article]
    at: datetime
    first_seen: datetime
    last_listed: datetime
    briefed: bool = False


class RunState(BaseModel):
    version: int = STATE_VERSION
    units: dict[str, dict[str, Unit]] = Field(default_factory=dict)
    validators: dict[str, dict[str, Validators]] = Field(default_factory=dict)
    last_run: datetime | None = None

    def known(self, source: str) -> dict[str, str]:
        return {key: unit.fingerprint for key, unit in self.units.get(source, {}).items()}

    def apply(self, source: SourceConfig, read: SourceRead, now: datetime) -> tuple[int, int]:
        """Take in one source's read; returns how many units were new and how many changed.

        A folder or URL list is authoritative (what it no longer lists is dropped); a feed
        is not, since entries fall off a feed while still news.
        """
        if read.error is not None:
            return 0, 0
        units = self.units.setdefault(source.name, {})
        self.validators[source.name] = {
            **(self.validators.get(source.name, {}) if source.kind == "feed" else {}),
            **read.validators,
        }
        if read.not_modified:
            for unit in units.values():
                unit.last_listed = now
            return 0, 0
        listed = set(read.listed or [])
        if source.kind != "feed":
            for key in set(units) - listed:
                del units[key]
        for key in listed & set(units):
            units[key].last_listed = now
        new = changed = 0
        for found in read.found:
            old = units.get(found.key)
            first_seen = old.first_seen if old is not None else now
            new, changed = (new + 1, changed) if old is None else (new, changed + 1)
            units[found.key] = Unit(
                fingerprint=found.fingerprint,
                articles=list(found.articles),
                at=found.at or first_seen,
                first_seen=first_seen,
                last_listed=now,
            )
        return new, changed

    def prune(self, sources: list[SourceConfig], window_start: datetime, now: datetime) -> None:
        """Forget sources no longer configured and units long gone and out of the window."""
        names = {s.name for s in sources}
        for table in (self.units, self.validators):
            for name in set(table) - names:
                del table[name]
        for units in self.units.values():
            for key in [
                k
                for k, u in units.items()
                if u.at < window_start and u.last_listed < now - RETENTION
            ]:
                del units[key]


class StateStore:
    """The state folder of one config file."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.state_file = directory / "state.json"
        self.previous_file = directory / "previous-briefing.json"
        self.log_file = directory / "runs.jsonl"

    def load(self) -> RunState:
        if not self.state_file.exists():
            return RunState()
        try:
            state = RunState.model_validate_json(self.state_file.read_bytes())
        except (OSError, ValidationError) as exc:
            problem = str(exc).splitlines()[0]
            raise ConfigError(
                f"State file {self.state_file} cannot be read ({problem}); delete it to start "
                "afresh (every source is read again; the cache spares the model calls)."
            ) from None
        if state.version != STATE_VERSION:
            raise ConfigError(
                f"State file {self.state_file} is version {state.version}, this summarise "
                f"reads version {STATE_VERSION}; delete it to start afresh."
            )
        return state

    def save(self, state: RunState) -> None:
        write_atomic(self.state_file, state.model_dump_json() + "\n")

    def load_previous(self) -> Briefing | None:
        """The last briefing, or None (first run, or one this version cannot read)."""
        try:
            return Briefing.model_validate_json(self.previous_file.read_bytes())
        except (OSError, ValidationError):
            return None

    def save_previous(self, briefing: Briefing) -> None:
        write_atomic(self.previous_file, briefing.model_dump_json() + "\n")

    def append_log(self, line: str) -> None:
        """One JSON line per run; appended whole, so a reader never sees half a line."""
        self.directory.mkdir(parents=True, exist_ok=True)
        with self.log_file.open("a", encoding="utf-8") as handle:
            handle.write(line.rstrip("\n") + "\n")
