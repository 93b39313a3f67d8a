"""Fetching against a news site on 127.0.0.1: User-Agent, retries, conditional GET, limits,
and decoding what was fetched."""

from __future__ import annotations

import codecs
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest

from summarise.scheduled.config import FetchConfig
from summarise.scheduled.sources.fetch import (
    Fetched,
    Fetcher,
    FetchError,
    RetryWaits,
    Validators,
)
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


@pytest.mark.parametrize(
    ("status", "reason"),
    [(401, "Unauthorized"), (403, "Forbidden"), (410, "Gone"), (501, "Not Implemented")],
)
def test_a_refusal_a_retry_cannot_change_is_tried_once(
    news_site: NewsSite, status: int, reason: str
) -> None:
    news_site.put("/closed", "never")
    news_site.pages["/closed"].status = status
    url = news_site.url("/closed")

    with fetcher(retries=3) as client, pytest.raises(FetchError) as error:
        client.get(url)

    assert str(error.value) == f"{url}: HTTP {status} {reason}"
    assert error.value.status == status  # a feed tells a page that is gone by it
    assert len(news_site.hits("/closed")) == 1


def test_a_refused_connection_fails_at_once_without_backoff() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/feed"
    started = time.monotonic()

    # The real waits: a retried refusal would sleep at least 1 s before its second try.
    with Fetcher(FetchConfig(retries=3)) as client, pytest.raises(FetchError) as error:
        client.get(url)

    assert time.monotonic() - started < 0.9
    assert str(error.value).startswith(f"{url}: could not connect (")
    assert str(error.value).endswith("); not retried")


def test_a_reply_cut_off_mid_transfer_is_retried(news_site: NewsSite) -> None:
    news_site.put("/long", "<p>" + "word " * 2000 + "</p>")
    news_site.pages["/long"].cut_short = 1

    with fetcher(retries=1) as client:
        fetched = client.get(news_site.url("/long"))

    assert fetched.text().endswith("word </p>")
    assert len(news_site.hits("/long")) == 2


def test_a_reply_cut_off_every_time_says_the_connection_broke(news_site: NewsSite) -> None:
    news_site.put("/long", "<p>" + "word " * 2000 + "</p>")
    news_site.pages["/long"].cut_short = 5
    url = news_site.url("/long")

    with fetcher(retries=1) as client, pytest.raises(FetchError) as error:
        client.get(url)

    assert str(error.value).startswith(f"{url}: connection broke (")
    assert str(error.value).endswith(") after 2 attempts")


def test_a_rate_limit_waits_what_retry_after_asks(news_site: NewsSite) -> None:
    news_site.put("/busy", "ok")
    news_site.pages["/busy"].failures = [429]
    news_site.pages["/busy"].retry_after = "1"
    started = time.monotonic()

    with Fetcher(FetchConfig(retries=1), waits=RetryWaits(0.01, 0.02, 5.0)) as client:
        fetched = client.get(news_site.url("/busy"))

    assert fetched.text() == "ok"
    assert time.monotonic() - started >= 1.0
    assert len(news_site.hits("/busy")) == 2


def test_a_retry_after_longer_than_a_run_waits_fails_at_once(news_site: NewsSite) -> None:
    news_site.put("/busy", "ok")
    news_site.pages["/busy"].failures = [503]
    news_site.pages["/busy"].retry_after = "3600"
    url = news_site.url("/busy")

    with fetcher(retries=3) as client, pytest.raises(FetchError) as error:
        client.get(url)

    assert str(error.value) == (
        f"{url}: HTTP 503 Service Unavailable, asked to retry after 3600s; "
        "not retried before next run"
    )
    assert len(news_site.hits("/busy")) == 1


def test_an_unreadable_retry_after_falls_back_to_backoff(news_site: NewsSite) -> None:
    news_site.put("/busy", "ok")
    news_site.pages["/busy"].failures = [503, 503]
    news_site.pages["/busy"].retry_after = "soon"

    with fetcher(retries=2) as client:
        assert client.get(news_site.url("/busy")).text() == "ok"

    assert len(news_site.hits("/busy")) == 3


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
