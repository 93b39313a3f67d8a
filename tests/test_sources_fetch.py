"""Fetching against a news site on 127.0.0.1: User-Agent, retries, conditional GET, limits.

``NewsSite`` stands in for the web (feeds and article pages) in these tests and in the
scheduled-run tests, which import it from here.
"""

from __future__ import annotations

import hashlib
import html
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

import pytest

from summarise.sources.config import FetchConfig
from summarise.sources.fetch import Fetcher, FetchError, RetryWaits, Validators

QUICK = RetryWaits(initial=0.01, maximum=0.02)
LAST_MODIFIED = format_datetime(datetime(2026, 1, 1, tzinfo=UTC), usegmt=True)


@dataclass
class Page:
    """What the site serves at a path; ``failures`` statuses are served first, in order."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    failures: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Hit:
    path: str
    headers: dict[str, str]


class NewsSite:
    """A threaded HTTP server standing in for news sites: pages by path, conditional GET."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self._hits: list[Hit] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def url(self, path: str) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def put(
        self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8"
    ) -> None:
        """Serve ``body`` at ``path`` with an ETag and Last-Modified derived from it."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        digest = hashlib.sha256(data).hexdigest()[:16]
        self.pages[path] = Page(
            body=data,
            content_type=content_type,
            etag=f'"{digest}"',
            last_modified=LAST_MODIFIED,
        )

    def hits(self, path: str | None = None) -> list[Hit]:
        with self._lock:
            return [h for h in self._hits if path is None or h.path == path]

    def record(self, hit: Hit) -> Page | None:
        with self._lock:
            self._hits.append(hit)
            return self.pages.get(hit.path)

    def __enter__(self) -> NewsSite:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._httpd.shutdown()
        self._thread.join()
        self._httpd.server_close()


def _handler(site: NewsSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: test output is not an access log."""

        def do_GET(self) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            page = site.record(Hit(self.path, headers))
            if page is None:
                self._send(404, b"not found", "text/plain")
                return
            if page.failures:
                self._send(page.failures.pop(0), b"scripted failure", "text/plain")
                return
            if page.status != 200:
                self._send(page.status, b"scripted failure", "text/plain")
                return
            extra = {"ETag": page.etag or "", "Last-Modified": page.last_modified or ""}
            if _not_modified(page, headers):
                self._send(304, b"", page.content_type, extra)
                return
            self._send(200, page.body, page.content_type, extra)

        def _send(
            self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body) if status != 304 else 0))
            for name, value in (extra or {}).items():
                if value:
                    self.send_header(name, value)
            self.end_headers()
            if status != 304:
                self.wfile.write(body)

    return Handler


def _not_modified(page: Page, headers: dict[str, str]) -> bool:
    """RFC 9110: If-None-Match, when sent, decides; else If-Modified-Since does."""
    if "if-none-match" in headers:
        return headers["if-none-match"] == page.etag
    return "if-modified-since" in headers and headers["if-modified-since"] == page.last_modified


def article_page(title: str, text: str) -> str:
    """An article page with the clutter a real one has around the text."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n") if p.strip())
    return (
        f"<html><head><title>{html.escape(title)}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
        "<footer>Cookie settings. Subscribe to our newsletter.</footer></body></html>"
    )


@pytest.fixture
def news_site() -> Iterator[NewsSite]:
    """News sites on 127.0.0.1 standing in for the web."""
    with NewsSite() as site:
        yield site


def fetcher(retries: int = 2, **config: Any) -> Fetcher:
    return Fetcher(FetchConfig(retries=retries, **config), waits=QUICK)


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
