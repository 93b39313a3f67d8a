"""What reading a source yields: the units that are new or changed, and what it lists now.

A unit is what a source hands over and fingerprints as one: a feed entry, a file of a
folder, a page of a URL list. Units, not articles, because a JSON file may hold several
articles and a feed entry's fingerprint is known before its page is fetched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from summarise.article import Article
from summarise.extraction.results import ArticleFailure
from summarise.scheduled.sources.fetch import Validators


@dataclass(frozen=True)
class Found:
    """A new or changed unit; ``at`` is the feed entry's date, when it gives one."""

    key: str
    fingerprint: str
    articles: tuple[Article, ...]
    at: datetime | None = None


@dataclass(frozen=True)
class Unreadable:
    """A unit whose own content is not an article (an empty, binary or malformed file).

    Unlike a fetch or a permission that fails, it fails the same way until its bytes
    change, so its fingerprint lets a run tell a failure it reported before from a new one.
    """

    key: str
    fingerprint: str
    failure: ArticleFailure


@dataclass
class SourceRead:
    """One source's yield this run.

    ``listed`` holds every unit key the source lists now, unchanged ones included; it is
    None when the source said "not modified" or failed as a whole (``error``), so nothing
    may be concluded about what it still lists. ``validators`` are the ETag and
    Last-Modified to send next time, by URL. ``warnings`` name what a unit was read
    without (a date that does not exist) and files skipped as not being articles.
    ``failures`` are what could not be fetched or listed, ``failed_keys`` the keys of the
    listed units among them (a subfolder that cannot be listed is no unit); ``unreadable``
    the units read whole whose content is not an article. Together they say how many of
    the listed units were read, which the run log counts apart from those that were not.
    """

    name: str
    listed: list[str] | None = None
    found: list[Found] = field(default_factory=list)
    failures: list[ArticleFailure] = field(default_factory=list)
    failed_keys: set[str] = field(default_factory=set)
    unreadable: list[Unreadable] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    validators: dict[str, Validators] = field(default_factory=dict)
    error: str | None = None
    not_modified: bool = False
    too_old: int = 0
