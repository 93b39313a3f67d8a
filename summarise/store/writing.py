"""Recording what a briefing read and made, in one transaction: the run, its articles,
their extracted items (``items``) and the merged items they belong to (``merged``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlite_utils import Database

from summarise.article import Article
from summarise.briefing.build import BuiltBriefing, build_merged
from summarise.extraction.results import ArticleResult
from summarise.recorded import Recorded
from summarise.store.items import (
    item_rows,
    link_actors,
    record_actors,
    replace_extractions,
    stored_items,
)
from summarise.store.merged import assign_merged, settle_merged
from summarise.store.sql import chunks, marks
from summarise.store.times import iso_time


def start_run(
    db: Database, *, kind: str, label: str, started: dt.datetime, backend: str | None
) -> int:
    """A row for the run about to record; everything it writes points at it."""
    cursor = db.execute(
        "INSERT INTO runs (kind, label, started, backend) VALUES (?, ?, ?, ?)",
        [kind, label, iso_time(started), backend],
    )
    return int(cursor.lastrowid or 0)


def record_articles(
    db: Database, articles: Iterable[Article], run_id: int, seen: dt.datetime
) -> dict[str, str]:
    """New articles are first seen now, in this run; a known one keeps its first sight and
    takes the latest title, outlet, URL and date (a feed may correct them). Returns when
    each was first seen, by id."""
    unique = {a.id: a for a in articles}
    db.conn.executemany(
        """INSERT INTO articles (id, title, outlet, url, published, path, text, first_seen,
                                 first_run)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET title = excluded.title, outlet = excluded.outlet,
               url = excluded.url, published = excluded.published, path = excluded.path,
               text = excluded.text""",
        [
            (
                a.id,
                a.title,
                a.source,
                a.url,
                a.published.isoformat() if a.published else None,
                a.path,
                a.text,
                iso_time(seen),
                run_id,
            )
            for a in unique.values()
        ],
    )
    first_seen: dict[str, str] = {}
    ids = list(unique)
    for chunk in chunks(ids):
        rows = db.execute(
            f"SELECT id, first_seen FROM articles WHERE id IN ({marks(chunk)})", list(chunk)
        )
        first_seen.update(dict(rows.fetchall()))
    return first_seen


def stored_article(row: dict[str, Any]) -> Article:
    """An article as ``record_articles`` stored it (a row of ``articles``)."""
    published = row["published"]
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        source=row["outlet"],
        url=row["url"],
        published=dt.date.fromisoformat(published) if published else None,
        path=row["path"],
    )


def record_briefing(
    db: Database,
    *,
    run_id: int,
    seen: dt.datetime,
    articles: Sequence[Article],
    built: BuiltBriefing,
) -> Recorded:
    """Record the articles a briefing read and the items it merged, in one transaction
    (nested in the caller's, when there is one); says what was new."""
    with db.atomic():
        first_seen = record_articles(db, articles, run_id, seen)
        rows = item_rows(built, first_seen)
        record_actors(db, built, rows)
        stored = stored_items(db, [a.id for a in articles])
        belongs = {row.id: stored[row.id][1] if row.id in stored else None for row in rows}
        merged_of, touched = assign_merged(db, built, rows, belongs, run_id)
        inserted, dropped = replace_extractions(db, stored, rows, merged_of, run_id)
        link_actors(db, rows)
        settle_merged(db, touched)
        return Recorded(
            articles=len(first_seen),
            new_articles=_first_seen_in(db, list(first_seen), run_id),
            items=len(rows),
            new_items=inserted,
            replaced_items=dropped,
            ungrounded=built.briefing.counts.ungrounded_left_out,
            run_id=run_id,
        )


def _first_seen_in(db: Database, article_ids: Sequence[str], run_id: int) -> int:
    """How many of these articles the run ``run_id`` saw first."""
    found = 0
    for chunk in chunks(article_ids):
        row = db.execute(
            f"SELECT count(*) FROM articles WHERE first_run = ? AND id IN ({marks(chunk)})",
            [run_id, *chunk],
        ).fetchone()
        found += int(row[0])
    return found


def record_run(
    db: Database,
    *,
    kind: str,
    label: str,
    started: dt.datetime,
    backend: str | None,
    articles: Sequence[Article],
    built: BuiltBriefing,
) -> Recorded:
    """A run and what it briefed, in one transaction; what was new, and the run's id."""
    with db.atomic():
        run_id = start_run(db, kind=kind, label=label, started=started, backend=backend)
        return record_briefing(db, run_id=run_id, seen=started, articles=articles, built=built)


def record_brief(
    db: Database,
    *,
    label: str,
    started: dt.datetime,
    results: Sequence[ArticleResult],
    built: BuiltBriefing,
    aliases: Mapping[str, str] | None = None,
    left_out: tuple[int, int] = (0, 0),
) -> Recorded:
    """A ``brief`` and what it extracted. The store keeps every grounded item whatever the
    briefing shows: ``--party`` and ``--include-ungrounded`` are views, so the store gets an
    unfiltered merge of its own, made with the same aliases, so that a view never changes
    who the stored items are."""
    briefing = built.briefing
    if briefing.filters.party is not None or briefing.filters.include_ungrounded:
        built = build_merged(
            results,
            backend=briefing.backend,
            since=briefing.filters.since,
            aliases=aliases,
            left_out=left_out,
        )
    return record_run(
        db,
        kind="brief",
        label=label,
        started=started,
        backend=briefing.backend,
        articles=[r.article for r in results],
        built=built,
    )
