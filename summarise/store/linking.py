"""Linking a new report to the merged item an earlier briefing made of the same fact.

A scheduled briefing covers a window (say 24 hours), so a call announced on Monday and
reported held on Thursday are never in one briefing, and the briefing cannot merge them.
The store can: a briefing item none of whose reports is stored yet is held, by the
briefing's own rules (``summarise.briefing.merge.continuing``), against recent stored
reports of the same parties, rebuilt from the store. Where the rules would put a new
report with stored ones, the new item joins their merged item, so its figures and status
can be followed from one day to the next. Only items new to the store and the stored
merged items of their parties from the last ``LINK_DAYS`` are read, so the cost follows
what is new, not the size of the store.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Collection, Sequence
from functools import cache
from typing import Any, cast

from pydantic import TypeAdapter
from sqlite_utils import Database

from summarise.article import Article
from summarise.briefing.merge import MEMBERS_CHECKED, Entry, continuing
from summarise.briefing.model import CanonicalActor
from summarise.schema import (
    ActorKind,
    Category,
    DiplomaticContact,
    Evidence,
    MilitaryMovement,
    Position,
)
from summarise.store.sql import marks

# How far back a stored report may be and still be the same fact as a new one.
LINK_DAYS = 31
# The reports of a stored merged item a new entry is compared with: its first, as the
# briefing's merge compares a newcomer with a group's first members (so a fact does not
# drift, report by report, into another: held calls a week apart stay two calls).
REPORTS_READ = MEMBERS_CHECKED
_PRINCIPAL_ROLES = ("holder", "actor", "participant")
_ITEM_TYPES: dict[Category, Any] = {
    "positions": Position[Evidence],
    "military_movements": MilitaryMovement[Evidence],
    "diplomatic_contacts": DiplomaticContact[Evidence],
}


@cache
def _adapter(category: Category) -> TypeAdapter[Any]:
    return TypeAdapter(_ITEM_TYPES[category])


def _kind_of(entry: Entry) -> str:
    """What, besides its parties, puts an item in a block of the briefing's merge: a
    position's stance, a movement's activity, a contact's mode."""
    if entry.category == "positions":
        return str(entry.item.stance)
    if entry.category == "military_movements":
        return str(entry.item.activity)
    return str(entry.item.mode)


def _candidates(
    db: Database, new: Sequence[Entry], since: dt.date, skip: Collection[int]
) -> dict[str, int]:
    """Item id -> merged item id: the first reports (``REPORTS_READ`` at most) of each
    stored merged item that could be the same fact as a new entry (same category, a party
    and a stance, activity or mode in common), reported since ``since``, not in ``skip``."""
    wanted = {(e.category, a.id, _kind_of(e)) for e in new for a in e.actors}
    actors = sorted({actor for _, actor, _ in wanted})
    categories = sorted({category for category, _, _ in wanted})
    rows = db.execute(
        f"""SELECT i.id, i.merged_item_id, i.category, ia.actor_id,
                   coalesce(i.stance, i.activity, i.mode)
            FROM item_actors ia
            JOIN items i ON i.id = ia.item_id
            JOIN merged_items m ON m.id = i.merged_item_id
            WHERE ia.actor_id IN ({marks(actors)}) AND ia.role IN ({marks(_PRINCIPAL_ROLES)})
              AND m.category IN ({marks(categories)}) AND m.last_day >= ?
            ORDER BY i.merged_item_id, i.day, i.id""",
        [*actors, *_PRINCIPAL_ROLES, *categories, since.isoformat()],
    ).fetchall()
    chosen: dict[str, int] = {}
    taken: dict[int, int] = defaultdict(int)
    for item_id, merged_id, category, actor, kind in rows:
        if (
            merged_id not in skip
            and item_id not in chosen
            and taken[merged_id] < REPORTS_READ
            and (category, actor, kind) in wanted
        ):
            chosen[item_id] = merged_id
            taken[merged_id] += 1
    return chosen


def _stored_entries(db: Database, item_ids: Sequence[str]) -> list[tuple[str, Entry]]:
    """The stored items rebuilt as the briefing's merge reads them, with their ids."""
    placeholders = marks(item_ids)
    actors: dict[str, CanonicalActor] = {}
    refs: dict[str, dict[str, list[CanonicalActor]]] = defaultdict(lambda: defaultdict(list))
    for item_id, role, actor_id, name, kind, country in db.execute(
        f"""SELECT ia.item_id, ia.role, a.id, a.name, a.kind, a.country FROM item_actors ia
            JOIN actors a ON a.id = ia.actor_id WHERE ia.item_id IN ({placeholders})
            ORDER BY a.id""",
        list(item_ids),
    ).fetchall():
        if actor_id not in actors:
            actors[actor_id] = CanonicalActor(
                id=actor_id, name=name, kind=cast(ActorKind, kind), country=country
            )
        refs[item_id][role].append(actors[actor_id])
    evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item_id, quote, start, end, match in db.execute(
        f"""SELECT item_id, quote, start, "end", match FROM evidence
            WHERE item_id IN ({placeholders}) ORDER BY item_id, position""",
        list(item_ids),
    ).fetchall():
        evidence[item_id].append({"quote": quote, "start": start, "end": end, "match": match})
    entries = []
    for row in db.query(
        f"""SELECT i.id AS item_id, i.category, i.position, i.backend, i.fields, a.id,
                   a.published
            FROM items i JOIN articles a ON a.id = i.article_id WHERE i.id IN ({placeholders})""",
        list(item_ids),
    ):
        category = cast(Category, row["category"])
        item = _adapter(category).validate_python(
            {**json.loads(row["fields"]), "evidence": evidence[row["item_id"]]}
        )
        roles = refs[row["item_id"]]
        published = row["published"]
        article = Article(  # the merge reads an article's id and date, never its text
            id=row["id"],
            text="",
            published=dt.date.fromisoformat(published) if published else None,
        )
        principal = [*roles["holder"], *roles["actor"], *roles["participant"]]
        entry = Entry(
            category=category,
            article=article,
            backend=row["backend"] or "",
            index=row["position"],
            item=item,
            actors=tuple(principal),
            target=next(iter(roles["target"]), None),
            claimed_by=next(iter(roles["claimed_by"]), None),
            quotes=tuple(e.quote for e in item.evidence),
        )
        if entry.actors:
            entries.append((row["item_id"], entry))
    return entries


def earlier_merged_items(
    db: Database, new: Sequence[Sequence[Entry]], first_day: dt.date, skip: Collection[int]
) -> list[int | None]:
    """For each group of new entries (a briefing item none of whose reports is stored),
    the stored merged item it continues, or None. ``first_day`` is the earliest day of the
    new entries; ``skip`` are the merged items this briefing continues already."""
    entries = [e for group in new for e in group]
    if not entries or not db.execute("SELECT EXISTS (SELECT 1 FROM merged_items)").fetchone()[0]:
        return [None] * len(new)
    since = first_day - dt.timedelta(days=LINK_DAYS)
    candidates = _candidates(db, entries, since, skip)
    if not candidates:
        return [None] * len(new)
    by_merged: dict[int, list[Entry]] = defaultdict(list)
    for item_id, entry in _stored_entries(db, sorted(candidates)):
        by_merged[candidates[item_id]].append(entry)
    merged_ids = sorted(by_merged)
    found = continuing(new, [by_merged[m] for m in merged_ids])
    return [merged_ids[n] if n is not None else None for n in found]
