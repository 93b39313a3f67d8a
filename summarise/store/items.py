"""Extracted items as the store keeps them: one row each, with evidence and actor links.

An item's id hashes its article, category, place and content, so a briefing of the same
window an hour later (the same cached extractions) adds nothing, and an article extracted
afresh by another model has its old items replaced by the new ones: the store holds each
article's latest extraction. Columns an analyst filters on (stance, figure, status...) are
columns; the whole item, as extracted, is the JSON in ``fields``.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from summarise.briefing.build import BuiltBriefing
from summarise.briefing.days import event_day
from summarise.briefing.merge import Entry
from summarise.briefing.model import CanonicalActor
from summarise.briefing.wording import quantity_text
from summarise.store.queries import ABOUT
from summarise.store.sql import chunks, insert_rows, marks


def item_key(entry: Entry, fields: str) -> str:
    """An extracted item's id: its article, category, place and content (``fields``, the
    item without its evidence, and the evidence), so equal means same."""
    evidence = (f"{e.quote}\0{e.start}\0{e.end}\0{e.match}" for e in entry.item.evidence)
    material = "\0".join((entry.article.id, entry.category, str(entry.index), fields, *evidence))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:16]


def item_day(entry: Entry, first_seen: str) -> tuple[str, str]:
    """When the item goes on a timeline, and why (``event_day``); an item of an undated
    article goes on the day the article was first seen."""
    day = event_day(entry.item.date, entry.article.published)
    if day is None:
        return first_seen[:10], "first seen"
    return day[0].isoformat(), day[1]


@dataclass(frozen=True)
class ItemRow:
    id: str
    entry: Entry
    columns: dict[str, Any]


def _columns(entry: Entry) -> dict[str, Any]:
    """The columns an analyst filters on, by category; the whole item is in ``fields``."""
    item = entry.item
    names = ", ".join(a.name for a in entry.actors)
    common: dict[str, Any] = {
        "principal": names,
        "date": item.date,
        "time_expression": item.when,
        "fields": item.model_dump_json(exclude={"evidence"}),
    }
    if entry.category == "positions":
        return {
            **common,
            "stance": item.stance,
            "topic": item.topic,
            "target": entry.target.name if entry.target else None,
            "summary": item.summary,
        }
    if entry.category == "military_movements":
        quantity = item.quantity
        return {
            **common,
            "activity": item.activity,
            "forces": item.forces,
            "quantity": quantity_text(quantity) if quantity else None,
            "quantity_low": quantity.low if quantity else None,
            "quantity_high": quantity.high if quantity else None,
            "unit": quantity.unit if quantity else None,
            "destination": item.destination,
            "status": item.status,
        }
    return {
        **common,
        "topic": "; ".join(item.topics) or None,
        "summary": item.outcome,
        "mode": item.mode,
        "location": item.location,
        "status": item.status,
    }


def item_rows(built: BuiltBriefing, first_seen: dict[str, str]) -> list[ItemRow]:
    rows = []
    for _, entries in built.members:
        for entry in entries:
            day, basis = item_day(entry, first_seen[entry.article.id])
            columns = {
                **_columns(entry),
                "article_id": entry.article.id,
                "category": entry.category,
                "position": entry.index,
                "backend": entry.backend,
                "day": day,
                "day_basis": basis,
            }
            rows.append(
                ItemRow(id=item_key(entry, columns["fields"]), entry=entry, columns=columns)
            )
    return rows


def stored_items(db: Database, article_ids: Sequence[str]) -> dict[str, tuple[str, int | None]]:
    """Item id -> (article id, merged item id) for every stored item of these articles."""
    stored: dict[str, tuple[str, int | None]] = {}
    for chunk in chunks(article_ids):
        found = db.execute(
            f"SELECT id, article_id, merged_item_id FROM items WHERE article_id IN "
            f"({marks(chunk)})",
            list(chunk),
        )
        stored.update({row[0]: (row[1], row[2]) for row in found.fetchall()})
    return stored


def replace_extractions(
    db: Database,
    stored: Mapping[str, tuple[str, int | None]],
    rows: Sequence[ItemRow],
    merged_of: Mapping[str, int],
    run_id: int,
) -> tuple[int, int]:
    """Drop the stored items of an article whose extraction changed, insert the new items
    with their merged items (``merged_of``), and move stored ones whose merged item
    changed. ``stored`` is what ``stored_items`` found for the briefing's articles.
    Returns how many items were inserted and how many dropped."""
    current: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        current[row.columns["article_id"]].add(row.id)
    stale = [item for item, (article, _) in stored.items() if item not in current[article]]
    for chunk in chunks(stale):
        db.execute(f"DELETE FROM items WHERE id IN ({marks(chunk)})", list(chunk))
    moved = [
        (merged_of[row.id], row.id)
        for row in rows
        if row.id in stored and stored[row.id][1] != merged_of[row.id]
    ]
    db.conn.executemany("UPDATE items SET merged_item_id = ? WHERE id = ?", moved)
    fresh = [row for row in rows if row.id not in stored]
    last_evidence = db.execute("SELECT coalesce(max(id), 0) FROM evidence").fetchone()[0]
    insert_rows(
        db,
        "items",
        [
            {"id": row.id, **row.columns, "merged_item_id": merged_of[row.id], "first_run": run_id}
            for row in fresh
        ],
    )
    insert_rows(
        db,
        "evidence",
        [
            {
                "item_id": row.id,
                "position": n,
                "quote": e.quote,
                "start": e.start,
                "end": e.end,
                "match": e.match,
            }
            for row in fresh
            for n, e in enumerate(row.entry.item.evidence)
        ],
    )
    db.execute(
        "INSERT INTO evidence_fts (rowid, quote) SELECT id, quote FROM evidence WHERE id > ?",
        [last_evidence],
    )
    return len(fresh), len(stale)


def _roles(entry: Entry) -> Iterator[tuple[CanonicalActor, str]]:
    principal_role = {
        "positions": "holder",
        "military_movements": "actor",
        "diplomatic_contacts": "participant",
    }[entry.category]
    for actor in entry.actors:
        yield actor, principal_role
    if entry.target is not None:
        yield entry.target, "target"
    if entry.claimed_by is not None:
        yield entry.claimed_by, "claimed_by"


def record_actors(db: Database, built: BuiltBriefing, rows: Sequence[ItemRow]) -> None:
    """Actors as this briefing resolved them, with every spelling the articles used."""
    refs = {entry.actor.id: entry.actor for entry in built.briefing.actors}
    refs.update({ref.id: ref for row in rows for ref, _ in _roles(row.entry)})
    db.conn.executemany(
        """INSERT INTO actors (id, name, kind, country) VALUES (?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
               country = excluded.country""",
        [(r.id, r.name, r.kind, r.country) for r in refs.values()],
    )
    names = {(ref.id, ref.name) for ref in refs.values()}
    names |= {(e.actor.id, v) for e in built.briefing.actors for v in e.variants}
    db.conn.executemany(
        "INSERT OR IGNORE INTO actor_names (actor_id, name) VALUES (?, ?)", sorted(names)
    )


def link_actors(db: Database, rows: Sequence[ItemRow]) -> None:
    """Each item's links to its actors, replaced: a briefing of a wider window may resolve
    a name to another actor than the last one did."""
    ids = [row.id for row in rows]
    for chunk in chunks(ids):
        db.execute(f"DELETE FROM item_actors WHERE item_id IN ({marks(chunk)})", list(chunk))
    links = {(row.id, ref.id, role) for row in rows for ref, role in _roles(row.entry)}
    links |= {(row.id, party, ABOUT) for row in rows for party in row.entry.about}
    db.conn.executemany(
        "INSERT INTO item_actors (item_id, actor_id, role) VALUES (?, ?, ?)", sorted(links)
    )
