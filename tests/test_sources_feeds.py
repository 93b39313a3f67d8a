"""Feed entries, pages and URLs turned into articles; httpx's mock transport stands in
for the web, so these run without a socket."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from summarise.article import content_id
from summarise.loading.loader import load_path
from summarise.scheduled.config import FetchConfig, SourceConfig
from summarise.scheduled.sources.articles import canonical_url, fragment_text
from summarise.scheduled.sources.feeds import FULL_TEXT_CHARS, read_feed
from summarise.scheduled.sources.fetch import Fetcher, RetryWaits
from summarise.scheduled.sources.units import SourceRead

SEED = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))[1]
LONG = SEED.read_text(encoding="utf-8")
FEED_URL = "https://news.example.org/feed"
LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)


def web(pages: dict[str, str], seen: list[str]) -> Callable[[httpx.Request], httpx.Response]:
    """A page not given fails for a time (503), so a teaser linking to it is tried again;
    a page gone for good (404) briefs the teaser instead (test_sources_feed_gone)."""

    def respond(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        body = pages.get(str(request.url))
        return httpx.Response(503) if body is None else httpx.Response(200, text=body)

    return respond


def read(
    feed: str, pages: dict[str, str] | None = None, known: dict[str, str] | None = None
) -> tuple[SourceRead, list[str]]:
    seen: list[str] = []
    transport = httpx.MockTransport(web({FEED_URL: feed, **(pages or {})}, seen))
    fetcher = Fetcher(FetchConfig(retries=0), waits=RetryWaits(0, 0), transport=transport)
    source = SourceConfig(name="desk", feed=FEED_URL)
    with fetcher:
        return read_feed(source, known or {}, {}, fetcher, LONG_AGO), seen


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom desk</title>
<entry><id>tag:example.org,2026:1</id><title>Full</title>
<link href="https://news.example.org/full"/><updated>2026-11-23T05:00:00Z</updated>
<content type="html">{content}</content></entry>
<entry><title>No id</title><link href="https://News.Example.org/teaser?utm_source=rss"/>
<summary>Only a teaser.</summary></entry>
</feed>"""


def escape(text: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    return paragraphs.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def test_atom_entries_in_full_are_read_and_teasers_fetch_their_page() -> None:
    page = f"<html><body><article><h1>Teaser page</h1><p>{LONG}</p></article></body></html>"
    feed = ATOM.format(content=escape(LONG))

    result, seen = read(feed, {"https://news.example.org/teaser?utm_source=rss": page})

    assert result.error is None
    assert result.listed == ["guid:tag:example.org,2026:1", "url:https://news.example.org/teaser"]
    full, teaser = result.found
    assert full.at == datetime(2026, 11, 23, 5, tzinfo=UTC)
    assert full.articles[0].source == "Atom desk"
    assert full.articles[0].published == datetime(2026, 11, 23).date()
    assert teaser.at is None
    assert seen == [FEED_URL, "https://news.example.org/teaser?utm_source=rss"]
    assert "Ukraine" in teaser.articles[0].text


def test_unchanged_entries_cost_nothing_and_changed_ones_are_read_again() -> None:
    feed = ATOM.format(content=escape(LONG))
    first, _ = read(feed, {})
    known = {f.key: f.fingerprint for f in first.found}

    again, seen = read(feed, {}, known)
    edited, _ = read(ATOM.format(content=escape(LONG + "\nA correction.")), {}, known)

    assert again.found == []
    assert seen == [FEED_URL, "https://news.example.org/teaser?utm_source=rss"]
    assert [f.key for f in edited.found] == ["guid:tag:example.org,2026:1"]


def test_a_teaser_whose_page_fails_is_reported_not_briefed_from_the_teaser() -> None:
    """A page that is gone for good is test_sources_feed_gone's."""
    result, _ = read(ATOM.format(content=escape(LONG)))

    assert [f.key for f in result.found] == ["guid:tag:example.org,2026:1"]
    assert [(f.name, f.reason) for f in result.failures] == [
        (
            "https://News.Example.org/teaser?utm_source=rss",
            "article page: HTTP 503 Service Unavailable",
        )
    ]


def test_a_teaser_whose_page_is_not_text_is_reported() -> None:
    pdf = {"https://news.example.org/teaser?utm_source=rss": "%PDF-1.7\x00\x01\x02" * 50}

    result, _ = read(ATOM.format(content=escape(LONG)), pdf)

    assert [f.reason for f in result.failures] == [
        "article page: looks like a binary file, not text; give article text, Markdown, HTML "
        "or JSON"
    ]


@pytest.mark.parametrize("body", ["", "{not xml", "<html><body>Sign in</body></html>"])
def test_garbage_is_not_a_feed(body: str) -> None:
    result, _ = read(body)

    assert result.error is not None
    # A login page in place of the feed is said to be a web page (test_feed_given_a_page).
    assert result.error.startswith(f"{FEED_URL}: ")
    assert "not an RSS or Atom feed" in result.error
    assert result.listed is None


def test_an_entry_text_shorter_than_the_threshold_is_a_teaser() -> None:
    assert len(LONG) > FULL_TEXT_CHARS
    short = LONG[: FULL_TEXT_CHARS - 100]

    result, seen = read(ATOM.format(content=escape(short)))

    assert "https://news.example.org/full" in seen
    assert result.found == []


def test_feed_text_and_file_text_make_the_same_article() -> None:
    """So a feed item and the same article saved to a folder share a cache entry."""
    from_file = load_path(SEED)[0]
    body = fragment_text("".join(f"<p>{p}</p>" for p in LONG.split("\n")))

    assert content_id(body) == from_file.id


def test_fragment_text_keeps_paragraphs_and_drops_scripts() -> None:
    text = fragment_text(
        "<div><p>One &amp; two.</p><script>alert(1)</script><p>Three<br>four</p></div>"
    )

    assert text == "One & two.\n\nThree\n\nfour"


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://News.Example.org:443/a?utm_source=x&id=3#top", "https://news.example.org/a?id=3"),
        ("http://example.org", "http://example.org/"),
        ("http://example.org:8080/a?fbclid=1", "http://example.org:8080/a"),
    ],
)
def test_canonical_urls(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_entries_before_the_window_are_listed_but_not_read() -> None:
    seen: list[str] = []
    transport = httpx.MockTransport(web({FEED_URL: ATOM.format(content=escape(LONG))}, seen))
    fetcher = Fetcher(FetchConfig(retries=0), waits=RetryWaits(0, 0), transport=transport)
    window_start = datetime(2026, 11, 23, 5, tzinfo=UTC) + timedelta(minutes=1)

    with fetcher:
        result = read_feed(SourceConfig(feed=FEED_URL), {}, {}, fetcher, window_start)

    assert result.too_old == 1
    assert len(result.listed or []) == 2
    assert [f.key for f in result.found] == []


def test_a_teaser_linking_to_no_web_address_fails_alone_without_a_fetch() -> None:
    feed = (
        '<rss version="2.0"><channel><title>T</title>'
        "<item><guid>1</guid><title>Bad</title><link>javascript:alert(1)</link>"
        "<description>Click.</description></item></channel></rss>"
    )

    result, seen = read(feed)

    assert result.error is None
    # The entry itself is why, so it carries its fingerprint: a run knows it failed before.
    assert [(u.key, u.failure.reason) for u in result.unreadable] == [
        (
            "guid:https://news.example.org/1",
            "a teaser whose link is not a web address (http or https); nothing to fetch",
        )
    ]
    assert result.failures == []
    assert seen == [FEED_URL]


def test_an_entry_without_guid_or_link_is_unreadable_unless_older_than_the_window() -> None:
    item = "<item><title>{title}</title><description>Talks.</description>{date}</item>"
    old = "<pubDate>Mon, 01 Jan 1990 00:00:00 GMT</pubDate>"
    feed = (
        '<rss version="2.0"><channel><title>T</title>'
        + item.format(title="New", date="")
        + item.format(title="Old", date=old)
        + "</channel></rss>"
    )

    result, _ = read(feed)

    assert [u.failure.reason for u in result.unreadable] == [
        "an entry has neither a guid nor a link; skipped"
    ]
    assert result.unreadable[0].key == f"entry:{result.unreadable[0].fingerprint}"
    assert (result.too_old, result.failures, result.listed) == (1, [], [])


def read_saved(tmp_path: Path, feed: str, pages: dict[str, str]) -> tuple[SourceRead, list[str]]:
    """A feed saved to a file (``feed = "wire.xml"``), its teasers' pages on the web."""
    saved = tmp_path / "wire.xml"
    saved.write_text(feed, encoding="utf-8")
    seen: list[str] = []
    transport = httpx.MockTransport(web(pages, seen))
    fetcher = Fetcher(FetchConfig(retries=0), waits=RetryWaits(0, 0), transport=transport)
    with fetcher:
        return read_feed(
            SourceConfig(name="saved", feed=str(saved)), {}, {}, fetcher, LONG_AGO
        ), seen


PAGE = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in LONG.split("\n") if p.strip())
PAGE += "</article></body></html>"
SITE_RSS = """<rss version="2.0"><channel><title>Ledger</title><link>{site}</link>
<item><guid isPermaLink="false">a-1</guid><title>Troops</title><link>/world/story-a.html</link>
<description>A teaser.</description></item></channel></rss>"""


def test_a_saved_feed_s_relative_links_are_read_from_the_site_it_names(tmp_path: Path) -> None:
    """A feed saved from a site that writes its links from the root: the channel's own
    address says which site, where the file's address made them ``file:`` links."""
    feed = SITE_RSS.format(site="https://ledger.example.org/world/")

    result, seen = read_saved(
        tmp_path, feed, {"https://ledger.example.org/world/story-a.html": PAGE}
    )

    assert seen == ["https://ledger.example.org/world/story-a.html"]
    assert result.unreadable == []
    assert [f.articles[0].url for f in result.found] == [
        "https://ledger.example.org/world/story-a.html"
    ]


def test_a_saved_atom_feed_s_relative_links_are_read_from_its_own_web_address(
    tmp_path: Path,
) -> None:
    feed = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Europe desk</title><id>urn:d</id>'
        '<link rel="self" href="https://desk.example.net/europe/atom.xml"/>'
        '<entry><id>urn:d:1</id><title>Batteries</title><link href="story-b.html"/>'
        "<summary>A teaser.</summary></entry></feed>"
    )

    result, seen = read_saved(
        tmp_path, feed, {"https://desk.example.net/europe/story-b.html": PAGE}
    )

    assert seen == ["https://desk.example.net/europe/story-b.html"]
    assert len(result.found) == 1


def test_a_saved_feed_naming_no_site_says_its_links_are_relative(tmp_path: Path) -> None:
    """Look-alike: a channel link as relative as the items' gives no site; the entry fails
    alone, without a fetch, saying why rather than that a ``file:`` link is no web address."""
    result, seen = read_saved(tmp_path, SITE_RSS.format(site="/world/"), {})

    assert seen == []
    assert [u.failure.reason for u in result.unreadable] == [
        "a teaser whose link is relative, in a saved feed that gives no web address for its "
        "site (an absolute <link>) to read it from; nothing to fetch"
    ]


def test_a_fetched_feed_s_relative_links_are_read_from_the_feed_s_address() -> None:
    """Look-alike: a feed fetched from the web keeps its own address as the base, whatever
    site its channel names."""

    result, seen = read(
        SITE_RSS.format(site="https://elsewhere.example.com/"),
        {"https://news.example.org/world/story-a.html": PAGE},
    )

    assert seen == [FEED_URL, "https://news.example.org/world/story-a.html"]
    assert len(result.found) == 1
