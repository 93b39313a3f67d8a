"""Main text and metadata of a saved web page, via trafilatura.

trafilatura's boilerplate removal (menus, footers, comment threads, scripts) is better
than anything worth writing here. It only parses the markup it is given: nothing is
executed and nothing is fetched. It is imported on first use because the import costs
a noticeable fraction of a second and most runs load no HTML at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PageText:
    """What a page yields: paragraphs separated by blank lines, plus what it says of itself."""

    text: str
    title: str | None
    sitename: str | None
    url: str | None
    published: date | None
    needs_script: bool = False


def extract_page(html: str) -> PageText:
    """The page's main text (empty when it has none) and its title, site name, URL and date.

    ``<noscript>`` blocks are pruned: they hold what a browser without JavaScript shows
    ("enable JavaScript to run this app"), never the article, and on a page that builds its
    article with a script they would otherwise be taken for it. ``needs_script`` says a
    page had such a block, so its lack of text can be explained.
    """
    import trafilatura

    needs_script = "<noscript" in html.lower()
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        prune_xpath="//noscript",
    )
    if document is None:
        return PageText(
            text="", title=None, sitename=None, url=None, published=None, needs_script=needs_script
        )
    fields = document if isinstance(document, dict) else document.as_dict()
    paragraphs = [line.strip() for line in str(fields.get("text") or "").split("\n")]
    return PageText(
        text="\n\n".join(line for line in paragraphs if line),
        title=_optional(fields.get("title")),
        sitename=_optional(fields.get("sitename")),
        url=_optional(fields.get("url")),
        published=_iso_date(fields.get("date")),
        needs_script=needs_script,
    )


def _optional(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _iso_date(value: object) -> date | None:
    text = _optional(value)
    if text is None:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
