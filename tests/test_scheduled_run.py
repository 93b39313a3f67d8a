"""Scheduled runs end to end: a feed and article pages served from 127.0.0.1, and a
scripted model server standing in for the model (it echoes each seed's hand label)."""

from __future__ import annotations

import html
import json
import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from summarise.cli import main
from summarise.scheduled import RunLocked, RunRecord, run_briefing, summary_lines
from summarise.scheduled.lock import run_lock
from summarise.session import Session
from summarise.testing.fake_server import HttpError, LabelEchoResponder, ScriptedModelServer
from summarise.testing.news_site import QUICK_RETRIES, NewsSite, article_page

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
LABELS = ROOT / "evals" / "labels"
UPDATE = "\n\nDowning Street later confirmed that the call had lasted forty minutes.\n"


@pytest.fixture
def news_site() -> Iterator[NewsSite]:
    """News sites on 127.0.0.1 standing in for the web."""
    with NewsSite() as site:
        yield site


@pytest.fixture
def label_echo_model_server() -> Iterator[ScriptedModelServer]:
    """A scripted server standing in for a model: it answers with each seed's hand label."""
    with ScriptedModelServer(LabelEchoResponder(LABELS)) as server:
        yield server


@pytest.fixture(autouse=True)
def clean_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No setting of the machine running the tests leaks into a run."""
    for name in list(os.environ):
        if name.startswith(("SUMMARISE_", "OPENAI_")):
            monkeypatch.delenv(name)
    (tmp_path / "empty.toml").write_text("", encoding="utf-8")
    monkeypatch.setenv("SUMMARISE_CONFIG", str(tmp_path / "empty.toml"))
    monkeypatch.setenv("SUMMARISE_DATA_DIR", str(tmp_path / "data"))


class Desk:
    """A crisis desk's setup: a feed of seed articles, its config, and its runs."""

    def __init__(self, root: Path, site: NewsSite, model: ScriptedModelServer) -> None:
        self.root = root
        self.site = site
        self.model = model
        self.items: list[str] = []
        self.config = root / "briefing.toml"
        self.now = datetime.now(UTC)

    def seed(self, index: int, *, teaser: bool = False, hours_ago: float = 2) -> str:
        """Put seed ``index`` in the feed, in full or as a teaser linking to its page."""
        path = SEEDS[index]
        text = path.read_text(encoding="utf-8")
        title = f"Seed {path.stem}"
        self.site.put(f"/news/{path.stem}", article_page(title, text))
        body = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
        content = "" if teaser else f"<content:encoded><![CDATA[{body}]]></content:encoded>"
        when = format_datetime(self.now - timedelta(hours=hours_ago), usegmt=True)
        self.items.append(
            f"<item><guid isPermaLink='false'>{path.stem}</guid><title>{title}</title>"
            f"<link>{self.site.url('/news/' + path.stem)}</link>"
            f"<description>{html.escape(text[:150])}</description>{content}"
            f"<pubDate>{when}</pubDate></item>"
        )
        self.site.put("/feed.xml", self.feed(), "application/rss+xml")
        return text

    def feed(self) -> str:
        return (
            "<?xml version='1.0'?><rss version='2.0' "
            "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
            "<title>Crisis desk</title>" + "".join(self.items) + "</channel></rss>"
        )

    def write_config(
        self, sources: str | None = None, *, overview: bool = False, **top: str
    ) -> Path:
        """The desk's config; the overview is off unless asked for, so that requests count
        extractions."""
        settings = "".join(f"{key} = {value}\n" for key, value in top.items())
        self.config.write_text(
            f'window = "24h"\nformats = ["md", "json"]\nstate_dir = "state"\n'
            f'cache_dir = "cache"\n{settings}'
            f'[model]\nbase_url = "{self.model.base_url}"\nmodel = "scripted-model"\n'
            f"overview = {str(overview).lower()}\n"
            "[fetch]\nretries = 1\n"
            + (sources or f'[[source]]\nname = "desk"\nfeed = "{self.site.url("/feed.xml")}"\n'),
            encoding="utf-8",
        )
        return self.config

    def run(self, now: datetime | None = None) -> RunRecord:
        return run_briefing(self.config, now=now, waits=QUICK_RETRIES)

    def saved(self, seeds: list[Path]) -> Path:
        """The seeds copied into the folder ``saved``, for a folder source."""
        folder = self.root / "saved"
        folder.mkdir()
        for seed in seeds:
            (folder / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
        return folder

    def latest(self, fmt: str = "md") -> str:
        return (self.root / "briefings" / f"latest.{fmt}").read_text(encoding="utf-8")


@pytest.fixture
def desk(tmp_path: Path, news_site: NewsSite, label_echo_model_server: ScriptedModelServer) -> Desk:
    return Desk(tmp_path, news_site, label_echo_model_server)


def test_first_run_extracts_all_and_a_second_run_asks_the_model_nothing(desk: Desk) -> None:
    for index in range(3):
        desk.seed(index)
    desk.write_config()

    first = desk.run()
    requests = len(desk.model.chat_requests)
    latest = desk.latest()
    second = desk.run()

    assert (first.sources[0].new, first.extracted, first.exit_code) == (3, 3, 0)
    assert requests == 3
    assert first.first_briefing
    assert "This is the first briefing of this configuration" in latest
    dated = [Path(p).name for p in first.written]
    assert dated == [
        f"briefing-{first.started:%Y-%m-%dT%H%M%S}Z.md",
        f"briefing-{first.started:%Y-%m-%dT%H%M%S}Z.json",
    ]
    assert second.nothing_new
    assert (second.requests, second.extracted, second.exit_code) == (0, 0, 0)
    assert len(desk.model.chat_requests) == requests
    assert desk.latest() == latest
    assert "Nothing new since the last run: no model calls" in summary_lines(second)[-1]


def test_a_briefing_with_a_model_gets_its_overview_once(desk: Desk) -> None:
    for index in range(2):
        desk.seed(index)
    desk.write_config(overview=True)

    first = desk.run()
    requests = len(desk.model.chat_requests)
    second = desk.run()

    assert first.exit_code == 0
    assert requests == 3  # two articles and the overview
    assert first.overview is not None
    assert first.overview.endswith("of 3 sentences kept")
    assert "## Overview" in desk.latest()
    assert json.loads(desk.latest("json"))["overview"]["written_by"] == first.backend
    assert f"overview: {first.overview}" in summary_lines(first)[-1]
    assert second.nothing_new
    assert len(desk.model.chat_requests) == requests


def test_conditional_get_sends_validators_and_a_304_is_handled(desk: Desk) -> None:
    desk.seed(0)
    desk.write_config()

    desk.run()
    second = desk.run()

    first_hit, second_hit = desk.site.hits("/feed.xml")
    page = desk.site.pages["/feed.xml"]
    assert "if-none-match" not in first_hit.headers
    assert second_hit.headers["if-none-match"] == page.etag
    assert second_hit.headers["if-modified-since"] == page.last_modified
    assert second.sources[0].not_modified
    assert second.sources[0].listed == 1
    assert second.in_window == 1
    assert summary_lines(second)[0] == "feed desk: not modified since the last run (1 read)"


def test_a_new_feed_item_costs_one_extraction_and_is_listed_as_new(desk: Desk) -> None:
    for index in range(3):
        desk.seed(index)
    desk.write_config()
    desk.run()
    before = len(desk.model.chat_requests)

    text = desk.seed(3)
    third = desk.run()

    new_requests = desk.model.chat_requests[before:]
    assert len(new_requests) == 1
    assert text.split("\n")[0][:60] in json.dumps(new_requests[0])
    assert (third.sources[0].new, third.extracted, third.cache_hits) == (1, 1, 3)
    briefing = json.loads(desk.latest("json"))
    newcomer = next(
        s["number"] for s in briefing["sources"] if s["title"] == "Seed " + SEEDS[3].stem
    )
    new_ids = briefing["changes"]["new_items"]
    assert new_ids
    assert third.new_items == len(new_ids)
    items = {
        i["id"]: i
        for c in ("positions", "military_movements", "diplomatic_contacts")
        for i in briefing[c]
    }
    assert all({r["source"] for r in items[i]["reports"]} == {newcomer} for i in new_ids)
    section = desk.latest().split("## New since the last briefing")[1].split("\n## ")[0]
    assert section.count("- New: ") == len(new_ids)
    assert f"({new_ids[0]}) [{newcomer}]" in section


def test_a_summary_only_item_fetches_its_page(desk: Desk) -> None:
    full = desk.seed(0)
    teaser = desk.seed(1, teaser=True)
    desk.write_config()

    record = desk.run()

    assert record.extracted == 2
    assert desk.site.hits("/news/" + SEEDS[0].stem) == []
    assert len(desk.site.hits("/news/" + SEEDS[1].stem)) == 1
    sent = json.dumps(desk.model.chat_requests)
    last_paragraph = [p for p in teaser.split("\n") if p.strip()][-1]
    assert json.dumps(last_paragraph[:80])[1:-1] in sent
    assert json.dumps(full.split("\n")[0][:80])[1:-1] in sent


def test_a_teaser_whose_page_failed_is_tried_again_though_the_feed_is_unchanged(
    desk: Desk,
) -> None:
    """A 304 lists no entries: the run after a page failed asks for the whole feed, so
    the page is tried again, as the failure line promised."""
    desk.seed(0)
    desk.seed(1, teaser=True)
    desk.site.pages["/news/" + SEEDS[1].stem].failures = [503, 503]
    desk.write_config()

    first = desk.run()
    second = desk.run()
    third = desk.run()

    assert (first.sources[0].new, len(first.sources[0].failures)) == (1, 1)
    assert "if-none-match" not in desk.site.hits("/feed.xml")[1].headers
    assert (second.sources[0].new, second.sources[0].failures) == (1, [])
    assert len(desk.site.hits("/news/" + SEEDS[1].stem)) == 3  # two tries, then one
    assert third.sources[0].not_modified


def test_feed_items_older_than_the_window_are_not_fetched(desk: Desk) -> None:
    desk.seed(0, teaser=True, hours_ago=72)
    desk.seed(1)
    desk.write_config()

    record = desk.run()

    assert record.sources[0].too_old == 1
    assert desk.site.hits("/news/" + SEEDS[0].stem) == []
    assert record.in_window == 1


def test_a_broken_feed_is_reported_and_the_other_sources_still_run(desk: Desk) -> None:
    folder = desk.root / "saved"
    folder.mkdir()
    (folder / "a.txt").write_text(SEEDS[2].read_text(encoding="utf-8"), encoding="utf-8")
    desk.site.put("/down.xml", "<rss/>")
    desk.site.pages["/down.xml"].status = 500
    desk.site.put("/garbage.xml", "<html><body>Subscribe!</body></html>", "text/html")
    desk.seed(0)
    desk.write_config(
        f'[[source]]\nname = "down"\nfeed = "{desk.site.url("/down.xml")}"\n'
        f'[[source]]\nname = "garbage"\nfeed = "{desk.site.url("/garbage.xml")}"\n'
        f'[[source]]\nname = "desk"\nfeed = "{desk.site.url("/feed.xml")}"\n'
        '[[source]]\nname = "saved"\nfolder = "saved"\n'
    )

    record = desk.run()

    down, garbage, good, saved = record.sources
    assert down.error == (
        f"{desk.site.url('/down.xml')}: HTTP 500 Internal Server Error after 2 attempts"
    )
    assert garbage.error is not None
    assert "not an RSS or Atom feed" in garbage.error
    assert (good.new, saved.new) == (1, 1)
    assert record.extracted == 2
    assert record.written
    assert record.exit_code == 1
    lines = summary_lines(record)
    assert lines[0].startswith("feed down: FAILED: ")
    assert "2 articles read, 2 sources could not be read; 2 new, 0 changed;" in lines[-2]
    assert (record.read, record.unread, record.sources_unread) == (2, 0, 2)


def test_the_lock_refuses_an_overlapping_run(desk: Desk) -> None:
    desk.seed(0)
    desk.write_config()

    with run_lock(desk.root / "state"), pytest.raises(RunLocked) as error:
        desk.run()

    assert f"pid {os.getpid()}" in str(error.value)
    assert "Another run of this briefing is under way" in str(error.value)
    assert desk.site.hits() == []
    assert desk.run().extracted == 1


def test_the_keyword_filter_keeps_articles_mentioning_any_keyword(desk: Desk) -> None:
    desk.saved(SEEDS)
    desk.write_config('[[source]]\nfolder = "saved"\nkeywords = ["kuleba", "LOSSIEMOUTH"]\n')

    record = desk.run()

    assert record.sources[0].new == 4
    assert (record.in_window, record.extracted) == (2, 2)
    briefing = json.loads(desk.latest("json"))
    assert sorted(Path(s["path"]).name for s in briefing["sources"]) == [s.name for s in SEEDS[:2]]


def test_the_summary_says_what_the_window_leaves_out_of_what_was_read(desk: Desk) -> None:
    """A page both a feed and a URL list give is read twice but is one article of the
    window, and a file without the keywords is read but not briefed: the summary line says
    so, rather than leaving "6 read" beside "4 in the window" unexplained."""
    for index in (0, 1):
        desk.seed(index, teaser=True)
    watch = desk.root / "watch.txt"
    watch.write_text(
        f"{desk.site.url('/news/' + SEEDS[0].stem)}\n{desk.site.url('/news/' + SEEDS[1].stem)}\n",
        encoding="utf-8",
    )
    desk.saved(SEEDS[2:])
    desk.write_config(
        f'[[source]]\nname = "desk"\nfeed = "{desk.site.url("/feed.xml")}"\n'
        '[[source]]\nname = "watch"\nurls = "watch.txt"\n'
        '[[source]]\nfolder = "saved"\nkeywords = ["weekend"]\n'
    )

    record = desk.run()

    assert (record.read, record.in_window) == (6, 3)
    assert (record.duplicates, record.without_keywords) == (2, 1)
    total = summary_lines(record)[-2]
    assert "6 articles read;" in total
    left_out = "not counting 2 duplicates and 1 not matching the keywords;"
    assert f"3 in the 24h window ({left_out}" in total
    assert (record.extracted, len(json.loads(desk.latest("json"))["sources"])) == (3, 3)


PAGE = article_page("Seed", SEEDS[0].read_text("utf-8"))


def _page_and_saved_copy(desk: Desk) -> tuple[str, Path]:
    """Seed 0 as a page a `urls` list gives, and a folder source listed before that list."""
    url = desk.site.url("/news/" + SEEDS[0].stem)
    desk.site.put("/news/" + SEEDS[0].stem, PAGE)
    (desk.root / "watch.txt").write_text(f"{url}\n", encoding="utf-8")
    desk.saved(SEEDS[1:2])
    desk.write_config(
        '[[source]]\nfolder = "saved"\n[[source]]\nname = "watch"\nurls = "watch.txt"\n'
    )
    return url, desk.root / "saved" / "copy.html"


def test_a_saved_copy_of_a_page_briefed_before_leaves_it_the_page(desk: Desk) -> None:
    """The copy is the same text, so one article of the window: it was the copy (its
    source listed first) that the window held, and the briefing cited a local file in the
    page's place and called every item of the page "New"."""
    url, copy = _page_and_saved_copy(desk)
    first = desk.now.replace(microsecond=0)
    desk.run(first)
    copy.write_text(PAGE, encoding="utf-8")

    # A run's time is whole seconds: two runs in one second would tie the page's arrival
    # with the copy's, and a tie is the look-alike below (the first source listed gives
    # the article). The copy arrives a minute later, whatever the machine's speed.
    record = desk.run(first + timedelta(minutes=1))

    assert (record.sources[0].new, record.duplicates, record.in_window) == (1, 1, 2)
    briefing = json.loads(desk.latest("json"))
    assert url in [s["url"] for s in briefing["sources"]]
    assert str(copy) not in [s["path"] for s in briefing["sources"]]
    assert briefing["changes"]["new_items"] == []


def test_a_page_and_its_copy_first_seen_together_are_one_article(desk: Desk) -> None:
    """The look-alike: read in one run, neither came first, and the first source listed
    (the folder) gives the article, as before."""
    url, copy = _page_and_saved_copy(desk)
    copy.write_text(PAGE, encoding="utf-8")

    record = desk.run()

    assert (record.duplicates, record.in_window) == (1, 2)
    sources = json.loads(desk.latest("json"))["sources"]
    assert str(copy) in [s["path"] for s in sources]
    assert url not in [s["url"] for s in sources]


def test_a_window_with_nothing_left_out_says_nothing_of_it(desk: Desk) -> None:
    desk.seed(0)
    desk.write_config()

    record = desk.run()

    assert (record.duplicates, record.without_keywords) == (0, 0)
    assert "not counting" not in summary_lines(record)[-2]


def test_articles_a_widened_keyword_takes_in_are_briefed_by_the_next_run(desk: Desk) -> None:
    """Keywords edited in the config: the files they now take in were read before, and the
    run said "nothing new" until some other article arrived."""
    desk.saved(SEEDS)
    desk.write_config('[[source]]\nfolder = "saved"\nkeywords = ["LOSSIEMOUTH"]\n')
    first = desk.run()
    desk.write_config('[[source]]\nfolder = "saved"\nkeywords = ["lossiemouth", "kuleba"]\n')

    widened = desk.run()
    after = desk.run()

    assert (first.in_window, first.extracted) == (1, 1)
    assert (widened.nothing_new, widened.to_brief, widened.in_window) == (False, 1, 2)
    assert (widened.extracted, widened.cache_hits) == (1, 1)
    assert len(json.loads(desk.latest("json"))["sources"]) == 2
    assert after.nothing_new


def test_a_record_of_an_export_widened_keywords_take_in_is_briefed_by_the_next_run(
    desk: Desk,
) -> None:
    """A JSON Lines export briefed for one record, its other left out by the keywords: the
    file was marked briefed, so widened keywords took the other into the window but the run
    said "nothing new" and never briefed it. Its left-out record now reopens it, once."""
    folder = desk.saved([])
    records = [
        {"title": f"Seed {seed.stem}", "text": seed.read_text(encoding="utf-8")}
        for seed in SEEDS[:2]
    ]
    (folder / "wire.jsonl").write_text(
        "".join(json.dumps(record) + "\n" for record in records), encoding="utf-8"
    )
    desk.write_config('[[source]]\nfolder = "saved"\nkeywords = ["LOSSIEMOUTH"]\n')
    first = desk.run()
    desk.write_config('[[source]]\nfolder = "saved"\nkeywords = ["lossiemouth", "kuleba"]\n')

    widened = desk.run()
    after = desk.run()

    assert (first.in_window, first.without_keywords, first.extracted) == (1, 1, 1)
    assert (first.read, first.articles) == (1, 2)
    said = summary_lines(first)
    assert said[0] == "folder saved: 1 read (2 articles); 1 new, 0 changed"
    assert said[-2].startswith("Run ")
    # The run's total counts what it read as its "new" does, in files (was "2 articles
    # read; 1 new": one new file among two articles).
    assert "1 read (2 articles); 1 new, 0 changed; 1 in the 24h window" in said[-2]
    assert (widened.nothing_new, widened.to_brief, widened.in_window) == (False, 1, 2)
    assert (widened.extracted, widened.cache_hits) == (1, 1)
    titles = sorted(s["title"] for s in json.loads(desk.latest("json"))["sources"])
    assert titles == sorted(record["title"] for record in records)
    assert after.nothing_new


def test_a_record_left_out_stays_out_of_the_briefing_while_the_keywords_leave_it_out(
    desk: Desk,
) -> None:
    """The look-alike: the export's other record, still without the keywords, reopens
    nothing; a run with nothing new stays one."""
    folder = desk.saved([])
    (folder / "wire.jsonl").write_text(
        "".join(
            json.dumps({"title": seed.stem, "text": seed.read_text(encoding="utf-8")}) + "\n"
            for seed in SEEDS[:2]
        ),
        encoding="utf-8",
    )
    desk.write_config('[[source]]\nfolder = "saved"\nkeywords = ["LOSSIEMOUTH"]\n')
    desk.run()

    again = desk.run()

    assert (again.nothing_new, again.to_brief, again.without_keywords) == (True, 0, 1)


def test_a_feed_saved_to_a_file_is_briefed_and_its_teasers_pages_fetched(desk: Desk) -> None:
    """``summarise brief wire.xml`` sends a saved feed to ``summarise run``: the feed is
    read from the file, its teasers' pages from the web."""
    desk.seed(0)
    desk.seed(1, teaser=True)
    (desk.root / "wire.xml").write_text(desk.feed(), encoding="utf-8")
    desk.write_config('[[source]]\nname = "saved wire"\nfeed = "wire.xml"\n')

    first = desk.run()
    again = desk.run()

    assert (first.sources[0].new, first.in_window, first.extracted) == (2, 2, 2)
    assert desk.site.hits("/feed.xml") == []
    assert len(desk.site.hits(f"/news/{SEEDS[1].stem}")) == 1
    assert again.nothing_new
    assert again.sources[0].read == 2


def test_a_saved_feed_with_relative_links_fetches_its_teasers_from_the_site_it_names(
    desk: Desk,
) -> None:
    """A feed saved from a site whose links start at its root (``/news/…``): the channel's
    ``<link>`` names the site, so the pages are fetched from it, not sought beside the file."""
    desk.seed(1, teaser=True)
    relative = desk.feed().replace(desk.site.url("/news/"), "/news/")
    site = f"<link>{desk.site.url('/')}</link>"
    (desk.root / "wire.xml").write_text(
        relative.replace("<title>Crisis desk</title>", f"<title>Crisis desk</title>{site}"),
        encoding="utf-8",
    )
    desk.write_config('[[source]]\nname = "saved wire"\nfeed = "wire.xml"\n')

    first = desk.run()

    assert (first.sources[0].new, first.extracted, first.unread) == (1, 1, 0)
    assert len(desk.site.hits(f"/news/{SEEDS[1].stem}")) == 1


def test_an_output_folder_that_cannot_be_written_fails_before_any_extraction(
    desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    """It failed after the sources were read and every article extracted, as "No such file
    or directory", exit 1; it is the config's to fix, as brief --out's folder is."""
    desk.seed(0)
    (desk.root / "taken").write_text("a file, not a folder\n", encoding="utf-8")
    config = desk.write_config(output='"taken/briefings"')

    code, err = run_cli(["run", str(config)], capsys)

    assert code == 2
    assert err.startswith(f"error: Cannot write {desk.root / 'taken' / 'briefings' / 'latest.md'}")
    assert err.rstrip().endswith(f"Check output in {config}.")
    assert desk.model.chat_requests == []
    assert desk.site.hits() == []


def test_a_state_folder_that_cannot_be_made_is_a_config_error(
    desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    """It failed as "No such file or directory: …", exit 1, naming no setting."""
    desk.seed(0)
    config = desk.write_config()
    (desk.root / "state").write_text("a file where the state folder goes\n", encoding="utf-8")

    code, err = run_cli(["run", str(config)], capsys)

    assert code == 2
    assert err.startswith(f"error: Cannot use the state folder {desk.root / 'state'} (")
    assert "set state_dir in the config" in err
    assert desk.site.hits() == []


def test_a_store_that_cannot_be_made_fails_before_any_extraction(
    desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    """It failed after the briefing was written, as "No such file or directory: …", exit 1,
    and kept no state, so that every later run briefed everything again as its first."""
    desk.seed(0)
    (desk.root / "taken").write_text("a file, not a folder\n", encoding="utf-8")
    config = desk.write_config(store='"taken/desk.db"')

    code, err = run_cli(["run", str(config)], capsys)

    assert code == 2
    assert err.startswith(f"error: Cannot write {desk.root / 'taken' / 'desk.db'}: ")
    assert err.rstrip().endswith(f"Check store in {config}.")
    assert desk.model.chat_requests == []
    assert desk.site.hits() == []
    assert not (desk.root / "briefings").exists()


def test_a_store_of_its_own_in_a_folder_to_make_is_made(desk: Desk) -> None:
    """The look-alike: a store in a folder that does not exist yet is made there."""
    desk.seed(0)
    desk.write_config(store='"stores/desk.db"')

    record = desk.run()

    assert (record.exit_code, record.extracted) == (0, 1)
    assert (desk.root / "stores" / "desk.db").is_file()
    assert desk.run().nothing_new


def test_an_edited_file_is_re_extracted_and_a_deleted_one_leaves(desk: Desk) -> None:
    folder = desk.saved(SEEDS[:2])
    desk.write_config('[[source]]\nname = "saved"\nfolder = "saved"\n')
    desk.run()

    edited = folder / SEEDS[0].name
    edited.write_text(edited.read_text(encoding="utf-8") + UPDATE, "utf-8")
    (folder / SEEDS[1].name).unlink()
    record = desk.run()

    assert (record.sources[0].new, record.sources[0].changed) == (0, 1)
    assert (record.in_window, record.extracted) == (1, 1)
    assert len(json.loads(desk.latest("json"))["sources"]) == 1


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """The console entry point in this process: its exit code and what it wrote to stderr."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "argv", ["summarise", *args])
        with pytest.raises(SystemExit) as exit_:
            main()
    return int(exit_.value.code or 0), capsys.readouterr().err


def test_the_run_command_exits_2_on_config_errors_and_1_when_locked(
    desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    desk.seed(0)
    config = desk.write_config(f'[[source]]\nname = "x"\nfeed = "{desk.site.url("/feed.xml")}"\n')
    bad = desk.root / "bad.toml"
    bad.write_text('[[source]]\nname = "w"\nfeed = "gopher://x"\n', encoding="utf-8")

    broken = run_cli(["run", str(bad)], capsys)
    with run_lock(desk.root / "state"):
        locked = run_cli(["run", str(config)], capsys)
    done = run_cli(["run", str(config)], capsys)

    assert broken[0] == 2
    assert broken[1] == (
        f"error: {bad}: source 'w': feed: 'gopher://x' is neither an http(s) URL nor the path "
        "of a saved feed\n"
    )
    assert locked[0] == 1
    assert locked[1].startswith("error: Another run of this briefing is under way (pid ")
    assert done[0] == 0, done[1]
    assert "feed x: 1 read; 1 new, 0 changed" in done[1]
    assert "Briefing written to " in done[1]


def test_a_wider_window_reads_the_feed_entries_it_now_covers(desk: Desk) -> None:
    """Left out as too old, an entry is in a window made wider: the feed, unchanged, is
    asked for whole, not answered 304 with no entries; the same window again is a 304."""
    desk.seed(0, hours_ago=72)
    desk.seed(1)
    desk.write_config()
    first = desk.run()
    desk.config.write_text(
        desk.config.read_text("utf-8").replace('window = "24h"', 'window = "7d"'), "utf-8"
    )

    wider = desk.run()
    again = desk.run()

    assert (first.sources[0].too_old, first.sources[0].new) == (1, 1)
    assert "if-none-match" not in desk.site.hits("/feed.xml")[1].headers
    assert (wider.sources[0].too_old, wider.sources[0].new, wider.in_window) == (0, 1, 2)
    assert again.sources[0].not_modified


def test_a_url_list_fetches_each_page_once_then_conditionally(desk: Desk) -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    desk.site.put("/watch/a", article_page("Watched", text))
    watch = desk.root / "watch.txt"
    watch.write_text(
        f"# pages the desk follows\n{desk.site.url('/watch/a')}\n"
        f"{desk.site.url('/watch/a')}?utm_source=mail#top\n\n{desk.site.url('/watch/gone')}\n",
        encoding="utf-8",
    )
    desk.write_config('[[source]]\nname = "watch"\nurls = "watch.txt"\n')

    first = desk.run()
    second = desk.run()

    assert (first.sources[0].listed, first.sources[0].new, first.extracted) == (2, 1, 1)
    assert [f.name for f in first.sources[0].failures] == [desk.site.url("/watch/gone")]
    assert first.sources[0].failures[0].reason == "HTTP 404 Not Found"
    assert first.exit_code == 1
    hits = desk.site.hits("/watch/a")
    assert len(hits) == 2
    assert hits[1].headers["if-none-match"] == desk.site.pages["/watch/a"].etag
    assert second.nothing_new
    assert second.requests == 0
    assert second.in_window == 1


def test_a_run_that_raises_still_logs_its_line_and_the_next_run_redoes_it(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.seed(0)
    desk.write_config()

    def disk_full(*_args: object) -> list[Path]:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr("summarise.scheduled.run.write_briefing", disk_full)
        with pytest.raises(OSError, match="No space left"):
            desk.run()
    retried = desk.run()

    failed, done = [
        json.loads(line)
        for line in (desk.root / "state" / "runs.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert failed["error"] == "OSError: [Errno 28] No space left on device"
    assert (failed["exit_code"], failed["extracted"], failed["written"]) == (1, 1, [])
    assert "  error: OSError: [Errno 28] No space left on device" in summary_lines(
        RunRecord.model_validate(failed)
    )
    assert done["error"] is None
    assert (retried.sources[0].new, retried.extracted, retried.cache_hits) == (1, 0, 1)
    assert retried.written
    assert len(desk.model.chat_requests) == 1


def test_a_run_interrupted_while_its_overview_is_written_logs_what_it_extracted(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk.seed(0)
    desk.write_config(overview=True)

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Session, "overview", interrupted)
    with pytest.raises(KeyboardInterrupt):
        desk.run()

    (line,) = (desk.root / "state" / "runs.jsonl").read_text(encoding="utf-8").splitlines()
    logged = json.loads(line)
    assert logged["exit_code"] == 130
    assert (logged["extracted"], logged["requests"], logged["written"]) == (1, 1, [])
    assert logged["tokens"] > 0


def test_a_run_interrupted_as_its_extraction_ends_logs_what_it_extracted(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C or SIGTERM before the extraction's totals are in: the articles extracted so
    far are in the cache and in the log line, which no longer says 0 extracted."""
    desk.seed(0)
    desk.seed(1)
    desk.write_config()

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr("summarise.scheduled.run._count_extraction", interrupted)
        with pytest.raises(KeyboardInterrupt):
            desk.run()
    retried = desk.run()

    first = json.loads(
        (desk.root / "state" / "runs.jsonl").read_text(encoding="utf-8").split("\n")[0]
    )
    assert (first["exit_code"], first["extracted"], first["written"]) == (130, 2, [])
    assert (retried.extracted, retried.cache_hits) == (0, 2)
    assert len(desk.model.chat_requests) == 2


def test_schedule_refuses_an_interval_too_long_to_wait(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run_cli(["schedule", str(tmp_path / "b.toml"), "--every", "99999999999d"], capsys)

    assert code == 2
    assert "'99999999999d' is longer than ten years (3650d); give a shorter duration" in err
    assert "Traceback" not in err


def test_a_file_with_an_impossible_date_does_not_cost_the_folder(desk: Desk) -> None:
    folder = desk.saved(SEEDS[:2])
    bad = folder / "talks.md"
    bad.write_text("---\npublished: 2022-13-45\n---\nTalks resumed in Geneva.\n", "utf-8")
    desk.write_config('[[source]]\nname = "saved"\nfolder = "saved"\n')

    record = desk.run()

    assert record.sources[0].error is None
    assert (record.sources[0].new, record.extracted, record.exit_code) == (3, 3, 0)
    assert f"  warning  {bad}: published '2022-13-45' is not a valid date" in "\n".join(
        summary_lines(record)
    )


def test_a_folder_source_never_reads_the_briefings_and_state_it_writes(desk: Desk) -> None:
    for seed in SEEDS[:2]:
        (desk.root / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    desk.write_config('[[source]]\nname = "here"\nfolder = "."\n')

    first = desk.run()
    second = desk.run()

    assert (first.sources[0].listed, first.extracted, first.exit_code) == (2, 2, 0)
    assert (second.sources[0].listed, second.sources[0].failed, second.exit_code) == (2, 0, 0)
    assert second.nothing_new


def test_a_folder_source_skips_what_its_exclude_globs_match(desk: Desk) -> None:
    folder = desk.saved(SEEDS[:2])
    (folder / "drafts").mkdir()
    (folder / "drafts" / "draft.txt").write_text("A draft the desk has not checked.\n", "utf-8")
    (folder / "notes.md").write_text("Notes to self, not an article.\n", "utf-8")
    desk.write_config(
        '[[source]]\nname = "saved"\nfolder = "saved"\nexclude = ["drafts", "notes.*"]\n'
    )

    record = desk.run()

    assert (record.sources[0].listed, record.extracted) == (2, 2)


def test_a_first_run_with_nothing_to_brief_does_not_claim_a_briefing_exists(desk: Desk) -> None:
    (desk.root / "saved").mkdir()
    desk.write_config('[[source]]\nname = "saved"\nfolder = "saved"\n')

    record = desk.run()

    last = summary_lines(record)[-1]
    assert record.nothing_new
    assert record.written == []
    assert "unchanged" not in last
    assert last == (
        "Nothing to brief: no articles in the 24h window, and no briefing was written yet "
        "(--force writes one anyway)."
    )


def test_a_failed_article_s_requests_and_tokens_reach_the_run_log(desk: Desk) -> None:
    desk.saved(SEEDS[:2])
    (desk.root / "saved" / SEEDS[1].name).unlink()
    desk.write_config('[[source]]\nname = "saved"\nfolder = "saved"\n')
    desk.model.script(*["this is not JSON {"] * 3)

    record = desk.run()

    logged = json.loads((desk.root / "state" / "runs.jsonl").read_text("utf-8").splitlines()[-1])
    assert (record.extracted, len(record.failures)) == (0, 1)
    assert record.requests == len(desk.model.chat_requests) == 3
    assert record.tokens > 0
    assert (logged["requests"], logged["tokens"]) == (3, record.tokens)


def test_two_runs_in_one_second_keep_both_briefings(desk: Desk) -> None:
    desk.seed(0)
    desk.write_config()
    now = datetime.now(UTC).replace(microsecond=0)

    first = run_briefing(desk.config, now=now, waits=QUICK_RETRIES)
    second = run_briefing(desk.config, now=now, force=True, waits=QUICK_RETRIES)

    assert first.written != second.written
    assert [Path(p).name for p in second.written] == [
        f"briefing-{now:%Y-%m-%dT%H%M%S}Z-2.md",
        f"briefing-{now:%Y-%m-%dT%H%M%S}Z-2.json",
    ]
    assert all(Path(p).exists() for p in first.written + second.written)


def test_a_run_stopped_by_an_unreachable_server_says_nothing_was_written(desk: Desk) -> None:
    desk.seed(0)
    config = desk.write_config()
    config.write_text(
        config.read_text("utf-8").replace(desk.model.base_url, "http://127.0.0.1:9/v1"), "utf-8"
    )

    record = desk.run()

    assert record.stopped is not None
    assert (record.not_extracted, record.written, record.exit_code) == (1, [], 1)
    assert summary_lines(record)[-1] == (
        "No briefing written: the run stopped with 1 article not extracted; the last "
        "briefing stands and the next run tries again."
    )


def test_a_run_whose_key_the_server_rejects_is_a_configuration_error(desk: Desk) -> None:
    """As for brief: the server refused the settings, so the config is to fix (exit 2)."""
    desk.seed(0)
    desk.write_config()
    desk.model.script(*[HttpError(401, "Incorrect API key provided")] * 4)

    record = desk.run()

    assert (record.misconfigured, record.written, record.exit_code) == (True, [], 2)
    assert "rejected the API key (HTTP 401)" in (record.stopped or "")


def test_the_window_counts_from_when_a_run_first_saw_a_file_not_from_its_published_date(
    desk: Desk,
) -> None:
    """As the README says where ``window`` is set: an old article added to a folder today
    is in today's briefings, and leaves the window one window after it was first seen."""
    folder = desk.root / "saved"
    folder.mkdir()
    (folder / "old.md").write_text(
        "---\npublished: 2020-01-06\n---\n" + SEEDS[0].read_text(encoding="utf-8"), "utf-8"
    )
    desk.write_config('[[source]]\nname = "saved"\nfolder = "saved"\n')
    now = datetime.now(UTC).replace(microsecond=0)

    first = run_briefing(desk.config, now=now, waits=QUICK_RETRIES)
    within = run_briefing(desk.config, now=now + timedelta(hours=23), force=True)
    after = run_briefing(desk.config, now=now + timedelta(hours=25), waits=QUICK_RETRIES)

    assert (first.in_window, first.extracted) == (1, 1)
    assert within.in_window == 1
    assert after.in_window == 0


def test_a_run_whose_every_article_fails_keeps_the_last_briefing(desk: Desk) -> None:
    desk.seed(0)
    config = desk.write_config()
    desk.run()
    good = desk.latest()
    desk.seed(1)
    # Another model: nothing comes from the cache, and the scripted model replies nonsense.
    config.write_text(
        config.read_text("utf-8").replace('"scripted-model"', '"another-model"'), "utf-8"
    )
    desk.model.script(*["this is not JSON {"] * 6)

    record = desk.run()

    assert (len(record.failures), record.written, record.exit_code) == (2, [], 1)
    assert desk.latest() == good
    assert summary_lines(record)[-1] == (
        "No briefing written: all 2 articles in the window failed; the last briefing "
        "stands and the next run tries again."
    )


def test_a_scheduled_briefing_names_what_its_sources_could_not_read(desk: Desk) -> None:
    folder = desk.saved(SEEDS[:2])
    (folder / "empty.txt").write_bytes(b"")
    desk.site.put("/down.xml", "<rss/>")
    desk.site.pages["/down.xml"].status = 500
    feed = desk.site.url("/down.xml")
    desk.write_config(
        f'[[source]]\nname = "down"\nfeed = "{feed}"\n'
        '[[source]]\nname = "saved"\nfolder = "saved"\n'
    )

    record = desk.run()

    reason = "HTTP 500 Internal Server Error after 2 attempts"
    assert json.loads(desk.latest("json"))["failures"] == [
        {"source": str(folder / "empty.txt"), "reason": "the file is empty"},
        {"source": feed, "reason": reason},
    ]
    assert f"({reason})." in desk.latest()
    # Each failure is logged once, under its source, however the briefing names it.
    assert (record.failed, record.failures, record.exit_code) == (2, [], 1)


def test_summary_says_what_the_briefing_lost_only_when_it_lost_something() -> None:
    """The run log's last line counts dropped items and articles no longer read, and says
    nothing of them when there are none."""

    def record(**lost: int) -> RunRecord:
        return RunRecord(
            config="c",
            state_dir="s",
            started=datetime(2022, 2, 3, tzinfo=UTC),
            window="24h",
            written=["/x/briefing.md"],
            in_window=4,
            to_brief=1,
            new_items=1,
            **lost,
        )

    assert summary_lines(record(dropped_items=3, articles_gone=2))[-1].endswith(
        ": 1 new item, 0 changed figures, 3 dropped (2 articles no longer read)."
    )
    assert summary_lines(record())[-1].endswith(": 1 new item, 0 changed figures.")
