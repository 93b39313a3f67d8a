"""The feeds a web page names for itself, for a feed source that was given the page.

A person who adds a site to a briefing.toml often copies the address of its front page,
not of its feed. Most pages name their feed in the head, ``<link rel="alternate"
type="application/rss+xml" href="...">``, so the error can give the address to use
instead; it is not followed on its own, since a page may name several feeds and which one
the desk wants is theirs to say.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin

_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml"})
_HTML_STARTS = (b"<!doctype html", b"<html")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# The root element of an RSS, RDF (RSS 1.0) or Atom document, after any prologue.
_FEED_ROOT = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|rdf:RDF|feed)\b", re.S)


def looks_like_page(content: bytes, mime_type: str | None) -> bool:
    """Whether a reply is a web page: by what the server called it (``Fetched.mime_type``),
    else by how it opens."""
    if mime_type in _HTML_TYPES:
        return True
    return content.lstrip()[:20].lower().startswith(_HTML_STARTS)


def looks_like_feed(content: bytes, mime_type: str | None) -> bool:
    """Whether a reply is an RSS or Atom feed: by what the server called it
    (``Fetched.mime_type``), else by its root element (servers send feeds as text/xml or
    application/xml too)."""
    if mime_type in _FEED_TYPES:
        return True
    return _FEED_ROOT.search(content[:2000]) is not None


def feed_links(html: str, base_url: str) -> list[str]:
    """The absolute addresses of the feeds the page's ``<link rel="alternate">`` name."""
    finder = _FeedLinks()
    finder.feed(html)
    finder.close()
    return list(dict.fromkeys(urljoin(base_url, href) for href in finder.hrefs))


class _FeedLinks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        named = {key.lower(): (value or "").strip() for key, value in attrs}
        rels = named.get("rel", "").lower().split()
        is_feed = "alternate" in rels and named.get("type", "").lower() in _FEED_TYPES
        if is_feed and named.get("href"):
            self.hrefs.append(named["href"])
