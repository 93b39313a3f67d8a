"""Fetching against a news site on 127.0.0.1: User-Agent, retries, conditional GET, limits,
and decoding what was fetched."""

from __future__ import annotations

import codecs
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from summarise.scheduled.config import FetchConfig
from summarise.scheduled.sources.fetch import Fetched, Fetcher, FetchError, Validators
from summarise.testing.news_site import QUICK_RETRIES, NewsSite


@pytest.fixture
def news_site() -> Iterator[NewsSite]:
    """News sites on 127.0.0.1 standing in for the web."""
    with NewsSite() as site:
        yield site


def fetcher(retries: int = 2, **config: Any) -> Fetcher:
    return Fetcher(FetchConfig(retries=retries, **config), waits=QUICK_RETRIES)


def test_fetch_sends_a_user_agent_and_returns_the_body(news_site: NewsSite) -> None:
    news_site.put("/a", "<p>hello</p>")

    with fetcher(user_agent="desk-bot/1.0 (+mailto:desk@example.org)") as client:
        fetched = client.get(news_site.url("/a"))

    assert fetched.text() == "<p>hello</p>"
    assert fetched.validators.etag == news_site.pages["/a"].etag
    assert (
        news_site.hits("/a")[0].headers["user-agent"] == "desk-bot/1.0 (+mailto:desk@example.org)"
    )


def test_conditional_get_sends_validators_and_understands_304(news_site: NewsSite) -> None:
    news_site.put("/feed", "<rss/>", "application/rss+xml")

    with fetcher() as client:
        first = client.get(news_site.url("/feed"))
        second = client.get(news_site.url("/feed"), first.validators)

    assert second.not_modified
    assert second.validators == first.validators
    sent = news_site.hits("/feed")[1].headers
    assert sent["if-none-match"] == first.validators.etag
    assert sent["if-modified-since"] == first.validators.last_modified


def test_server_errors_are_retried_then_succeed(news_site: NewsSite) -> None:
    news_site.put("/flaky", "ok")
    news_site.pages["/flaky"].failures = [503, 500]

    with fetcher(retries=2) as client:
        fetched = client.get(news_site.url("/flaky"))

    assert fetched.text() == "ok"
    assert len(news_site.hits("/flaky")) == 3


def test_a_server_error_that_persists_is_one_sentence_naming_the_url(news_site: NewsSite) -> None:
    news_site.put("/down", "never")
    news_site.pages["/down"].status = 500
    url = news_site.url("/down")

    with fetcher(retries=1) as client, pytest.raises(FetchError) as error:
        client.get(url)

    assert str(error.value) == f"{url}: HTTP 500 Internal Server Error after 2 attempts"
    assert len(news_site.hits("/down")) == 2


def test_a_missing_page_is_not_retried(news_site: NewsSite) -> None:
    url = news_site.url("/gone")

    with fetcher(retries=3) as client, pytest.raises(FetchError, match="HTTP 404 Not Found"):
        client.get(url)

    assert len(news_site.hits("/gone")) == 1


def test_a_silent_server_times_out() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/slow"
        with fetcher(retries=1, timeout=0.2) as client, pytest.raises(FetchError) as error:
            client.get(url)

    assert str(error.value) == f"{url}: timed out after 0.2s after 2 attempts"


def test_an_oversized_reply_is_refused(news_site: NewsSite) -> None:
    news_site.put("/huge", "x" * 20_000)

    with fetcher(max_bytes=10_000) as client, pytest.raises(FetchError, match="larger than 10,000"):
        client.get(news_site.url("/huge"))


def test_validators_become_conditional_headers() -> None:
    assert Validators().headers() == {}
    assert Validators(etag='"a"', last_modified="Thu, 01 Jan 2026 00:00:00 GMT").headers() == {
        "If-None-Match": '"a"',
        "If-Modified-Since": "Thu, 01 Jan 2026 00:00:00 GMT",
    }


# Curly quotes and an en dash: bytes 0x93, 0x94 and 0x96 in Windows-1252, not valid UTF-8.
WINDOWS_TEXT = "\u201cCaf\u00e9\u201d \u2013 ol\u00e9"


def page(content: bytes, charset: str | None) -> Fetched:
    return Fetched("https://news.example.org/a", content, charset, Validators())


@pytest.mark.parametrize(
    ("content", "charset", "text"),
    [
        ("Привет, мир".encode("koi8_r"), "koi8-r", "Привет, мир"),
        ("Café".encode(), "no-such-charset", "Café"),
        (WINDOWS_TEXT.encode("cp1252"), None, WINDOWS_TEXT),
        (WINDOWS_TEXT.encode("cp1252"), "utf-8", WINDOWS_TEXT),
        ("Kyiv talks".encode("utf-16"), "utf-8", "Kyiv talks"),
        (codecs.BOM_UTF8 + "Café".encode(), "utf-8", "Café"),
        (b"one\r\ntwo", "utf-8", "one\ntwo"),
        (b"", "utf-8", ""),
    ],
)
def test_a_body_is_decoded_as_declared_else_as_a_saved_file_would_be(
    content: bytes, charset: str | None, text: str
) -> None:
    assert page(content, charset).text() == text


@pytest.mark.parametrize("charset", [None, "utf-8"])
def test_a_binary_body_is_a_fetch_error_not_noise(charset: str | None) -> None:
    with pytest.raises(FetchError) as error:
        page(b"%PDF-1.7\x00\x01\x02\x03" * 50, charset).text()

    assert str(error.value).startswith("https://news.example.org/a: looks like a binary file")


def test_a_page_in_an_unknown_charset_is_still_read(news_site: NewsSite) -> None:
    news_site.put("/odd", WINDOWS_TEXT.encode("cp1252"), "text/html; charset=x-unheard-of")

    with fetcher() as client:
        fetched = client.get(news_site.url("/odd"))

    assert fetched.encoding == "x-unheard-of"
    assert fetched.text() == WINDOWS_TEXT
