"""Merged items over time: which stored merged item each item of a new briefing joins.

Merged items outlive the briefings that made them. A briefing covers a window and numbers
its items afresh each time, so a briefing item is matched to the merged items its
extracted items already belong to: none makes a new merged item (unless it continues an
earlier one, see ``linking``), one is kept, several are joined into the oldest. Joining
only ever grows a merged item: what any briefing saw as one fact stays one. Only ids are
compared, so this costs one look-up per item, not a new merge of the whole history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlite_utils import Database

from summarise.briefing.build import BuiltBriefing
from summarise.briefing.involvement import principals
from summarise.briefing.model import BriefingItem, PositionItem
from summarise.store.items import ItemRow
from summarise.store.linking import earlier_merged_items
from summarise.store.sql import chunks, marks


class _Joined:
    """Merged item ids joined in this run: each absorbed id points at the one it joined."""

    def __init__(self) -> None:
        self._into: dict[int, int] = {}

    def find(self, merged: int) -> int:
        while merged in self._into:
            merged = self._into[merged]
        return merged

    def join(self, absorbed: int, kept: int) -> None:
        self._into[absorbed] = kept


def _merged_columns(item: BriefingItem, run_id: int) -> dict[str, Any]:
    parties = principals(item.category, item)
    return {
        "category": item.category,
        "headline": item.headline,
        "principal_id": parties[0].id if parties else None,
        "parties_key": " ".join(sorted({p.id for p in parties})),
        "stance": item.stance if isinstance(item, PositionItem) else None,
        "topic": item.topic if isinstance(item, PositionItem) else None,
        "disputed": int(bool(item.disagreements)),
        "last_run": run_id,
    }


def _link_new(
    db: Database, built: BuiltBriefing, members: list[list[ItemRow]], continued: list[set[int]]
) -> None:
    """Briefing items none of whose reports is stored yet continue the stored merged item
    of the same fact, where ``earlier_merged_items`` finds one (added to ``continued``)."""
    new = [n for n, earlier in enumerate(continued) if not earlier]
    if not new:
        return
    first_day = dt.date.fromisoformat(min(row.columns["day"] for n in new for row in members[n]))
    skip = {m for earlier in continued for m in earlier}
    found = earlier_merged_items(db, [built.members[n][1] for n in new], first_day, skip)
    for n, merged in zip(new, found, strict=True):
        if merged is not None:
            continued[n].add(merged)


def assign_merged(
    db: Database,
    built: BuiltBriefing,
    rows: Sequence[ItemRow],
    belongs: Mapping[str, int | None],
    run_id: int,
) -> tuple[dict[str, int], set[int]]:
    """Every briefing item to one merged item (see the module docstring), written before
    the new items that point at it. ``belongs`` is the merged item each row's item is
    stored in (None for a new item). Returns each row's merged item, and the merged items
    touched, whose days ``settle_merged`` works out once the items are in."""
    ids = iter(rows)
    members = [[next(ids) for _ in entries] for _, entries in built.members]
    continued = [{m for row in group if (m := belongs[row.id]) is not None} for group in members]
    _link_new(db, built, members, continued)
    joined = _Joined()
    touched: set[int] = set()
    assignments: list[tuple[int, str]] = []
    updates: list[tuple[Any, ...]] = []
    inserts: list[tuple[Any, ...]] = []
    names: list[str] = []
    next_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM merged_items").fetchone()[0]
    for (item, _), group, earlier in zip(built.members, members, continued, strict=True):
        existing = sorted({joined.find(m) for m in earlier})
        columns = _merged_columns(item, run_id)
        names = list(columns)
        if existing:
            kept, absorbed = existing[0], existing[1:]
            for other in absorbed:
                db.conn.execute(
                    "UPDATE items SET merged_item_id = ? WHERE merged_item_id = ?", [kept, other]
                )
                db.conn.execute("DELETE FROM merged_items WHERE id = ?", [other])
                joined.join(other, kept)
                touched.discard(other)
            updates.append((*columns.values(), kept))
        else:
            kept, next_id = next_id, next_id + 1
            inserts.append((kept, *columns.values(), run_id))
        touched.add(kept)
        assignments.extend((kept, row.id) for row in group)
    if inserts:
        db.conn.executemany(
            f"INSERT INTO merged_items (id, {', '.join(names)}, first_run) "
            f"VALUES ({marks(inserts[0])})",
            inserts,
        )
    if updates:
        sets = ", ".join(f"{name} = ?" for name in names)
        db.conn.executemany(f"UPDATE merged_items SET {sets} WHERE id = ?", updates)
    return {member: joined.find(kept) for kept, member in assignments}, touched


def settle_merged(db: Database, touched: set[int]) -> None:
    """The first and last day of each touched merged item from all its items; merged items
    left without items (their articles extracted afresh) removed."""
    for chunk in chunks(sorted(touched)):
        db.execute(
            f"""UPDATE merged_items SET
                    first_day = (SELECT min(day) FROM items WHERE merged_item_id = merged_items.id),
                    last_day = (SELECT max(day) FROM items WHERE merged_item_id = merged_items.id)
                WHERE id IN ({marks(chunk)})""",
            list(chunk),
        )
    db.execute(
        "DELETE FROM merged_items WHERE NOT EXISTS "
        "(SELECT 1 FROM items WHERE items.merged_item_id = merged_items.id)"
    )
