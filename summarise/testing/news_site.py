"""Test tooling: a news site on 127.0.0.1 standing in for the web in source and run tests.

It serves feeds and article pages by path with the headers real sites send (ETag,
Last-Modified, 304 Not Modified on a conditional GET), can fail on cue (``Page.failures``,
``Page.status``, ``Page.retry_after``, ``Page.cut_short``) and records every request, so
tests see what a scheduled run fetched and which validators it sent back. Never used in production.
"""

from __future__ import annotations

import hashlib
import html
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from typing import Any

from summarise.scheduled.sources.fetch import RetryWaits
from summarise.testing.background import BackgroundServer

# Retry waits for clients of the site: its scripted failures need no real backoff.
QUICK_RETRIES = RetryWaits(initial=0.01, maximum=0.02)
LAST_MODIFIED = format_datetime(datetime(2026, 1, 1, tzinfo=UTC), usegmt=True)


@dataclass
class Page:
    """What the site serves at a path; ``failures`` statuses are served first, in order,
    with ``retry_after`` as their ``Retry-After`` when set; then the first ``cut_short``
    replies promise the whole body and hang up halfway (a connection reset mid-transfer)."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    failures: list[int] = field(default_factory=list)
    retry_after: str | None = None
    cut_short: int = 0


@dataclass(frozen=True)
class Hit:
    """A request as it arrived; header names are lower-cased, as HTTP treats them."""

    path: str
    headers: dict[str, str]


class NewsSite(BackgroundServer):
    """A threaded HTTP server standing in for news sites: pages by path, conditional GET."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self._hits: list[Hit] = []
        self._lock = threading.Lock()
        super().__init__("127.0.0.1", 0, _handler(self), "news-site")

    def url(self, path: str) -> str:
        return f"{self.origin}{path}"

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


def article_page(title: str, text: str) -> str:
    """An article page with the clutter a real one has around the text."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n") if p.strip())
    return (
        f"<html><head><title>{html.escape(title)}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
        "<footer>Cookie settings. Subscribe to our newsletter.</footer></body></html>"
    )


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
                extra = {"Retry-After": page.retry_after or ""}
                self._send(page.failures.pop(0), b"scripted failure", "text/plain", extra)
                return
            if page.status != 200:
                self._send(page.status, b"scripted failure", "text/plain")
                return
            extra = {"ETag": page.etag or "", "Last-Modified": page.last_modified or ""}
            if _not_modified(page, headers):
                self._send(304, b"", page.content_type, extra)
                return
            if page.cut_short:
                page.cut_short -= 1
                self._send(200, page.body, page.content_type, extra, cut=True)
                return
            self._send(200, page.body, page.content_type, extra)

        def _send(
            self,
            status: int,
            body: bytes,
            content_type: str,
            extra: dict[str, str] | None = None,
            *,
            cut: bool = False,
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body) if status != 304 else 0))
            for name, value in (extra or {}).items():
                if value:
                    self.send_header(name, value)
            self.end_headers()
            if cut:
                self.wfile.write(body[: len(body) // 2])
                self.close_connection = True
            elif status != 304:
                self.wfile.write(body)

    return Handler


def _not_modified(page: Page, headers: dict[str, str]) -> bool:
    """RFC 9110: If-None-Match, when sent, decides; else If-Modified-Since does."""
    if "if-none-match" in headers:
        return headers["if-none-match"] == page.etag
    return "if-modified-since" in headers and headers["if-modified-since"] == page.last_modified
