"""A file of article URLs as a source: pages the analyst wants watched.

Each page is fetched every run, conditionally (an unchanged page costs a 304), and is
new or changed by its main text, so a page whose adverts or comment count changed is
not re-extracted. The file itself is the list: a URL taken out of it leaves the briefing,
while a page that fails to load keeps its last good copy and is reported.
"""

from __future__ import annotations

from collections.abc import Mapping

from summarise.extraction.results import ArticleFailure
from summarise.scheduled.config import SourceConfig
from summarise.scheduled.sources.articles import canonical_url, page_article
from summarise.scheduled.sources.feed_links import looks_like_feed
from summarise.scheduled.sources.fetch import Fetcher, FetchError, Validators
from summarise.scheduled.sources.units import Found, SourceRead

# A feed's address copied into the list of pages: its entries are articles, it is none.
_A_FEED = "an RSS or Atom feed, not an article page: give it as a feed source (feed = its URL)"


def read_url_list(
    source: SourceConfig,
    known: Mapping[str, str],
    validators: Mapping[str, Validators],
    fetcher: Fetcher,
) -> SourceRead:
    """New and changed pages of the list; ``known`` maps unit keys to fingerprints."""
    read = SourceRead(name=source.name)
    try:
        lines = (source.urls.read_text(encoding="utf-8") if source.urls else "").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        read.error = f"URL list {source.urls} cannot be read ({exc}); fix the path"
        return read
    listed: list[str] = []
    for line in lines:
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        key = f"url:{canonical_url(url)}"
        if key in listed:
            continue
        listed.append(key)
        try:
            fetched = fetcher.get(url, validators.get(url))
            html = fetched.text()
        except FetchError as exc:
            read.failures.append(ArticleFailure(name=url, reason=exc.reason))
            read.failed_keys.add(key)
            continue
        if fetched.not_modified:
            read.validators[url] = fetched.validators
            continue
        # A feed's text would be read as one article, its entries' teasers run together.
        is_feed = looks_like_feed(fetched.content or b"", fetched.mime_type)
        article = None if is_feed else page_article(html, url)
        if article is None:
            reason = _A_FEED if is_feed else "no article text on the page"
            read.failures.append(ArticleFailure(name=url, reason=reason))
            read.failed_keys.add(key)
            continue
        read.validators[url] = fetched.validators
        if known.get(key) != article.id:
            read.found.append(Found(key=key, fingerprint=article.id, articles=(article,)))
    read.listed = listed
    return read
