"""An RSS or Atom feed as a source, read with feedparser.

feedparser copes with the feeds found in the wild (broken XML, odd encodings, RSS 0.9 to
Atom 1.0) far better than anything worth writing here. An entry is identified by its GUID
(else its canonical link) and fingerprinted by what the feed says of it, so an unchanged
entry costs nothing, not even its page; an entry dated before the window is not fetched
at all, since the briefing would leave it out; the feed's validators remember that window's
start, and a later, wider window asks for the whole feed again.

A feed saved to a file (``feed = "wire.xml"``) is read from it every run, whole, since no
server answers 304 for it; its teasers' pages are fetched from the web as any feed's are.

Many feeds carry only a teaser: an entry whose longest text is under ``FULL_TEXT_CHARS``
is taken to be one, and its page is fetched and reduced to its main text. When that fails
the entry is reported and tried again next run, rather than briefed from its teaser; so
that run fetches the feed without its validators, since a 304 would list no entries. A page
the site says is missing (404, 410) is the exception: the entry would fail every run if
the page is gone, so an entry with text of its own is briefed from that text at once, with a
warning naming the entry and the status. A 410 says the page is gone for good; a 404 may
only mean not yet (a feed is often published before its pages reach the site's caches), so
after a first 404 the page is asked for once more, next run, and the full article replaces
the teaser if it is there by then; a second 404 is taken as final. Until then the entry's
fingerprint carries ``_PAGE_AWAITED``, so the next run reads it again, and the feed is
fetched whole, since a 304 would list no entries.
An entry that fails by what the feed itself says (no guid nor link, no text and nothing to
fetch) is ``unreadable`` with its fingerprint: it fails the same way until the feed
changes it, so a run can tell it failed before. An entry dated before the window is left
out before anything else, a bad one included.
"""

from __future__ import annotations

import calendar
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser  # type: ignore[import-untyped]

from summarise.article import Article
from summarise.extraction.results import ArticleFailure
from summarise.scheduled.config import SourceConfig
from summarise.scheduled.sources.articles import (
    build_article,
    canonical_url,
    fragment_text,
    page_article,
)
from summarise.scheduled.sources.feed_links import feed_links, looks_like_page
from summarise.scheduled.sources.fetch import (
    FEED_ACCEPT,
    Fetched,
    Fetcher,
    FetchError,
    Validators,
)
from summarise.scheduled.sources.units import Found, SourceRead, Unreadable

# Shorter than this (about 170 words) and an entry's own text is a teaser, not the article.
FULL_TEXT_CHARS = 1000
_NO_KEY = "an entry has neither a guid nor a link; skipped"
_NO_TEXT = "no article text in the entry or on its page"
_NOT_WEB = "a teaser whose link is not a web address (http or https); nothing to fetch"
# A saved feed's relative link, read against the file for want of the site's address.
_FILE_LINK = (
    "a teaser whose link is relative, in a saved feed that gives no web address for its site "
    "(an absolute <link>) to read it from; nothing to fetch"
)
# Statuses saying a page is missing, not that it failed this time; only 410 says for good.
_GONE_STATUS = frozenset({404, 410})
_GONE_FOR_GOOD = 410
# Marks the fingerprint of an entry briefed from its own text after one 404.
_PAGE_AWAITED = "+page awaited"


def read_feed(
    source: SourceConfig,
    known: Mapping[str, str],
    validators: Mapping[str, Validators],
    fetcher: Fetcher,
    window_start: datetime,
) -> SourceRead:
    """New and changed entries of the feed; ``known`` maps unit keys to fingerprints."""
    read = SourceRead(name=source.name)
    url = source.feed or ""
    stored = validators.get(url)
    if stored is not None and stored.read_from is not None and window_start < stored.read_from:
        # The window reaches further back than the last read did (the config's window
        # grew): entries it left out as too old may be in it now, and a 304 lists none.
        stored = None
    try:
        saved = source.feed_file
        fetched = fetcher.get(url, stored, accept=FEED_ACCEPT) if saved is None else _saved(saved)
    except FetchError as exc:
        read.error = str(exc)
        return read
    if fetched.not_modified:
        read.validators[url] = fetched.validators.model_copy(
            update={"read_from": stored.read_from if stored is not None else None}
        )
        read.not_modified = True
        return read
    read.validators[url] = fetched.validators.model_copy(update={"read_from": window_start})
    headers = {"content-location": fetched.url}
    if fetched.mime_type is not None:
        # Without it feedparser's reason for a page that is no feed is "no Content-type
        # specified", which the server never said. Its charset is left out: the feed is
        # decoded from its own bytes and XML declaration, as it was before the type was kept.
        headers["content-type"] = fetched.mime_type
    parsed = feedparser.parse(fetched.content, response_headers=headers)
    site = _site(parsed) if saved is not None else None
    if site is not None:
        parsed = feedparser.parse(
            fetched.content, response_headers={**headers, "content-location": site}
        )
    if not parsed.get("version") and not parsed.entries:
        read.error = _not_a_feed(url, fetched, parsed.get("bozo_exception"))
        return read
    outlet = _text(parsed.feed.get("title")) or source.name
    listed: list[str] = []
    awaiting = False
    for entry in parsed.entries:
        key = _key(entry)
        if key is not None:
            listed.append(key)
        at = _entry_time(entry)
        if at is not None and at < window_start:
            read.too_old += 1
            continue
        fingerprint = _fingerprint(entry)
        if key is None:
            failure = ArticleFailure(name=url, reason=_NO_KEY)
            read.unreadable.append(Unreadable(f"entry:{fingerprint}", fingerprint, failure))
            continue
        if known.get(key) == fingerprint:
            continue
        awaited = known.get(key) == fingerprint + _PAGE_AWAITED
        got = _article(entry, outlet, at, fetcher, source.name, awaited)
        awaiting = _take(read, got, Found(key, fingerprint, (), at)) or awaiting
    if read.failed_keys or awaiting:
        # A page that could not be fetched (or answered 404 once) is tried again next run,
        # but a feed answering 304 lists no entry to try it for: the next run asks for the
        # whole feed.
        read.validators[url] = Validators()
    read.listed = listed
    return read


def _take(read: SourceRead, got: Article | _FromFeed | _Failed, entry: Found) -> bool:
    """Put an entry's article, or why there is none, into ``read`` (``entry`` without its
    article); True when its page answered 404 once and is to be asked for again."""
    awaiting = isinstance(got, _FromFeed) and not got.final
    fingerprint = entry.fingerprint + (_PAGE_AWAITED if awaiting else "")
    if isinstance(got, _FromFeed):
        read.warnings.append(got.warning)
        got = got.article
    if isinstance(got, Article):
        read.found.append(replace(entry, fingerprint=fingerprint, articles=(got,)))
    elif got.of_entry:
        read.unreadable.append(Unreadable(entry.key, fingerprint, got.failure))
    else:
        read.failures.append(got.failure)
        read.failed_keys.add(entry.key)
    return awaiting


def _saved(path: Path) -> Fetched:
    """A feed saved to a file, read whole every run (there is no server to answer 304): its
    entries, each known by its guid, cost nothing until they change; its relative links
    are read from the site's address when the feed gives one (``_site``), else from the
    file's own."""
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise FetchError(str(path), f"cannot read the saved feed ({exc.strerror or exc})") from None
    return Fetched(url=path.as_uri(), content=content, encoding=None, validators=Validators())


def _site(parsed: Any) -> str | None:
    """The web address a saved feed gives for its site or itself, for its relative links: the
    file's own address makes them ``file:`` links, which name no page to fetch. Atom's
    ``xml:base`` still wins where the feed has one."""
    candidates = [parsed.feed.get("link")]
    candidates += [link.get("href") for link in parsed.feed.get("links") or []]
    return next((c for c in candidates if isinstance(c, str) and _web_url(c)), None)


def _not_a_feed(url: str, fetched: Fetched, problem: object) -> str:
    """Why the reply is no feed: a web page is said to be one, with the feeds it names."""
    content = fetched.content or b""
    if not looks_like_page(content, fetched.mime_type):
        why = f" ({problem})" if problem else ""
        return f"{url}: not an RSS or Atom feed{why}; check the feed URL"
    try:
        links = feed_links(fetched.text(), fetched.url)
    except FetchError:
        links = []
    if links:
        named = " or ".join(links[:3])
        return f"{url}: a web page, not an RSS or Atom feed; the page names its feed: {named}"
    return (
        f"{url}: a web page, not an RSS or Atom feed (it names none); give the site's feed "
        "address, or list article pages in a urls source"
    )


@dataclass(frozen=True)
class _Failed:
    """An entry not read; ``of_entry`` when the entry itself is why (no page was fetched),
    so it fails the same way until the feed changes it."""

    failure: ArticleFailure
    of_entry: bool


@dataclass(frozen=True)
class _FromFeed:
    """A teaser's article made from the entry's own text because its page is missing;
    ``warning`` says so, since the briefing has less of the article than usual. ``final``:
    the page is gone for good (a 410, or a 404 for the second run), not asked for again."""

    article: Article
    warning: str
    final: bool


def _key(entry: Any) -> str | None:
    guid = _text(entry.get("id"))
    if guid:
        return f"guid:{guid}"
    link = _text(entry.get("link"))
    return f"url:{canonical_url(link)}" if link else None


def _entry_time(entry: Any) -> datetime | None:
    parsed = _own(entry, "published_parsed") or _own(entry, "updated_parsed")
    if parsed is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)


def _fingerprint(entry: Any) -> str:
    """What the feed says of an entry; a correction or an update changes it."""
    material = {
        "title": entry.get("title"),
        "link": entry.get("link"),
        "summary": entry.get("summary"),
        "content": [c.get("value") for c in entry.get("content") or []],
        "updated": _own(entry, "updated"),
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode("utf-8")).hexdigest()


def _own_text(entry: Any) -> str:
    """The longest text the entry carries: its content, else its summary."""
    candidates = [c.get("value") or "" for c in entry.get("content") or []]
    candidates.append(entry.get("summary") or "")
    texts = [fragment_text(c) for c in candidates if c]
    return max(texts, key=len, default="")


def _article(
    entry: Any, outlet: str, at: datetime | None, fetcher: Fetcher, source: str, awaited: bool
) -> Article | _FromFeed | _Failed:
    """The entry's article: from its own text, or from its page when it is a teaser.
    ``awaited``: the page answered 404 last run, and the entry was briefed from its text."""
    title = _text(entry.get("title"))
    link = _text(entry.get("link"))
    published = at.date() if at is not None else None
    own = _own_text(entry)
    name = link or title or source
    # The entry's own text: the article when it is full, the stand-in for a page gone.
    from_entry = build_article(own, title=title, source=outlet, url=link, published=published)
    if len(own) < FULL_TEXT_CHARS and link:
        if not _web_url(link):
            reason = _FILE_LINK if urlsplit(link).scheme == "file" else _NOT_WEB
            return _Failed(ArticleFailure(name=name, reason=reason), of_entry=True)
        try:
            html = fetcher.get(link).text()
        except FetchError as exc:
            if exc.status in _GONE_STATUS and from_entry is not None:
                return _from_feed(from_entry, f"{name}: article page {exc.reason}", exc, awaited)
            reason = f"article page: {exc.reason}"
            return _Failed(ArticleFailure(name=name, reason=reason), of_entry=False)
        article = page_article(html, link, title=title, source=outlet, published=published)
        of_entry = False
    else:
        article = from_entry
        of_entry = True
    if article is None:
        return _Failed(ArticleFailure(name=name, reason=_NO_TEXT), of_entry=of_entry)
    return article


def _from_feed(article: Article, said: str, exc: FetchError, awaited: bool) -> _FromFeed:
    """The entry's own text standing in for its missing page, with the warning saying so
    (``said``: the page and its status) and whether the page is to be asked for again."""
    briefed = f"briefed from the feed entry's own text ({len(article.text):,} characters)"
    if awaited:
        warning = f"{said} again; {briefed}, the page no longer asked for"
    elif exc.status == _GONE_FOR_GOOD:
        warning = f"{said}; {briefed}"
    else:
        warning = f"{said}; {briefed} for now: the page is asked for again next run"
    return _FromFeed(article, warning, final=awaited or exc.status == _GONE_FOR_GOOD)


def _web_url(link: str) -> bool:
    """Whether a link can be fetched: a feed may carry ``javascript:`` or relative links."""
    parts = urlsplit(link)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _own(entry: Any, name: str) -> Any:
    """A field the entry really has: feedparser's own ``get`` maps "updated" to
    "published" (with a deprecation warning) when the entry has no update time."""
    return dict.get(entry, name)


def _text(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None
