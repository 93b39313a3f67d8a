"""A teaser whose page is missing: a 404 or 410 from a news site on 127.0.0.1 briefs the
entry from its own text with a warning, rather than failing it every run; a 404 may mean
"not yet", so the page is asked for once more next run, and a second 404 is final. A
failure that may pass (a 5xx) stays a failure tried again next run."""

from __future__ import annotations

import html
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from summarise.scheduled.config import FetchConfig, SourceConfig
from summarise.scheduled.sources.feeds import FULL_TEXT_CHARS, read_feed
from summarise.scheduled.sources.fetch import Fetcher
from summarise.scheduled.sources.units import SourceRead
from summarise.testing.news_site import QUICK_RETRIES, NewsSite

LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)
SHORT = "Envoys from both capitals met in Vienna on Tuesday and agreed to resume talks."


@pytest.fixture
def news_site() -> Iterator[NewsSite]:
    """A news site on 127.0.0.1 standing in for the web."""
    with NewsSite() as site:
        yield site


def feed_with(site: NewsSite, *, content: str | None, summary: str | None = None) -> None:
    """A feed of one entry linking to /story, carrying ``content`` (content:encoded)
    and ``summary`` (description) when given."""
    encoded = f"<content:encoded><![CDATA[<p>{content}</p>]]></content:encoded>"
    own = "" if content is None else encoded
    described = "" if summary is None else f"<description>{html.escape(summary)}</description>"
    site.put(
        "/feed.xml",
        "<?xml version='1.0'?><rss version='2.0' "
        "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>Wire</title>"
        "<item><guid isPermaLink='false'>story-1</guid><title>Talks</title>"
        f"<link>{site.url('/story')}</link>"
        f"{described}{own}</item></channel></rss>",
        "application/rss+xml",
    )


def read(site: NewsSite, known: dict[str, str] | None = None) -> SourceRead:
    """The feed read as a run reads it; ``known``: the entries' fingerprints as the last
    run left them."""
    fetcher = Fetcher(FetchConfig(retries=1), waits=QUICK_RETRIES)
    with fetcher:
        return read_feed(
            SourceConfig(name="wire", feed=site.url("/feed.xml")),
            known or {},
            {},
            fetcher,
            LONG_AGO,
        )


@pytest.mark.parametrize(
    ("status", "said", "until"),
    [(404, "Not Found", " for now: the page is asked for again next run"), (410, "Gone", "")],
)
def test_a_short_entry_whose_page_is_gone_is_briefed_from_its_own_text(
    news_site: NewsSite, status: int, said: str, until: str
) -> None:
    assert len(SHORT) < FULL_TEXT_CHARS
    feed_with(news_site, content=SHORT)
    if status != 404:  # the site answers 404 for any path it does not serve
        news_site.put("/story", "gone")
        news_site.pages["/story"].status = status

    result = read(news_site)

    assert result.failures == []
    assert result.failed_keys == set()
    [found] = result.found
    assert found.key == "guid:story-1"
    assert found.articles[0].text == SHORT
    assert found.articles[0].url == news_site.url("/story")
    assert result.warnings == [
        f"{news_site.url('/story')}: article page HTTP {status} {said}; "
        f"briefed from the feed entry's own text ({len(SHORT)} characters){until}"
    ]
    assert len(news_site.hits("/story")) == 1  # a page that is gone is not asked twice


def test_a_page_missing_once_is_asked_for_again_and_a_second_404_is_final(
    news_site: NewsSite,
) -> None:
    feed_with(news_site, content=SHORT)

    first = read(news_site)
    again = read(news_site, {f.key: f.fingerprint for f in first.found})
    after = read(news_site, {f.key: f.fingerprint for f in again.found})

    assert [f.articles[0].text for f in again.found] == [SHORT]
    assert again.warnings == [
        f"{news_site.url('/story')}: article page HTTP 404 Not Found again; briefed from the "
        f"feed entry's own text ({len(SHORT)} characters), the page no longer asked for"
    ]
    assert first.validators[news_site.url("/feed.xml")].etag is None  # no 304 next run
    assert (after.found, after.warnings) == ([], [])
    assert len(news_site.hits("/story")) == 2


def test_a_page_published_after_its_feed_entry_replaces_the_entry_s_text(
    news_site: NewsSite,
) -> None:
    """A feed is often published before its pages reach the site: the 404 meant "not
    yet", and the next run briefs the whole article rather than the teaser for good."""
    feed_with(news_site, content=SHORT)
    first = read(news_site)
    story = " ".join(["The talks in Vienna ran late into the night."] * 40)
    news_site.put("/story", f"<html><body><article><p>{story}</p></article></body></html>")

    again = read(news_site, {f.key: f.fingerprint for f in first.found})
    after = read(news_site, {f.key: f.fingerprint for f in again.found})

    [found] = again.found
    assert found.articles[0].text == story
    assert again.warnings == []
    assert after.found == []
    assert len(news_site.hits("/story")) == 2


def test_a_gone_page_is_not_asked_for_again(news_site: NewsSite) -> None:
    feed_with(news_site, content=SHORT)
    news_site.put("/story", "gone")
    news_site.pages["/story"].status = 410

    first = read(news_site)
    again = read(news_site, {f.key: f.fingerprint for f in first.found})

    assert first.validators[news_site.url("/feed.xml")].etag is not None
    assert again.found == []
    assert len(news_site.hits("/story")) == 1


def test_a_summary_only_entry_whose_page_is_gone_is_briefed_from_its_summary(
    news_site: NewsSite,
) -> None:
    feed_with(news_site, content=None, summary=SHORT)

    result = read(news_site)

    assert [f.articles[0].text for f in result.found] == [SHORT]
    assert len(result.warnings) == 1


def test_a_page_that_fails_for_a_time_is_still_a_failure_tried_next_run(
    news_site: NewsSite,
) -> None:
    feed_with(news_site, content=SHORT)
    news_site.put("/story", "later")
    news_site.pages["/story"].status = 503

    result = read(news_site)

    assert result.found == []
    assert result.warnings == []
    assert [f.reason for f in result.failures] == [
        "article page: HTTP 503 Service Unavailable after 2 attempts"
    ]
    assert result.failed_keys == {"guid:story-1"}


def test_an_entry_with_no_text_of_its_own_whose_page_is_gone_is_a_failure(
    news_site: NewsSite,
) -> None:
    feed_with(news_site, content=None)

    result = read(news_site)

    assert result.found == []
    assert result.warnings == []
    assert [f.reason for f in result.failures] == ["article page: HTTP 404 Not Found"]
