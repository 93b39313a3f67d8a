"""Property tests: whatever a feed or its pages hold, reading it never raises.

A scheduled run reads feeds it does not control, for years. Hypothesis writes RSS and Atom
documents with hostile entries (links that are no URLs, dates that name no day, markup in
titles, teasers whose pages are broken) and plain noise, served by httpx's mock transport
standing in for the web. Whatever comes back, a source yields a ``SourceRead``: found
articles, failures with reasons, or one error for the source.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

import httpx
from hypothesis import given
from hypothesis import strategies as st

from summarise.scheduled.config import FetchConfig, SourceConfig
from summarise.scheduled.sources.feeds import read_feed
from summarise.scheduled.sources.fetch import Fetcher, RetryWaits
from summarise.scheduled.sources.units import SourceRead

FEED_URL = "https://news.example.org/feed"
LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)

LINKS = st.sampled_from(
    [
        "https://news.example.org/a",
        "https://news.example.org/b?utm_source=rss#top",
        "HTTPS://News.Example.org:443/c",
        "javascript:alert(1)",
        "not a url",
        "",
        "http://[::1",
        "ftp://news.example.org/d",
        "https://news.example.org/" + "x" * 300,
        "//news.example.org/e",
    ]
)
DATES = st.sampled_from(
    [
        "Sat, 29 Jan 2022 07:38:00 GMT",
        "Mon, 30 Feb 2022 25:61:00 +0000",
        "2022-13-45T00:00:00Z",
        "2022-01-29T07:38:00+01:00",
        "yesterday",
        "",
        "9999-12-31T23:59:59Z",
        "0001-01-01T00:00:00Z",
    ]
)
TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "<p>Talks resumed in Geneva.</p>",
            "<noscript>Enable JavaScript</noscript>",
            "<script>alert(1)</script>",
            "&amp;&lt;&#0;&#xD800;",
            "Russia massed troops near the border. " * 40,
        ]
    ),
)
PAGES = st.sampled_from(
    [
        b"<html><body><article><p>"
        + b"Negotiators met again on Tuesday. " * 40
        + b"</p></article>",
        b"<html><body><noscript>You need JavaScript</noscript></body></html>",
        b"%PDF-1.4\x00\x01\x02",
        b"",
        "<p>caf\u00e9</p>".encode("utf-16"),
    ]
)


@st.composite
def entry(draw: st.DrawFn, atom: bool) -> str:
    title, body, link, guid, when = (
        html.escape(draw(TEXT)),
        html.escape(draw(TEXT)),
        html.escape(draw(LINKS)),
        html.escape(draw(TEXT)),
        html.escape(draw(DATES)),
    )
    if atom:
        return (
            f'<entry><id>{guid}</id><title>{title}</title><link href="{link}"/>'
            f'<updated>{when}</updated><content type="html">{body}</content></entry>'
        )
    return (
        f"<item><guid>{guid}</guid><title>{title}</title><link>{link}</link>"
        f"<pubDate>{when}</pubDate><description>{body}</description></item>"
    )


@st.composite
def feed(draw: st.DrawFn) -> bytes:
    atom = draw(st.booleans())
    entries = "".join(draw(st.lists(entry(atom), max_size=4)))
    if atom:
        document = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>{entries}</feed>'
    else:
        document = f'<rss version="2.0"><channel><title>T</title>{entries}</channel></rss>'
    cut = draw(st.integers(0, len(document)))
    return (document if draw(st.booleans()) else document[:cut]).encode("utf-8")


def read(document: bytes, page: bytes, status: int) -> SourceRead:
    def respond(request: httpx.Request) -> httpx.Response:
        if str(request.url) == FEED_URL:
            return httpx.Response(200, content=document)
        return httpx.Response(status, content=page, headers={"Content-Type": "text/html"})

    transport = httpx.MockTransport(respond)
    fetcher = Fetcher(FetchConfig(retries=0), waits=RetryWaits(0, 0), transport=transport)
    with fetcher:
        return read_feed(SourceConfig(name="desk", feed=FEED_URL), {}, {}, fetcher, LONG_AGO)


@given(feed(), PAGES, st.sampled_from([200, 404, 500]))
def test_any_feed_is_read_into_articles_failures_or_one_error(
    document: bytes, page: bytes, status: int
) -> None:
    result = read(document, page, status)

    assert result.error is None or result.error.strip()
    assert all(f.reason.strip() for f in result.failures)
    assert all(u.failure.reason.strip() and u.fingerprint for u in result.unreadable)
    assert all(article.text.strip() for found in result.found for article in found.articles)


@given(st.binary(max_size=400))
def test_any_bytes_as_a_feed_are_one_error_or_a_read(document: bytes) -> None:
    result = read(document, b"", 404)

    assert isinstance(result, SourceRead)
