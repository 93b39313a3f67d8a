"""The store: every briefed item once, re-extractions replacing old items, merged items that
outlive briefings, dates for the timeline, and stores it must refuse."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from helpers import GENERATED, SEEDS, crisis_results, grounded_result, record_results, run_cli
from sqlite_utils import Database

from summarise.briefing.build import build_merged
from summarise.errors import ConfigError
from summarise.extraction.results import ArticleResult
from summarise.store import Recorded, open_store, opened
from summarise.store.migrations import MIGRATIONS

TABLES = ("runs", "articles", "items", "evidence", "item_actors", "merged_items", "actors")


def record(db: Database, results: list[ArticleResult], hours: int = 0) -> Recorded:
    return record_results(db, results, started=GENERATED + dt.timedelta(hours=hours))


def counts(db: Database) -> dict[str, int]:
    return {table: db.table(table).count for table in TABLES}


def fts_ok(db: Database) -> bool:
    db.execute("INSERT INTO evidence_fts (evidence_fts, rank) VALUES ('integrity-check', 1)")
    return True


def test_a_briefing_is_recorded_with_articles_items_evidence_actors_and_merged_items(
    tmp_path: Path,
) -> None:
    results = crisis_results()
    built = build_merged(results, backend="scripted", generated_at=GENERATED)

    with opened(tmp_path / "store.db") as db:
        record(db, results)
        found = counts(db)
        call = db.execute(
            "SELECT m.headline, count(*), count(DISTINCT i.article_id) FROM merged_items m "
            "JOIN items i ON i.merged_item_id = m.id WHERE m.headline LIKE '%phone call%Putin%'"
            " OR m.headline LIKE '%Putin%phone call%' GROUP BY m.id"
        ).fetchall()
        searched = db.execute(
            "SELECT e.quote FROM evidence_fts JOIN evidence e ON e.id = evidence_fts.rowid "
            "WHERE evidence_fts MATCH '130000 OR \"130,000\"'"
        ).fetchall()
        integrity = db.execute("PRAGMA integrity_check").fetchall()
        dangling = db.execute("PRAGMA foreign_key_check").fetchall()

    entries = sum(len(group) for _, group in built.members)
    assert found["runs"] == 1
    assert found["articles"] == 5
    assert found["items"] == entries == built.briefing.counts.extracted_items
    assert found["evidence"] == sum(len(e.item.evidence) for _, g in built.members for e in g)
    assert found["merged_items"] == len(built.members)
    assert call == [("Boris Johnson \u2013 Vladimir Putin · phone call · held", 5, 5)]
    assert any("130,000" in quote for (quote,) in searched)
    assert integrity == [("ok",)]
    assert dangling == []


def test_recording_the_same_briefing_again_adds_nothing_but_its_run(tmp_path: Path) -> None:
    with opened(tmp_path / "store.db") as db:
        record(db, crisis_results())
        before = counts(db)
        record(db, crisis_results(), hours=6)
        after = counts(db)

    assert after == {**before, "runs": 2}


def test_recording_says_what_was_new_and_what_was_stored_already(tmp_path: Path) -> None:
    results = crisis_results()
    express = next(r for r in results if r.article.id == "a-express")
    moved = len(express.extraction.military_movements)
    thinner = express.extraction.model_copy(update={"military_movements": []})
    with opened(tmp_path / "store.db") as db:
        first = record(db, results[:2])
        again = record(db, results[:2], hours=1)
        wider = record(db, results, hours=2)
        results[results.index(express)] = express.model_copy(update={"extraction": thinner})
        redone = record(db, results, hours=3)
    items = wider.items

    assert (first.articles, first.new_articles, first.new_items) == (2, 2, first.items)
    assert first.sentence("desk.db") == (
        f"Recorded in desk.db: 2 articles (all new) and {first.items} extracted items (all new)."
    )
    assert (again.new_articles, again.new_items, again.items) == (0, 0, first.items)
    assert again.sentence("desk.db") == (
        f"Nothing new recorded in desk.db: the 2 articles and {first.items} extracted items "
        "were stored already."
    )
    assert (wider.articles, wider.new_articles) == (5, 3)
    assert wider.new_items == items - first.items
    assert wider.sentence("d.db").startswith(
        f"Recorded in d.db: 5 articles (3 new, 2 already stored) and {items} extracted items "
        f"({items - first.items} new, {first.items} already stored)"
    )
    assert (redone.new_items, redone.replaced_items, redone.items) == (0, moved, items - moved)
    assert redone.sentence("d.db").endswith(
        f"; {moved} extracted items of an earlier extraction of the same articles replaced."
    )


def test_the_recorded_line_says_ungrounded_items_were_not_stored() -> None:
    recorded = Recorded(
        articles=1, new_articles=1, items=3, new_items=3, replaced_items=0, ungrounded=2
    )

    assert recorded.sentence("d.db") == (
        "Recorded in d.db: 1 article (new) and 3 extracted items (all new); 2 ungrounded items "
        "(quotes not found) not stored."
    )


def merged_counts(db: Database, headline: str) -> list[tuple[int, int, int, int]]:
    """Per merged item with this headline: its first and last run, articles and reports."""
    found = db.execute(
        "SELECT m.first_run, m.last_run, count(DISTINCT i.article_id), count(*) "
        "FROM merged_items m JOIN items i ON i.merged_item_id = m.id "
        "WHERE m.headline LIKE ? GROUP BY m.id ORDER BY m.id",
        [headline],
    )
    return [tuple(row) for row in found.fetchall()]


def test_a_later_briefing_continues_the_merged_items_of_an_earlier_one(tmp_path: Path) -> None:
    """Monday's briefing has the call announced, Thursday's (another window, other
    articles) has it held: the store makes them one merged item, as one briefing would."""
    results = crisis_results()
    with opened(tmp_path / "store.db") as db:
        record(db, results[:2])
        record(db, results[2:], hours=96)
        call = merged_counts(db, "%Vladimir Putin · phone call%")
        days = db.execute(
            "SELECT first_day, last_day FROM merged_items WHERE headline LIKE ?",
            ["%Vladimir Putin · phone call%"],
        ).fetchall()
        merged = db.table("merged_items").count

    final = build_merged(results, backend="scripted", generated_at=GENERATED)
    assert call == [(1, 2, 5, 5)]
    assert days == [("2022-01-29", "2022-02-02")]
    assert merged == len(final.members)


def later(result: ArticleResult, days: int) -> ArticleResult:
    published = result.article.published
    assert published is not None
    article = result.article.model_copy(update={"published": published + dt.timedelta(days)})
    return result.model_copy(update={"article": article})


def test_merged_items_a_briefing_sees_as_one_are_joined_into_the_older(tmp_path: Path) -> None:
    """Reports two months apart are too far apart to continue one another, until a
    briefing of both merges them: then the two merged items become one, the older."""
    results = crisis_results()
    far = [results[0], results[1], *(later(r, 60) for r in results[2:])]
    with opened(tmp_path / "store.db") as db:
        record(db, far[:2])
        record(db, far[2:], hours=6)
        apart = merged_counts(db, "Russia · mass%")
        record(db, far, hours=12)
        together = merged_counts(db, "Russia · mass%")
        dangling = db.execute("PRAGMA foreign_key_check").fetchall()

    assert apart == [(1, 1, 1, 1), (2, 2, 2, 2)]
    assert together == [(1, 3, 3, 3)]
    assert dangling == []


def test_an_article_extracted_afresh_has_its_old_items_replaced(tmp_path: Path) -> None:
    results = crisis_results()
    with opened(tmp_path / "store.db") as db:
        record(db, results)
        express = next(r for r in results if r.article.id == "a-express")
        thinner = express.extraction.model_copy(update={"military_movements": []})
        results[results.index(express)] = express.model_copy(update={"extraction": thinner})
        record(db, results, hours=6)
        movements = db.execute(
            "SELECT count(*) FROM items WHERE article_id = 'a-express' "
            "AND category = 'military_movements'"
        ).fetchone()
        orphans = db.execute(
            "SELECT count(*) FROM merged_items m WHERE NOT EXISTS "
            "(SELECT 1 FROM items i WHERE i.merged_item_id = m.id)"
        ).fetchone()
        searched = db.execute(
            "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH '130000 OR \"130,000\"'"
        ).fetchone()
        checked = fts_ok(db)

    assert movements == (0,)
    assert orphans == (0,)
    assert searched == (0,)
    assert checked


def dated_result(published: str | None, date: str | None) -> ArticleResult:
    text = "Mr Johnson met Mr Putin in Moscow."
    return grounded_result(
        {
            "article": {"id": f"a-{published}-{date}", "text": text, "published": published},
            "draft": {
                "diplomatic_contacts": [
                    {
                        "participants": [
                            {"name": "Boris Johnson", "kind": "person"},
                            {"name": "Vladimir Putin", "kind": "person"},
                        ],
                        "mode": "meeting",
                        "status": "held",
                        "date": date,
                        "evidence": [{"quote": text}],
                    }
                ]
            },
        }
    )


@pytest.mark.parametrize(
    ("published", "date", "day", "basis"),
    [
        ("2022-02-03", "2022-02-01", "2022-02-01", "item date"),
        ("2022-02-03", "2022-02-10", "2022-02-03", "published"),
        ("2022-02-03", None, "2022-02-03", "published"),
        (None, "2022-02-01", "2022-02-01", "item date"),
        (None, None, "2022-02-03", "first seen"),
    ],
)
def test_an_item_goes_on_the_day_it_happened_else_was_reported_else_was_first_seen(
    tmp_path: Path, published: str | None, date: str | None, day: str, basis: str
) -> None:
    with opened(tmp_path / "store.db") as db:
        record(db, [dated_result(published, date)])
        found = db.execute("SELECT day, day_basis FROM items").fetchall()

    assert found == [(day, basis)]


def test_a_store_written_by_a_newer_summarise_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    open_store(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES (?, 'm099_from_the_future', '2030-01-01')",
            [MIGRATIONS.name],
        )

    with pytest.raises(ConfigError) as error:
        open_store(path)

    assert str(error.value) == (
        f"Store {path} was written by a newer summarise (schema m099_from_the_future); "
        "upgrade summarise to use it."
    )


def test_a_missing_store_is_not_made_where_one_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist: give the file a briefing run wrote"):
        open_store(tmp_path / "nowhere.db", create=False)

    assert not (tmp_path / "nowhere.db").exists()


def test_a_store_whose_folder_cannot_be_made_is_refused_in_one_line(tmp_path: Path) -> None:
    """It reached the user as "No such file or directory: …", exit 1, naming no store."""
    (tmp_path / "taken").write_text("a file, not a folder\n", encoding="utf-8")
    args = ["brief", str(SEEDS), "--backend", "baseline", "--no-cache"]

    refused = run_cli([*args, "--store", str(tmp_path / "taken" / "desk.db")])

    assert refused.returncode == 2
    assert refused.stderr == (
        f"error: Store {tmp_path / 'taken' / 'desk.db'} cannot be made: its folder "
        f"{tmp_path / 'taken'} cannot be created (File exists); give a store in a folder "
        "you can write.\n"
    )


def test_a_store_in_a_folder_yet_to_be_made_is_made(tmp_path: Path) -> None:
    """The look-alike: folders that can be made are."""
    open_store(tmp_path / "new" / "folders" / "desk.db").close()

    assert (tmp_path / "new" / "folders" / "desk.db").is_file()


def test_an_older_store_is_brought_up_to_date(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    with Database(sqlite3.connect(path)) as db:
        MIGRATIONS.apply(db, stop_before="m002_scheduled_state")
        assert "units" not in db.table_names()

    with opened(path) as db:
        applied = [m.name for m in MIGRATIONS.applied(db)]
        tables = db.table_names()

    assert applied == [
        "m001_briefed_items",
        "m002_scheduled_state",
        "m003_unit_failures",
        "m004_unit_failure_names",
        "m005_feed_read_from",
        "m006_unit_articles_left_out",
    ]
    assert "units" in tables


def test_brief_records_into_a_store_and_refuses_one_that_is_not_before_any_work(
    tmp_path: Path,
) -> None:
    store = tmp_path / "desk.db"
    broken = tmp_path / "broken.db"
    broken.write_text("not a database\n" * 100, encoding="utf-8")
    args = ["brief", str(SEEDS), "--backend", "baseline", "--no-cache"]

    narrowed = run_cli([*args, "--store", str(store), "--party", "Putin"])
    refused = run_cli([*args, "--store", str(broken)])
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        items = db.execute("SELECT count(*) FROM items").fetchone()[0]
        parties = db.execute("SELECT count(DISTINCT principal) FROM items").fetchone()[0]

    assert narrowed.returncode == 0, narrowed.stderr
    assert narrowed.stderr.splitlines()[-1].startswith(f"Recorded in {store}: 4 articles (all new)")
    assert items > 50
    assert parties > 10
    assert refused.returncode == 2
    assert refused.stderr == (
        f"error: Store {broken} cannot be used (file is not a database); give another file, "
        "or move this one away to start a new store.\n"
    )


def test_a_party_view_records_the_same_actors_as_the_whole_briefing(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('"Boris Johnson" = "Prime Minister Johnson"\n', encoding="utf-8")
    args = ["brief", str(SEEDS), "--backend", "baseline", "--no-cache", "--aliases", str(aliases)]
    whole, view = tmp_path / "whole.db", tmp_path / "view.db"

    results = [
        run_cli([*args, "--store", str(whole)]),
        run_cli([*args, "--store", str(view), "--party", "Russia"]),
    ]
    principals = []
    for store in (whole, view):
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
            rows = db.execute("SELECT principal, count(*) FROM items GROUP BY principal")
            principals.append(dict(rows.fetchall()))

    assert [r.returncode for r in results] == [0, 0]
    assert principals[0] == principals[1]
    assert principals[0].get("Prime Minister Johnson", 0) > 0
