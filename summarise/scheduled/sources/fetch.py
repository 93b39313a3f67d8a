"""Fetching feeds and pages politely: a User-Agent, a timeout, retries, conditional GET.

A scheduled job hits the same servers every few hours for years, so it must be a good
citizen: it names itself, sends back the ETag and Last-Modified it was given (an unchanged
feed then costs a 304 and no body), and never reads more than ``max_bytes`` of a reply.

It retries only what may succeed a few seconds later: a timeout, a connection that opened and
then broke (reset mid-transfer), and 408, 429, 500, 502, 503, 504, waiting what the server's
``Retry-After`` asks (up to ``RetryWaits.max_retry_after``; a longer ask fails at once, the
next run is the retry) or else exponential backoff. What a retry cannot change fails at
once: a connection that could not be opened (refused, unknown host, a TLS failure), any
other 4xx (404, 401, 403) or 5xx (501). A scheduled run with a dead host then costs
milliseconds, not seconds of backoff. Whatever is left becomes one ``FetchError`` sentence
for the run log; the caller decides that it costs one source, not the run.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType

import httpx
from pydantic import BaseModel
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential_jitter,
)

from summarise.errors import SummariseError, one_line
from summarise.loading.decoding import checked_text, decode
from summarise.loading.drafts import BadInput
from summarise.retry_after import retry_after_seconds
from summarise.scheduled.config import FetchConfig

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
_RETRIED_STATUS = frozenset({408, 429, 500, 502, 503, 504})
_MAX_REDIRECTS = 5
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class FetchError(SummariseError):
    """A URL could not be fetched; the message names it and says why (``reason``).

    ``status`` is the HTTP status of a reply that was refused without a retry, so a caller
    can tell a page that is gone (404, 410) from one that may come back; None when no reply
    settled it (no connection, a timeout, retries used up, a body that is no text)."""

    def __init__(self, url: str, reason: str, *, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


class Validators(BaseModel):
    """What a server said identifies its copy; sent back, an unchanged copy costs a 304.

    ``read_from`` is, for a feed, the start of the window its entries were last read for:
    older ones were left out, so a window reaching further back must not be answered 304."""

    etag: str | None = None
    last_modified: str | None = None
    read_from: datetime | None = None

    def headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True)
class Fetched:
    """A reply: ``content`` is None when the server said 304 Not Modified; ``media_type``
    is its Content-Type, when the server gave one."""

    url: str
    content: bytes | None
    encoding: str | None
    validators: Validators
    media_type: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.content is None

    @property
    def mime_type(self) -> str | None:
        """The Content-Type without its parameters ("text/html; charset=utf-8" is
        "text/html"), lower-cased: what the reply is, for the checks of page and feed."""
        if self.media_type is None:
            return None
        return self.media_type.split(";")[0].strip().lower()

    def text(self) -> str:
        """The body as text; raises ``FetchError`` for one that is not text (a PDF)."""
        data = self.content or b""
        if not data:
            return ""
        try:
            return _decoded(data, self.encoding)
        except BadInput as exc:
            raise FetchError(self.url, exc.reason) from None


def _decoded(data: bytes, charset: str | None) -> str:
    """Decoded as a saved article file is (byte-order marks, UTF-16, Windows-1252, binary
    refused), with the charset the server declared tried first. A byte-order mark beats
    the declaration, as in browsers; an unknown or wrong charset falls back to the guesses.
    """
    if charset and not data.startswith(_BOMS):
        try:
            return checked_text(data.decode(charset))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


@dataclass(frozen=True)
class RetryWaits:
    """Backoff between retries; tests shrink it, users have no reason to.

    ``max_retry_after`` caps a server's ``Retry-After``: a scheduled run waiting an hour on
    one source would hold the lock and every other source's briefing.
    """

    initial: float = 1.0
    maximum: float = 30.0
    max_retry_after: float = 60.0


class _Retryable(Exception):
    """A failure worth another try; ``reason`` is what the user sees if none succeeds,
    ``wait`` the seconds the server asked for (``Retry-After``), if it did."""

    def __init__(self, reason: str, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


class Fetcher:
    """One HTTP client for a run, so connections to a site are reused across its pages."""

    def __init__(
        self,
        config: FetchConfig,
        *,
        waits: RetryWaits | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._config = config
        self._waits = waits or RetryWaits()
        self._backoff = wait_exponential_jitter(
            multiplier=self._waits.initial, max=self._waits.maximum, jitter=self._waits.initial
        )
        self._client = httpx.Client(
            timeout=config.timeout,
            follow_redirects=True,
            max_redirects=_MAX_REDIRECTS,
            headers={"User-Agent": config.user_agent},
            transport=transport,
        )

    def get(
        self, url: str, validators: Validators | None = None, *, accept: str = PAGE_ACCEPT
    ) -> Fetched:
        """The body at ``url`` (or "not modified"); raises ``FetchError`` with the reason."""
        retrying = Retrying(
            stop=stop_after_attempt(self._config.retries + 1),
            wait=self._wait,
            retry=retry_if_exception_type(_Retryable),
            reraise=True,
        )
        attempts = self._config.retries + 1
        try:
            return retrying(self._get_once, url, validators, accept)
        except _Retryable as exc:
            tries = f" after {attempts} attempts" if attempts > 1 else ""
            raise FetchError(url, f"{exc.reason}{tries}") from None

    def _wait(self, state: RetryCallState) -> float:
        """Seconds before the next try: what the server's ``Retry-After`` asked (``_read``
        has already failed an ask longer than ``max_retry_after``), else backoff."""
        error = state.outcome.exception() if state.outcome is not None else None
        if isinstance(error, _Retryable) and error.wait is not None:
            return error.wait
        return self._backoff(state)

    def _get_once(self, url: str, validators: Validators | None, accept: str) -> Fetched:
        headers = {"Accept": accept, **(validators.headers() if validators else {})}
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                return self._read(url, response, validators)
        except httpx.TimeoutException:
            raise _Retryable(f"timed out after {self._config.timeout:g}s") from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise FetchError(url, f"not a URL that can be fetched ({exc})") from None
        except httpx.TooManyRedirects:
            raise FetchError(url, f"more than {_MAX_REDIRECTS} redirects") from None
        except httpx.ConnectError as exc:
            raise FetchError(url, f"could not connect ({one_line(exc)}); not retried") from None
        except httpx.TransportError as exc:
            raise _Retryable(f"connection broke ({one_line(exc)})") from None

    def _read(self, url: str, response: httpx.Response, validators: Validators | None) -> Fetched:
        status = response.status_code
        fresh = Validators(
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
        )
        if status == httpx.codes.NOT_MODIFIED:
            kept = validators or Validators()
            merged = Validators(
                etag=fresh.etag or kept.etag,
                last_modified=fresh.last_modified or kept.last_modified,
            )
            return Fetched(str(response.url), None, None, merged)
        if status in _RETRIED_STATUS:
            said = f"HTTP {status} {response.reason_phrase}".rstrip()
            wait = retry_after_seconds(response.headers.get("Retry-After"))
            if wait is not None and wait > self._waits.max_retry_after:
                raise FetchError(
                    url, f"{said}, asked to retry after {wait:.0f}s; not retried before next run"
                )
            raise _Retryable(said, None if wait is None else max(wait, 0.0))
        if not 200 <= status < 300:
            said = f"HTTP {status} {response.reason_phrase}".rstrip()
            raise FetchError(url, said, status=status)
        body = bytearray()
        for chunk in response.iter_bytes():
            body.extend(chunk)
            if len(body) > self._config.max_bytes:
                raise FetchError(
                    url, f"larger than {self._config.max_bytes:,} bytes; raise [fetch] max_bytes"
                )
        media_type = response.headers.get("Content-Type")
        return Fetched(str(response.url), bytes(body), response.charset_encoding, fresh, media_type)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
