"""The store of a scheduled briefing, end to end: a feed served from 127.0.0.1 that grows
from run to run, a scripted model server standing in for the model (it echoes each seed's
hand label), a run killed mid-write, the timeline of a party across runs, and the README's
queries on the file opened read-only with nothing but ``sqlite3``."""

from __future__ import annotations

import html
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from helpers import ROOT, SEED_FILES, run_cli

from summarise.scheduled import RunRecord, run_briefing
from summarise.testing.fake_server import ScriptedModelServer
from summarise.testing.news_site import QUICK_RETRIES, NewsSite

# Tables whose rows a killed run must leave exactly as they were.
TABLES = (
    "runs",
    "articles",
    "items",
    "evidence",
    "item_actors",
    "merged_items",
    "units",
    "unit_articles",
    "validators",
    "unit_failures",
    "briefings",
)
# Kills the run at a chosen moment: the kill is real (SIGKILL, no clean-up of any kind);
# only its moment is chosen, after the items are written and before the commit.
KILLED_RUN = """
import os, signal, sys
from pathlib import Path

import summarise.store.writing as writing

real = writing.link_actors


def record_then_die(*args, **kwargs):
    real(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)


writing.link_actors = record_then_die
from summarise.scheduled import run_briefing

run_briefing(Path(sys.argv[1]))
"""


@pytest.fixture(autouse=True)
def clean_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No setting of the machine running the tests leaks into a run."""
    for name in list(os.environ):
        if name.startswith(("SUMMARISE_", "OPENAI_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("SUMMARISE_CONFIG", os.devnull)
    monkeypatch.setenv("SUMMARISE_DATA_DIR", str(tmp_path / "data"))


class GrowingFeed:
    """A desk's feed that gains seed articles day by day, and its briefing config."""

    def __init__(self, root: Path, site: NewsSite, model: ScriptedModelServer) -> None:
        self.site = site
        self.items: list[str] = []
        self.today = datetime.now(UTC).replace(hour=0, minute=1, second=0, microsecond=0)
        self.config = root / "briefing.toml"
        self.config.write_text(
            'window = "7d"\nformats = ["json"]\nstate_dir = "state"\ncache_dir = "cache"\n'
            f'[model]\nbase_url = "{model.base_url}"\nmodel = "scripted-model"\n'
            f'[[source]]\nname = "desk"\nfeed = "{site.url("/feed.xml")}"\n',
            encoding="utf-8",
        )
        self.store = root / "state" / "briefing.db"

    def add(self, seed: int, days_ago: int) -> None:
        path = SEED_FILES[seed]
        body = "".join(
            f"<p>{html.escape(p)}</p>" for p in path.read_text("utf-8").split("\n") if p.strip()
        )
        when = format_datetime(self.today - timedelta(days=days_ago), usegmt=True)
        self.items.append(
            f"<item><guid isPermaLink='false'>{path.stem}</guid><title>Seed {path.stem}</title>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded>"
            f"<pubDate>{when}</pubDate></item>"
        )
        self.site.put(
            "/feed.xml",
            "<?xml version='1.0'?><rss version='2.0' "
            "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
            "<title>Crisis desk</title>" + "".join(self.items) + "</channel></rss>",
            "application/rss+xml",
        )

    def run(self) -> RunRecord:
        return run_briefing(self.config, waits=QUICK_RETRIES)

    def day(self, days_ago: int) -> str:
        return (self.today - timedelta(days=days_ago)).date().isoformat()


@pytest.fixture
def feed(tmp_path: Path, label_echo_model_server: ScriptedModelServer) -> Iterator[GrowingFeed]:
    with NewsSite() as site:
        yield GrowingFeed(tmp_path, site, label_echo_model_server)


def three_runs(feed: GrowingFeed) -> list[RunRecord]:
    """Two articles that the phone call will happen, then one that it did, then another."""
    feed.add(2, days_ago=2)
    feed.add(3, days_ago=2)
    records = [feed.run()]
    feed.add(0, days_ago=1)
    records.append(feed.run())
    feed.add(1, days_ago=0)
    records.append(feed.run())
    return records


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def counts(db: sqlite3.Connection) -> dict[str, int]:
    return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def test_three_runs_over_a_growing_feed_keep_every_item_once_with_all_its_sources(
    feed: GrowingFeed,
) -> None:
    records = three_runs(feed)
    latest = json.loads((feed.config.parent / "briefings" / "latest.json").read_text("utf-8"))

    with read_only(feed.store) as db:
        runs = db.execute("SELECT id, kind FROM runs ORDER BY id").fetchall()
        first_runs = db.execute("SELECT title, first_run FROM articles ORDER BY title").fetchall()
        items = db.execute("SELECT count(*) FROM items").fetchone()[0]
        repeated = db.execute(
            "SELECT count(*) FROM (SELECT article_id, category, position FROM items "
            "GROUP BY 1, 2, 3 HAVING count(*) > 1)"
        ).fetchone()[0]
        merged = db.execute("SELECT count(*) FROM merged_items").fetchone()[0]
        call = db.execute(
            "SELECT count(DISTINCT i.article_id), min(a.first_run), max(a.first_run) "
            "FROM merged_items m JOIN items i ON i.merged_item_id = m.id "
            "JOIN articles a ON a.id = i.article_id "
            "WHERE m.headline LIKE 'Boris Johnson \u2013 Vladimir Putin · phone call%'"
        ).fetchall()
        units = db.execute("SELECT count(*), sum(briefed) FROM units").fetchone()
        integrity = db.execute("PRAGMA integrity_check").fetchall()
        dangling = db.execute("PRAGMA foreign_key_check").fetchall()

    assert [r.exit_code for r in records] == [0, 0, 0]
    assert [r.extracted for r in records] == [2, 1, 1]
    assert all(r.store == str(feed.store) for r in records)
    assert runs == [(1, "run"), (2, "run"), (3, "run")]
    stems = [p.stem for p in SEED_FILES]
    assert first_runs == [
        (f"Seed {stems[0]}", 2),
        (f"Seed {stems[1]}", 3),
        (f"Seed {stems[2]}", 1),
        (f"Seed {stems[3]}", 1),
    ]
    briefed = latest["counts"]["extracted_items"] - latest["counts"]["ungrounded_left_out"]
    assert items == briefed
    assert repeated == 0
    sections = ("positions", "military_movements", "diplomatic_contacts")
    assert merged == sum(len(latest[section]) for section in sections)
    assert call == [(4, 1, 3)]
    assert units == (4, 4)
    assert integrity == [("ok",)]
    assert dangling == []


def test_a_run_killed_mid_write_leaves_the_store_as_the_run_before_left_it(
    feed: GrowingFeed,
) -> None:
    feed.add(2, days_ago=2)
    feed.add(3, days_ago=2)
    feed.run()
    with read_only(feed.store) as db:
        before = counts(db)
    feed.add(0, days_ago=1)

    killed = subprocess.run(
        [sys.executable, "-c", KILLED_RUN, str(feed.config)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    with sqlite3.connect(feed.store) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchall()
        dangling = db.execute("PRAGMA foreign_key_check").fetchall()
        db.execute("INSERT INTO evidence_fts (evidence_fts, rank) VALUES ('integrity-check', 1)")
        after = counts(db)
    redone = feed.run()
    with read_only(feed.store) as db:
        final = counts(db)

    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert integrity == [("ok",)]
    assert dangling == []
    assert after == before
    assert (redone.sources[0].new, redone.extracted, redone.requests) == (1, 0, 0)
    assert redone.cache_hits == 3
    assert final["runs"] == 2
    assert final["items"] > before["items"]


def test_the_timeline_of_a_party_spans_the_runs(feed: GrowingFeed) -> None:
    three_runs(feed)

    shown = run_cli(["timeline", str(feed.config), "--party", "Putin", "--format", "json"])

    assert shown.returncode == 0, shown.stderr
    entries = json.loads(shown.stdout)["entries"]
    calls = [e for e in entries if e["headline"].endswith("phone call · held")]
    reported, update = calls
    stems = [p.stem for p in SEED_FILES]
    assert (reported["kind"], reported["day"]) == ("reported", feed.day(2))
    assert [s["title"] for s in reported["sources"]] == [
        f"Seed {stems[2]}",
        f"Seed {stems[3]}",
        f"Seed {stems[0]}",
        f"Seed {stems[1]}",
    ]
    assert [m["kind"] for m in reported["marks"]] == ["new_contact"]
    assert (update["kind"], update["day"]) == ("update", feed.day(1))
    assert update["marks"] == [{"kind": "status_changed", "text": "status planned → held"}]


def readme_queries() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Querying the store")[1].split("\n## ")[0]
    return re.findall(r"```sql\n(.*?)```", section, flags=re.DOTALL)


def test_the_readme_queries_run_on_the_store_opened_read_only(feed: GrowingFeed) -> None:
    three_runs(feed)
    contacts, troops, said = readme_queries()

    with read_only(feed.store) as db:
        met = db.execute(contacts).fetchall()
        figures = db.execute(troops).fetchall()
        quotes = db.execute(said).fetchall()
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.execute("DELETE FROM runs")

    assert [row[1] for row in met] == ["Boris Johnson \u2013 Vladimir Putin · phone call · held"]
    assert met[0][2] == 4
    assert {row[1] for row in figures} == {"about 100,000 troops", "about 130,000 troops"}
    assert [row[0] for row in figures] == sorted(row[0] for row in figures)
    assert any("NATO" in row[3] for row in quotes)
    assert {row[1] for row in quotes} == {"Vladimir Putin"}
