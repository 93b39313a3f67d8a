"""The store's schema, as numbered migrations applied in order, each in a transaction.

An analyst opens the file with ``sqlite3`` or Datasette, so the tables are plain and named
for what they hold, every link is a declared foreign key, and dates are ISO text
(``2022-02-03``; times ``2022-02-03T06:00:00Z``) that sort and compare as dates. A change
to the schema is a new migration at the end, never an edit of one already shipped: stores
written by earlier versions are upgraded by applying what they lack (sqlite-utils records
the names applied in ``_sqlite_migrations``).

What deleting cascades to follows ownership: an article owns its extracted items, an item
owns its evidence and its actor links, a unit of a scheduled source owns its article list.
Merged items are shared by many items, so they are tidied by the writer, not cascaded.
"""

from __future__ import annotations

import functools

from sqlite_utils import Database, Migrations
from sqlite_utils.db import ForeignKey

MIGRATIONS = Migrations("summarise")


def _owned_by(table: str, column: str, owner: str, owner_column: str = "id") -> ForeignKey:
    """A link whose row goes when the row it points at goes."""
    return ForeignKey(table, column, owner, owner_column, on_delete="CASCADE")


@MIGRATIONS()
def m001_briefed_items(db: Database) -> None:
    """Runs, articles, extracted items with their evidence and actors, and merged items."""
    db.table("runs").create(
        {"id": int, "kind": str, "label": str, "started": str, "backend": str},
        pk="id",
        not_null={"kind", "started"},
    )
    db.table("articles").create(
        {
            "id": str,
            "title": str,
            "outlet": str,
            "url": str,
            "published": str,
            "path": str,
            "text": str,
            "first_seen": str,
            "first_run": int,
        },
        pk="id",
        not_null={"text", "first_seen", "first_run"},
        foreign_keys=[("first_run", "runs", "id")],
    )
    db.table("actors").create(
        {"id": str, "name": str, "kind": str, "country": str},
        pk="id",
        not_null={"name", "kind"},
    )
    db.table("actor_names").create(
        {"actor_id": str, "name": str},
        pk=("actor_id", "name"),
        foreign_keys=[_owned_by("actor_names", "actor_id", "actors")],
    )
    db.table("merged_items").create(
        {
            "id": int,
            "category": str,
            "headline": str,
            "principal_id": str,
            "parties_key": str,
            "stance": str,
            "topic": str,
            "first_day": str,
            "last_day": str,
            "disputed": int,
            "first_run": int,
            "last_run": int,
        },
        pk="id",
        not_null={"category", "headline"},
        foreign_keys=[
            ("principal_id", "actors", "id"),
            ("first_run", "runs", "id"),
            ("last_run", "runs", "id"),
        ],
    )
    db.table("items").create(
        {
            "id": str,
            "article_id": str,
            "category": str,
            "position": int,
            "merged_item_id": int,
            "backend": str,
            "day": str,
            "day_basis": str,
            "date": str,
            "time_expression": str,
            "principal": str,
            "stance": str,
            "topic": str,
            "target": str,
            "summary": str,
            "activity": str,
            "forces": str,
            "quantity": str,
            "quantity_low": int,
            "quantity_high": int,
            "unit": str,
            "destination": str,
            "mode": str,
            "location": str,
            "status": str,
            "fields": str,
            "first_run": int,
        },
        pk="id",
        not_null={"article_id", "category", "position", "day", "day_basis", "fields"},
        foreign_keys=[
            _owned_by("items", "article_id", "articles"),
            ("merged_item_id", "merged_items", "id"),
            ("first_run", "runs", "id"),
        ],
    )
    db.table("item_actors").create(
        {"item_id": str, "actor_id": str, "role": str},
        pk=("item_id", "actor_id", "role"),
        foreign_keys=[
            _owned_by("item_actors", "item_id", "items"),
            ("actor_id", "actors", "id"),
        ],
    )
    db.table("evidence").create(
        {
            "id": int,
            "item_id": str,
            "position": int,
            "quote": str,
            "start": int,
            "end": int,
            "match": str,
        },
        pk="id",
        not_null={"item_id", "position", "quote"},
        foreign_keys=[_owned_by("evidence", "item_id", "items")],
    )
    # Full-text search on quotes. Triggers keep the index right on every change but an
    # insert: indexing a row at a time costs six times indexing a briefing's new quotes in
    # one statement, which the writer does (``index_new_quotes``).
    db.table("evidence").enable_fts(["quote"], create_triggers=True)
    db.execute("DROP TRIGGER evidence_ai")
    indexes = {
        "articles": [["published"]],
        "items": [["article_id"], ["merged_item_id"], ["category", "day"]],
        "item_actors": [["actor_id"]],
        "evidence": [["item_id", "position"]],
        "merged_items": [
            ["category", "first_day"],
            ["last_day"],
            ["parties_key"],
            ["principal_id"],
        ],
    }
    for table, columns in indexes.items():
        for index in columns:
            db.table(table).create_index(index)


@MIGRATIONS()
def m002_scheduled_state(db: Database) -> None:
    """What a scheduled briefing remembers between runs (formerly ``state.json`` and
    ``previous-briefing.json``): units seen by source, server validators, last briefing."""
    db.table("units").create(
        {
            "source": str,
            "key": str,
            "fingerprint": str,
            "at": str,
            "first_seen": str,
            "last_listed": str,
            "briefed": int,
        },
        pk=("source", "key"),
        not_null={"fingerprint", "at", "first_seen", "last_listed", "briefed"},
    )
    db.table("unit_articles").create(
        {"source": str, "key": str, "position": int, "article_id": str},
        pk=("source", "key", "position"),
        foreign_keys=[
            ForeignKey(
                "unit_articles",
                None,
                "units",
                None,
                columns=("source", "key"),
                other_columns=("source", "key"),
                is_compound=True,
                on_delete="CASCADE",
            ),
            ("article_id", "articles", "id"),
        ],
    )
    db.table("unit_articles").create_index(["article_id"])
    db.table("validators").create(
        {"source": str, "url": str, "etag": str, "last_modified": str},
        pk=("source", "url"),
    )
    db.table("briefings").create(
        {"run_id": int, "generated_at": str, "briefing": str},
        pk="run_id",
        not_null={"generated_at", "briefing"},
        foreign_keys=[("run_id", "runs", "id")],
    )


@MIGRATIONS()
def m003_unit_failures(db: Database) -> None:
    """Units of scheduled sources whose content is not an article, as they last failed: a
    run tells a file failing unchanged (named, but no new failure) from a new failure."""
    db.table("unit_failures").create(
        {"source": str, "key": str, "fingerprint": str, "reason": str, "since": str},
        pk=("source", "key"),
        not_null={"fingerprint", "reason", "since"},
    )


@MIGRATIONS()
def m004_unit_failure_names(db: Database) -> None:
    """A failing unit's name as the user knows it (the entry's link, the file's path): a
    feed that answers 304 Not Modified names its entries still failing from the store."""
    db.table("unit_failures").add_column("name", str)


@MIGRATIONS()
def m005_feed_read_from(db: Database) -> None:
    """The start of the window a feed's entries were last read for, beside its validators:
    a run whose window reaches further back asks for the whole feed, not a 304."""
    db.table("validators").add_column("read_from", str)


@MIGRATIONS()
def m006_unit_articles_left_out(db: Database) -> None:
    """Whether a briefed unit's article was left out by its source's keywords: a JSON
    Lines export briefed for its other records is reopened when widened keywords take the
    article in (the unit was marked briefed, and the article never was)."""
    db.table("unit_articles").add_column("left_out", int, not_null_default=0)


@functools.cache
def migration_names() -> frozenset[str]:
    """Every migration this version knows: what a new, empty store would apply."""
    with Database(memory=True, execute_plugins=False) as empty:
        return frozenset(m.name for m in MIGRATIONS.pending(empty))
