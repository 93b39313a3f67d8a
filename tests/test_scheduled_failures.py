"""A file that stays bad in a scheduled folder fails one run, not every run after it.

Cron and systemd report every non-zero exit, so a run must fail for what is new: a file
that failed before and has not changed is named on stderr and in the briefing's "Not
read", but the run exits 0. Real files in a tmp folder, through the ``summarise run``
command, with the offline baseline standing in for a model.
"""

from __future__ import annotations

import html
import json
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers import SEED_FILES, CliRun, run_cli

from summarise.scheduled.run_state import FailedUnit, RunState
from summarise.testing.news_site import NewsSite, article_page

EMPTY = "the file is empty"
BINARY = "looks like a binary file, not text"
FIXED = "Russia said on Monday it would pull its troops back from the border, the Kremlin said.\n"


class Desk:
    """A folder of saved articles, its scheduled briefing and the runs of it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.saved = root / "saved"
        self.saved.mkdir()
        self.config = root / "briefing.toml"
        self.config.write_text(
            'window = "24h"\nformats = ["md", "json"]\nstate_dir = "state"\n'
            'cache_dir = "cache"\n[model]\nbackend = "baseline"\n'
            '[[source]]\nname = "saved"\nfolder = "saved"\n',
            encoding="utf-8",
        )

    def add_seed(self, index: int) -> None:
        seed = SEED_FILES[index]
        (self.saved / seed.name).write_bytes(seed.read_bytes())

    def run(self) -> CliRun:
        return run_cli(["run", str(self.config)], {"SUMMARISE_DATA_DIR": str(self.root / "data")})

    def not_read(self) -> list[dict[str, str]]:
        latest = self.root / "briefings" / "latest.json"
        failures: list[dict[str, str]] = json.loads(latest.read_text("utf-8"))["failures"]
        return failures


@pytest.fixture
def desk(tmp_path: Path) -> Desk:
    found = Desk(tmp_path)
    found.add_seed(0)
    return found


def test_a_bad_file_fails_the_run_once_then_is_named_until_it_changes_or_is_fixed(
    desk: Desk,
) -> None:
    bad = desk.saved / "bad.txt"
    bad.write_bytes(b"")

    first = desk.run()
    again = desk.run()
    bad.write_bytes(bytes(range(256)) * 8)
    changed = desk.run()
    changed_again = desk.run()
    bad.write_text(FIXED, encoding="utf-8")
    fixed = desk.run()

    assert first.returncode == 1, first.stderr
    assert f"  failed  {bad}: {EMPTY}" in first.stderr
    assert desk.root.joinpath("briefings", "latest.md").exists()

    assert again.returncode == 0, again.stderr
    assert f"  still failing  {bad}: {EMPTY}" in again.stderr
    assert "so it does not fail this run" in again.stderr
    assert "1 article read, 1 could not be read (1 still failing); 0 new" in again.stderr
    assert "folder saved: 1 read, 1 could not be read (1 still failing); 0 new" in again.stderr

    assert changed.returncode == 1, changed.stderr
    assert f"  failed  {bad}: {BINARY}" in changed.stderr
    assert changed_again.returncode == 0, changed_again.stderr

    assert fixed.returncode == 0, fixed.stderr
    assert "folder saved: 2 read; 1 new, 0 changed\n" in fixed.stderr
    assert str(bad) not in fixed.stderr
    assert desk.not_read() == []
    assert "Not read" not in desk.root.joinpath("briefings", "latest.md").read_text("utf-8")


def test_a_briefing_written_while_a_file_still_fails_names_it(desk: Desk) -> None:
    bad = desk.saved / "bad.txt"
    bad.write_bytes(b"")
    desk.run()
    desk.add_seed(1)

    later = desk.run()

    assert later.returncode == 0, later.stderr
    assert "1 new" in later.stderr
    assert "Briefing written to " in later.stderr
    assert desk.not_read() == [{"source": str(bad), "reason": EMPTY}]


def test_what_failed_is_kept_in_the_store_and_a_deleted_file_is_forgotten(desk: Desk) -> None:
    bad = desk.saved / "bad.txt"
    bad.write_bytes(b"")
    desk.run()
    store = desk.root / "state" / "briefing.db"
    with sqlite3.connect(store) as db:
        kept = db.execute("SELECT source, key, reason FROM unit_failures").fetchall()

    bad.unlink()
    gone = desk.run()
    bad.write_bytes(b"")
    back = desk.run()

    assert kept == [("saved", f"file:{bad}", f"{EMPTY}; add the article text or leave it out")]
    assert gone.returncode == 0, gone.stderr
    assert "failing" not in gone.stderr
    # A file deleted and put back is new again: the run that forgot it said it was gone.
    assert back.returncode == 1, back.stderr


def test_a_feed_entry_that_stays_bad_fails_one_run_while_the_feed_moves_on(
    tmp_path: Path,
) -> None:
    bad = "<item><guid>bad</guid><title>Bad</title><link>javascript:void(0)</link></item>"

    def good(index: int) -> str:
        text = html.escape(SEED_FILES[index].read_text("utf-8"))
        title = f"<guid>{index}</guid><title>Seed {index}</title>"
        return f"<item>{title}<description>{text}</description></item>"

    with NewsSite() as site:

        def publish(*items: str) -> None:
            channel = "<channel><title>Wire</title>" + "".join(items) + "</channel>"
            site.put("/feed.xml", f"<rss version='2.0'>{channel}</rss>", "application/rss+xml")

        desk = Desk(tmp_path)
        desk.config.write_text(
            desk.config.read_text("utf-8").replace(
                'folder = "saved"', f'feed = "{site.url("/feed.xml")}"'
            ),
            encoding="utf-8",
        )
        publish(bad, good(0))
        first = desk.run()
        publish(bad, good(0), good(1))
        second = desk.run()

    what = "a teaser whose link is not a web address (http or https)"
    reason = f"{what}; nothing to fetch"
    assert first.returncode == 1, first.stderr
    assert f"  failed  javascript:void(0): {reason}" in first.stderr
    assert second.returncode == 0, second.stderr
    assert f"  still failing  javascript:void(0): {reason}" in second.stderr
    assert "1 new" in second.stderr
    # The briefing keeps what went wrong; what to do about it is for stderr.
    assert desk.not_read() == [{"source": "javascript:void(0)", "reason": what}]


def teaser_desk(tmp_path: Path, site: NewsSite, link: str) -> Desk:
    """A desk reading one feed from ``site``: one entry, a teaser (``FIXED``) of ``link``."""
    item = (
        f"<item><guid>talks</guid><title>Talks</title><link>{link}</link>"
        f"<content:encoded><![CDATA[<p>{FIXED}</p>]]></content:encoded></item>"
    )
    site.put(
        "/feed.xml",
        "<rss version='2.0' xmlns:content='http://purl.org/rss/1.0/modules/content/'>"
        f"<channel><title>Wire</title>{item}</channel></rss>",
        "application/rss+xml",
    )
    desk = Desk(tmp_path)
    desk.config.write_text(
        desk.config.read_text("utf-8").replace(
            'folder = "saved"', f'feed = "{site.url("/feed.xml")}"'
        ),
        encoding="utf-8",
    )
    return desk


def test_a_short_entry_whose_page_is_gone_is_briefed_from_its_text_not_failed_every_run(
    tmp_path: Path,
) -> None:
    """Its page answers 404 every run, so failing would be for ever: the feed's own text is
    briefed at once, with a warning; the next run asks for the page once more (a 404 may
    mean "not yet") and, still missing, has nothing new; later runs do not ask again."""
    with NewsSite() as site:
        link = site.url("/world/talks")
        desk = teaser_desk(tmp_path, site, link)
        first = desk.run()
        again = desk.run()
        after = desk.run()
        asked = len(site.hits("/world/talks"))

    assert first.returncode == 0, first.stderr
    assert (
        f"  warning  {link}: article page HTTP 404 Not Found; briefed from the feed entry's "
        f"own text ({len(FIXED.strip())} characters) for now"
    ) in first.stderr
    assert "1 new" in first.stderr
    assert desk.not_read() == []
    latest = json.loads((desk.root / "briefings" / "latest.json").read_text("utf-8"))
    assert [s["url"] for s in latest["sources"]] == [link]
    assert again.returncode == 0, again.stderr
    assert "HTTP 404 Not Found again" in again.stderr
    assert "0 new, 0 changed" in again.stderr
    assert "Nothing new since the last run" in again.stderr
    assert "warning" not in after.stderr
    assert "Nothing new since the last run" in after.stderr
    assert asked == 2


def test_a_page_published_after_its_feed_entry_is_briefed_whole_on_the_next_run(
    tmp_path: Path,
) -> None:
    """The first run met a 404 because the feed came out before its page: the teaser is
    briefed at once, and the next run briefs the whole article, its own items new."""
    seed = SEED_FILES[0].read_text(encoding="utf-8")
    with NewsSite() as site:
        link = site.url("/world/talks")
        desk = teaser_desk(tmp_path, site, link)
        first = desk.run()
        site.put("/world/talks", article_page("Talks", seed))
        again = desk.run()

    assert "for now: the page is asked for again next run" in first.stderr
    assert again.returncode == 0, again.stderr
    assert "warning" not in again.stderr
    assert "0 new, 1 changed" in again.stderr
    latest = (desk.root / "briefings" / "latest.json").read_text("utf-8")
    assert json.loads(latest)["changes"]["new_items"]


def test_what_could_not_be_read_is_counted_apart_from_what_was_read(tmp_path: Path) -> None:
    desk = Desk(tmp_path)
    for index in range(len(SEED_FILES)):
        desk.add_seed(index)
    (desk.saved / "empty.txt").write_bytes(b"")
    (desk.saved / "binary.txt").write_bytes(bytes(range(256)) * 8)
    with NewsSite() as site:
        dead = site.url("/missing")
        (tmp_path / "watch.txt").write_text(f"{dead}\n", encoding="utf-8")
        with desk.config.open("a", encoding="utf-8") as config:
            config.write('[[source]]\nname = "watch"\nurls = "watch.txt"\n')

        first = desk.run()
        again = desk.run()

    assert first.returncode == 1, first.stderr
    assert "folder saved: 4 read, 2 could not be read; 4 new, 0 changed" in first.stderr
    assert "urls watch: 0 read, 1 could not be read; 0 new, 0 changed" in first.stderr
    assert re.search(r"^Run .*: 4 articles read, 3 could not be read; 4 new", first.stderr, re.M)
    assert "seen" not in first.stderr
    assert "4 articles read, 4 cited" in (desk.root / "briefings" / "latest.md").read_text("utf-8")
    # The URL's failure cannot tell whether it changed, so it fails again; the files wait.
    assert ": 4 articles read, 3 could not be read (2 still failing); 0 new" in again.stderr
    logged = [json.loads(line) for line in (desk.root / "state" / "runs.jsonl").open()]
    assert [(r["read"], r["unread"], r["sources_unread"]) for r in logged] == [(4, 3, 0)] * 2
    assert [s["read"] for s in logged[0]["sources"]] == [4, 0]


def test_latest_follows_what_could_not_be_read_when_nothing_else_is_new(desk: Desk) -> None:
    bad = desk.saved / "bad.txt"
    bad.write_bytes(b"")
    latest = desk.root / "briefings" / "latest.md"
    desk.run()
    bad.write_bytes(bytes(range(256)) * 8)

    other_reason = desk.run()
    other_reason_md = latest.read_text("utf-8")
    other_reason_json = desk.not_read()
    bad.unlink()
    gone = desk.run()
    gone_md = latest.read_text("utf-8")
    unchanged = desk.run()

    assert other_reason.returncode == 1, other_reason.stderr
    assert "nothing new, but what could not be read changed" in other_reason.stderr
    assert f"({BINARY})." in other_reason_md
    assert EMPTY not in other_reason_md
    assert other_reason_json == [{"source": str(bad), "reason": BINARY}]
    assert "Changed:" not in other_reason_md
    assert gone.returncode == 0, gone.stderr
    assert "Not read" not in gone_md
    assert desk.not_read() == []
    assert "Nothing new since the last run" in unchanged.stderr
    assert latest.read_text("utf-8") == gone_md


def test_a_feed_not_modified_still_names_its_entries_that_fail(tmp_path: Path) -> None:
    bad = "<item><guid>bad</guid><title>Bad</title><link>javascript:void(0)</link></item>"
    text = html.escape(SEED_FILES[0].read_text("utf-8"))
    good = f"<item><guid>0</guid><title>Seed</title><description>{text}</description></item>"
    with NewsSite() as site:
        channel = f"<channel><title>Wire</title>{bad}{good}</channel>"
        site.put("/feed.xml", f"<rss version='2.0'>{channel}</rss>", "application/rss+xml")
        desk = Desk(tmp_path)
        with desk.config.open("a", encoding="utf-8") as config:
            config.write(f'[[source]]\nname = "wire"\nfeed = "{site.url("/feed.xml")}"\n')
        first = desk.run()
        unchanged = desk.run()
        desk.add_seed(1)
        briefed = desk.run()
        statuses = [hit.headers.get("if-none-match") is not None for hit in site.hits()]

    what = "a teaser whose link is not a web address (http or https)"
    assert statuses == [False, True, True]
    assert first.returncode == 1, first.stderr
    for later in (unchanged, briefed):
        assert later.returncode == 0, later.stderr
        assert "feed wire: not modified since the last run (1 read, 1 still failing)" in (
            later.stderr
        )
        assert f"  still failing  javascript:void(0): {what}; nothing to fetch (unchanged" in (
            later.stderr
        )
    assert "Nothing new since the last run" in unchanged.stderr
    assert "1 new" in briefed.stderr
    assert desk.not_read() == [{"source": "javascript:void(0)", "reason": what}]


def test_a_failure_kept_without_a_name_by_an_earlier_version_is_named_by_its_key() -> None:
    since = datetime(2026, 1, 1, tzinfo=UTC)
    state = RunState(
        failed={
            "wire": {
                "url:https://news.example.org/a": FailedUnit(
                    fingerprint="f", reason="no article text in the entry", since=since
                )
            }
        }
    )

    (held,) = state.held_failures("wire")

    assert (held.key, held.fingerprint) == ("url:https://news.example.org/a", "f")
    assert held.failure.name == "https://news.example.org/a"
    assert held.failure.reason == "no article text in the entry"
