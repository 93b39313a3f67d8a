"""What a scheduled briefing remembers between runs, and where it keeps it.

A run must know what it has seen (so a known article is neither fetched again nor paid for
again), what the servers said identifies their copies (ETag, Last-Modified), and the
previous briefing (to say what is new). All of it lives in the briefing's store
(``summarise.store``), beside every item the briefings recorded: one file, one source of
truth, one transaction per run. The state folder, one per config file, holds:

- ``briefing.db``: the store, unless the config names another file (``store = "..."``):
  units seen, server validators, units that failed (so a file or feed entry failing
  unchanged fails one run, not every run), the last briefing, and every item briefed;
- ``runs.jsonl``: one line per run, the run log. It stays a file of its own: it is
  appended even when the store cannot be written (a full disk, a broken file), and cron
  users tail it;
- ``run.lock``: held while a run is under way.

A run writes the store once, at its end, in one transaction (the run, the state, the
items it briefed, the briefing), so a run stopped anywhere leaves the previous state whole
and the next run redoes the work from the cache. A first run that stops before that
leaves no store at all.

Stores replaced the JSON files ``state.json`` and ``previous-briefing.json`` of earlier
versions: the first run that finds them imports them into a new store and renames them
``*.imported``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from pydantic import ValidationError
from sqlite_utils import Database

from summarise.article import Article
from summarise.briefing import Briefing
from summarise.briefing.build import BuiltBriefing
from summarise.errors import ConfigError
from summarise.scheduled.run_state import STATE_VERSION, FailedUnit, RunState, Unit
from summarise.scheduled.sources import Validators
from summarise.store import (
    iso_time,
    open_store,
    parse_time,
    record_articles,
    record_briefing,
    start_run,
    stored_article,
)

# The JSON state of earlier versions, imported once into the store.
LEGACY_STATE = "state.json"
LEGACY_PREVIOUS = "previous-briefing.json"


@dataclass(frozen=True)
class Briefed:
    """What a run briefed, for the store: the briefing as written (with what changed), the
    merge it came from, and the articles it read."""

    briefing: Briefing
    built: BuiltBriefing
    articles: list[Article]


@dataclass(frozen=True)
class RunEntry:
    """The run's own row in the store."""

    started: datetime
    label: str
    backend: str | None


class StateStore:
    """The state of one config file: its store, run log and lock, in its state folder.

    The store is opened on first use and closed with the ``with`` block.
    """

    def __init__(self, directory: Path, store: Path) -> None:
        self.directory = directory
        self.store_path = store
        self.log_file = directory / "runs.jsonl"
        self._db: Database | None = None
        self._fingerprints: dict[tuple[str, str], str] = {}

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _open(self, *, create: bool) -> Database | None:
        """The store; None when it does not exist yet and ``create`` is false. A state
        folder of an earlier version is imported the first time."""
        if self._db is None:
            legacy = self.directory / LEGACY_STATE
            if not create and not self.store_path.exists() and not legacy.exists():
                return None
            self._db = open_store(self.store_path)
            if legacy.exists() and not self._db.table("runs").count:
                self._import_legacy(self._db)
        return self._db

    def load(self) -> RunState:
        db = self._open(create=False)
        if db is None:
            return RunState()
        unit_articles: dict[tuple[str, str], list[Article]] = defaultdict(list)
        left_out: dict[tuple[str, str], list[str]] = defaultdict(list)
        for row in db.query(
            "SELECT unit_articles.source AS unit_source, unit_articles.key AS unit_key,"
            " unit_articles.left_out AS unit_left_out, articles.*"
            " FROM unit_articles JOIN articles ON articles.id = unit_articles.article_id"
            " ORDER BY unit_source, unit_key, unit_articles.position"
        ):
            unit = (row["unit_source"], row["unit_key"])
            unit_articles[unit].append(stored_article(row))
            if row["unit_left_out"]:
                left_out[unit].append(row["id"])
        state = RunState()
        for row in db.query("SELECT * FROM units ORDER BY source, key"):
            source, key = row["source"], row["key"]
            state.units.setdefault(source, {})[key] = Unit(
                fingerprint=row["fingerprint"],
                articles=unit_articles[(source, key)],
                at=parse_time(row["at"]),
                first_seen=parse_time(row["first_seen"]),
                last_listed=parse_time(row["last_listed"]),
                briefed=bool(row["briefed"]),
                left_out=left_out[(source, key)],
            )
            self._fingerprints[(source, key)] = row["fingerprint"]
        for row in db.query("SELECT * FROM validators ORDER BY source, url"):
            state.validators.setdefault(row["source"], {})[row["url"]] = Validators(
                etag=row["etag"],
                last_modified=row["last_modified"],
                read_from=parse_time(row["read_from"]) if row["read_from"] else None,
            )
        for row in db.query("SELECT * FROM unit_failures ORDER BY source, key"):
            state.failed.setdefault(row["source"], {})[row["key"]] = FailedUnit(
                fingerprint=row["fingerprint"],
                reason=row["reason"],
                since=parse_time(row["since"]),
                name=row["name"] or "",
            )
        last = db.execute("SELECT max(started) FROM runs WHERE kind IN ('run', 'import')")
        started = last.fetchone()[0]
        state.last_run = parse_time(started) if started else None
        return state

    def load_previous(self) -> Briefing | None:
        """The last briefing, or None (first run, or one this version cannot read)."""
        db = self._open(create=False)
        if db is None:
            return None
        row = db.execute("SELECT briefing FROM briefings ORDER BY run_id DESC LIMIT 1").fetchone()
        try:
            return Briefing.model_validate_json(row[0]) if row else None
        except ValidationError:
            return None

    def save(self, state: RunState, run: RunEntry, briefed: Briefed | None) -> None:
        """The run, its state and what it briefed, in one transaction."""
        db = self._open(create=True)
        assert db is not None
        with db.atomic():
            run_id = start_run(
                db, kind="run", label=run.label, started=run.started, backend=run.backend
            )
            self._write_state(db, state, run_id, run.started)
            if briefed is not None:
                record_briefing(
                    db,
                    run_id=run_id,
                    seen=run.started,
                    articles=briefed.articles,
                    built=briefed.built,
                )
                self._write_previous(db, briefed.briefing, run_id)

    def _write_state(
        self, db: Database, state: RunState, run_id: int, seen: datetime | None
    ) -> None:
        """Units and validators replace the stored ones. Articles of new and changed units
        are recorded as first seen at ``seen`` (None: the unit's own first sight)."""
        units = [
            (source, key, unit)
            for source, by_key in state.units.items()
            for key, unit in by_key.items()
        ]
        new_articles: dict[datetime, list[Article]] = defaultdict(list)
        for source, key, unit in units:
            if self._fingerprints.get((source, key)) != unit.fingerprint:
                new_articles[seen or unit.first_seen].extend(unit.articles)
        for first_seen, articles in new_articles.items():
            record_articles(db, articles, run_id, first_seen)
        for table in ("units", "validators", "unit_failures"):
            db.execute(f"DELETE FROM {table}")
        db.conn.executemany(
            """INSERT INTO units (source, key, fingerprint, at, first_seen, last_listed, briefed)
               VALUES (?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    source,
                    key,
                    unit.fingerprint,
                    iso_time(unit.at),
                    iso_time(unit.first_seen),
                    iso_time(unit.last_listed),
                    int(unit.briefed),
                )
                for source, key, unit in units
            ],
        )
        db.conn.executemany(
            "INSERT INTO unit_articles (source, key, position, article_id, left_out)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (source, key, position, article.id, int(article.id in unit.left_out))
                for source, key, unit in units
                for position, article in enumerate(unit.articles)
            ],
        )
        db.conn.executemany(
            "INSERT INTO validators (source, url, etag, last_modified, read_from)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (
                    source,
                    url,
                    v.etag,
                    v.last_modified,
                    iso_time(v.read_from) if v.read_from else None,
                )
                for source, by_url in state.validators.items()
                for url, v in by_url.items()
            ],
        )
        db.conn.executemany(
            "INSERT INTO unit_failures (source, key, fingerprint, reason, since, name)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    source,
                    key,
                    failed.fingerprint,
                    failed.reason,
                    iso_time(failed.since),
                    failed.name,
                )
                for source, by_key in state.failed.items()
                for key, failed in by_key.items()
            ],
        )
        self._fingerprints = {(source, key): unit.fingerprint for source, key, unit in units}

    def _write_previous(self, db: Database, briefing: Briefing, run_id: int) -> None:
        """Only the latest briefing is kept: the dated files are the archive."""
        db.execute("DELETE FROM briefings")
        db.execute(
            "INSERT INTO briefings (run_id, generated_at, briefing) VALUES (?, ?, ?)",
            [run_id, iso_time(briefing.generated_at), briefing.model_dump_json()],
        )

    def append_log(self, line: str) -> None:
        """One JSON line per run; appended whole, so a reader never sees half a line."""
        self.directory.mkdir(parents=True, exist_ok=True)
        with self.log_file.open("a", encoding="utf-8") as handle:
            handle.write(line.rstrip("\n") + "\n")

    def _import_legacy(self, db: Database) -> None:
        """``state.json`` and ``previous-briefing.json`` into the new store, then renamed."""
        state_file = self.directory / LEGACY_STATE
        try:
            state = RunState.model_validate_json(state_file.read_bytes())
        except (OSError, ValidationError) as exc:
            problem = str(exc).splitlines()[0]
            raise ConfigError(
                f"State file {state_file} cannot be read ({problem}); delete it to start "
                "afresh (every source is read again; the cache spares the model calls)."
            ) from None
        if state.version != STATE_VERSION:
            raise ConfigError(
                f"State file {state_file} is version {state.version}, this summarise "
                f"reads version {STATE_VERSION}; delete it to start afresh."
            )
        previous_file = self.directory / LEGACY_PREVIOUS
        try:
            previous: Briefing | None = Briefing.model_validate_json(previous_file.read_bytes())
        except (OSError, ValidationError):
            previous = None
        started = state.last_run or datetime.fromtimestamp(state_file.stat().st_mtime, tz=UTC)
        with db.atomic():
            run_id = start_run(
                db, kind="import", label=str(self.directory), started=started, backend=None
            )
            self._write_state(db, state, run_id, None)
            if previous is not None:
                self._write_previous(db, previous, run_id)
        for legacy in (state_file, previous_file):
            if legacy.exists():
                legacy.rename(legacy.with_name(legacy.name + ".imported"))
