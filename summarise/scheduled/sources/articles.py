"""Articles from what the web hands over: feed entries' HTML, whole pages, canonical URLs.

An article built here must be the same ``Article`` the file loaders build from the same
text (id from the body as received, text cleaned by ``clean_text``), so an article saved
to a folder and the same article read from a feed share one cache entry and merge as one.
"""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from summarise.article import Article, content_id
from summarise.loading.cleaning import clean_text
from summarise.loading.html import extract_page

# Query parameters that say who linked, not what is linked: dropped from identities.
_TRACKING_PREFIXES = ("utm_", "mc_", "at_")
_TRACKING_NAMES = frozenset({"fbclid", "gclid", "dclid", "yclid", "cmpid", "ocid", "ref", "source"})
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}
)
_SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript"})


def canonical_url(url: str) -> str:
    """One spelling per page: lower-case scheme and host, no fragment, no tracking params."""
    parts = urlsplit(url.strip())
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES) and k.lower() not in _TRACKING_NAMES
    ]
    host = (parts.hostname or "").lower()
    port = parts.port
    default_port = {"http": 80, "https": 443}.get(parts.scheme.lower())
    netloc = host if port is None or port == default_port else f"{host}:{port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query), ""))


class _TextOfFragment(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, _attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def fragment_text(html: str) -> str:
    """Paragraphs of a feed entry's HTML body.

    Not trafilatura: it looks for the main block of a whole page and can throw away most
    of a short fragment, which is already nothing but the article.
    """
    parser = _TextOfFragment()
    parser.feed(html)
    parser.close()
    paragraphs = (" ".join(p.split()) for p in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def build_article(
    body: str,
    *,
    title: str | None,
    source: str | None,
    url: str | None,
    published: date | None,
) -> Article | None:
    """The article, or None when nothing is left after removing page clutter."""
    text = clean_text(body)
    if not text:
        return None
    return Article(
        id=content_id(body),
        text=text,
        title=title,
        source=source,
        url=url,
        published=published,
        path=url,
    )


def page_article(
    html: str,
    url: str,
    *,
    title: str | None = None,
    source: str | None = None,
    published: date | None = None,
) -> Article | None:
    """The main text of a fetched page as an article; what the feed said wins over the page."""
    page = extract_page(html)
    if not page.text:
        return None
    return build_article(
        page.text,
        title=title or page.title,
        source=source or page.sitename,
        url=url,
        published=published or page.published,
    )
