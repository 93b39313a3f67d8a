"""What a scheduled briefing remembers between runs, in memory: the units its sources
listed, the servers' validators and the units that failed. ``state`` keeps it in the store.

A run changes it source by source as it reads (``apply``, ``recognise``) and drops what is
long gone (``prune``); nothing here touches a file, so a run killed while reading leaves
the stored state as the last run saved it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel, Field

from summarise.article import Article
from summarise.extraction.results import ArticleFailure
from summarise.scheduled.sources import SourceConfig, SourceRead, Validators
from summarise.scheduled.sources.units import Unreadable

STATE_VERSION = 1
# A unit no source has listed for this long, and older than the window, is forgotten.
RETENTION = timedelta(days=14)


class Unit(BaseModel):
    """A feed entry, file or page as last seen.

    ``at`` places it in the window: the feed entry's date, else when it was first seen.
    ``briefed`` turns true once a run has been through it; until then it counts as new.
    ``left_out`` names its articles that its source's keywords left out then (a JSON Lines
    export whose other records were briefed): keywords widened to take one in reopen it.
    """

    fingerprint: str
    articles: list[Article]
    at: datetime
    first_seen: datetime
    last_listed: datetime
    briefed: bool = False
    left_out: list[str] = Field(default_factory=list)


class FailedUnit(BaseModel):
    """A unit whose content was not an article when last read: its fingerprint and why.
    ``since`` is when it first failed so, with these bytes and this reason; ``name`` is
    what the run log and the briefing call it (a link, a path)."""

    fingerprint: str
    reason: str
    since: datetime
    name: str = ""


class RunState(BaseModel):
    version: int = STATE_VERSION
    units: dict[str, dict[str, Unit]] = Field(default_factory=dict)
    validators: dict[str, dict[str, Validators]] = Field(default_factory=dict)
    failed: dict[str, dict[str, FailedUnit]] = Field(default_factory=dict)
    last_run: datetime | None = None

    def known(self, source: str) -> dict[str, str]:
        return {key: unit.fingerprint for key, unit in self.units.get(source, {}).items()}

    def apply(self, source: SourceConfig, read: SourceRead, now: datetime) -> tuple[int, int]:
        """Take in one source's read; returns how many units were new and how many changed
        (a unit read again whose articles are as they were is neither).

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
            if old is not None and old.articles == list(found.articles):
                # Read again with nothing changed in it (a page asked for again that is
                # still missing): a new fingerprint, but nothing to brief again.
                old.fingerprint = found.fingerprint
                old.at = found.at or old.first_seen
                old.last_listed = now
                continue
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

    def held_failures(self, source: str) -> list[Unreadable]:
        """The source's units failing when last read, as they failed: what a feed answering
        304 Not Modified still has, since its entries are the very same."""
        return [
            Unreadable(
                key=key,
                fingerprint=failed.fingerprint,
                failure=ArticleFailure(name=failed.name or _named(key), reason=failed.reason),
            )
            for key, failed in self.failed.get(source, {}).items()
        ]

    def recognise(
        self, source: SourceConfig, read: SourceRead, now: datetime
    ) -> dict[str, datetime]:
        """Remember the source's unreadable units; returns, by unit key, when each failed
        first of those failing as they failed before (same bytes, same reason): a run names
        them but does not fail again for them. A source that failed as a whole says nothing
        of its units, so what it had failing is kept (a feed not modified since brings its
        ``held_failures`` along, and they are recognised as the same)."""
        if read.error is not None:
            return {}
        before = self.failed.get(source.name, {})
        now_failing: dict[str, FailedUnit] = {}
        repeated: dict[str, datetime] = {}
        for unit in read.unreadable:
            old = before.get(unit.key)
            reason = unit.failure.reason
            same = old is not None and (old.fingerprint, old.reason) == (unit.fingerprint, reason)
            since = old.since if old is not None and same else now
            now_failing[unit.key] = FailedUnit(
                fingerprint=unit.fingerprint, reason=reason, since=since, name=unit.failure.name
            )
            if same:
                repeated[unit.key] = since
        self.failed[source.name] = now_failing
        return repeated

    def prune(self, sources: list[SourceConfig], window_start: datetime, now: datetime) -> None:
        """Forget sources no longer configured and units long gone and out of the window."""
        names = {s.name for s in sources}
        for table in (self.units, self.validators, self.failed):
            for name in set(table) - names:
                del table[name]
        for units in self.units.values():
            for key in [
                k
                for k, u in units.items()
                if u.at < window_start and u.last_listed < now - RETENTION
            ]:
                del units[key]


def _named(key: str) -> str:
    """A name for a failure a store of an earlier version kept without one: the unit key
    without its kind (``file:``, ``url:``, ``guid:``), a path, a URL or a feed's own id."""
    return key.split(":", 1)[-1]
