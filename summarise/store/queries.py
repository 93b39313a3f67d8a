"""Reading the store for the timeline: merged items and their reports, through indexes.

Every question is asked in SQL that the indexes answer (a party's items through
``item_actors.actor_id``, a period through ``merged_items.last_day``, a merged item's
reports through ``items.merged_item_id``), so a timeline of a party over years of briefings
reads that party's rows, not the whole store.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from sqlite_utils import Database

from summarise.briefing.days import DayBasis
from summarise.briefing.model import CanonicalActor
from summarise.schema import ActorKind, Category
from summarise.store.sql import marks

# The link of an item to each party it is about (``summarise.briefing.involvement.about``):
# what ``brief --party`` and the briefing page's filter read, so the timeline reads it too.
ABOUT = "about"


@dataclass(frozen=True)
class MergedRow:
    """A merged item as the latest briefing that saw it described it."""

    id: int
    category: Category
    headline: str
    principal_id: str | None
    parties: tuple[str, ...]
    stance: str | None
    topic: str | None
    first_day: dt.date
    last_day: dt.date


class ReportRow(NamedTuple):
    """One extracted item of a merged item: what one article said, and when. A named tuple:
    a long timeline reads tens of thousands of these."""

    merged_item_id: int
    item_id: str
    day: dt.date
    basis: DayBasis
    status: str | None
    quantity: str | None
    quantity_low: int | None
    quantity_high: int | None
    unit: str | None
    article_id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    quote: str | None
    path: str | None


@dataclass(frozen=True)
class Selection:
    """Which merged items: those involving any of ``actor_ids`` (None: anyone), of these
    categories, with a report on or after ``since``."""

    actor_ids: Collection[str] | None
    categories: Sequence[str]
    since: dt.date | None

    def where(self) -> tuple[str, list[Any]]:
        """The condition on ``merged_items m`` and its parameters."""
        clauses = [f"m.category IN ({marks(self.categories)})"]
        params: list[Any] = list(self.categories)
        if self.since is not None:
            clauses.append("m.last_day >= ?")
            params.append(self.since.isoformat())
        if self.actor_ids is not None:
            ids = sorted(self.actor_ids)
            clauses.append(
                "m.id IN (SELECT i.merged_item_id FROM item_actors a JOIN items i ON i.id = "
                f"a.item_id WHERE a.actor_id IN ({marks(ids)}) AND a.role = ?)"
            )
            params.extend([*ids, ABOUT])
        return " AND ".join(clauses), params


def _merged(row: tuple[Any, ...]) -> MergedRow:
    identifier, category, headline, principal, key, stance, topic, first, last = row
    return MergedRow(
        id=identifier,
        category=cast(Category, category),
        headline=headline,
        principal_id=principal,
        parties=tuple(key.split()) if key else (),
        stance=stance,
        topic=topic,
        first_day=dt.date.fromisoformat(first),
        last_day=dt.date.fromisoformat(last),
    )


_MERGED_COLUMNS = (
    "m.id, m.category, m.headline, m.principal_id, m.parties_key, m.stance, m.topic, "
    "m.first_day, m.last_day"
)


def merged_items(db: Database, selection: Selection) -> list[MergedRow]:
    where, params = selection.where()
    rows = db.execute(f"SELECT {_MERGED_COLUMNS} FROM merged_items m WHERE {where}", params)
    return [_merged(row) for row in rows.fetchall()]


def reports(db: Database, selection: Selection) -> dict[int, list[ReportRow]]:
    """The reports of the selected merged items, by merged item, in date order."""
    where, params = selection.where()
    rows = db.execute(
        f"""SELECT i.merged_item_id, i.id, i.day, i.day_basis, i.status, i.quantity,
                   i.quantity_low, i.quantity_high, i.unit, a.id, a.title, a.outlet, a.url,
                   a.published, e.quote, a.path
            FROM merged_items m
            JOIN items i ON i.merged_item_id = m.id
            JOIN articles a ON a.id = i.article_id
            LEFT JOIN evidence e ON e.item_id = i.id AND e.position = 0
            WHERE {where}
            ORDER BY i.merged_item_id, i.day, a.published, a.id, i.position""",
        params,
    )
    found: dict[int, list[ReportRow]] = defaultdict(list)
    fromisoformat = dt.date.fromisoformat
    for row in rows.fetchall():
        found[row[0]].append(
            ReportRow(
                row[0],
                row[1],
                fromisoformat(row[2]),
                row[3],
                row[4],
                row[5],
                row[6],
                row[7],
                row[8],
                row[9],
                row[10],
                row[11],
                row[12],
                fromisoformat(row[13]) if row[13] else None,
                row[14],
                row[15],
            )
        )
    return found


def _merged_where(
    db: Database, category: str, column: str, values: Collection[str]
) -> list[MergedRow]:
    wanted = sorted(values)
    if not wanted:
        return []
    rows = db.execute(
        f"SELECT {_MERGED_COLUMNS} FROM merged_items m WHERE m.category = ? "
        f"AND m.{column} IN ({marks(wanted)})",
        [category, *wanted],
    )
    return [_merged(row) for row in rows.fetchall()]


def contacts_between(db: Database, keys: Collection[str]) -> list[MergedRow]:
    """Every contact among exactly these sets of parties, whatever the selection: whether a
    contact is the first between its parties is a question about the whole store."""
    return _merged_where(db, "diplomatic_contacts", "parties_key", keys)


def positions_held_by(db: Database, holders: Collection[str]) -> list[MergedRow]:
    """Every position of these holders, whatever the selection, to find stances that turned."""
    return _merged_where(db, "positions", "principal_id", holders)


@dataclass(frozen=True)
class StoredActor:
    """An actor as the latest briefing resolved it, and every spelling recorded for it."""

    ref: CanonicalActor
    names: tuple[str, ...]


def stored_actors(db: Database) -> list[StoredActor]:
    names: dict[str, list[str]] = defaultdict(list)
    for actor_id, name in db.execute("SELECT actor_id, name FROM actor_names ORDER BY name"):
        names[actor_id].append(name)
    return [
        StoredActor(
            ref=CanonicalActor(
                id=row[0], name=row[1], kind=cast(ActorKind, row[2]), country=row[3]
            ),
            names=tuple(names[row[0]]) or (row[1],),
        )
        for row in db.execute("SELECT id, name, kind, country FROM actors ORDER BY id")
    ]
