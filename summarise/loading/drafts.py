"""What the format readers hand back to the loader: drafts, bad records and bad inputs.

A reader never builds an ``Article`` itself: cleaning and the content id are the loader's
single step for every format, so a draft carries the body exactly as read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class BadInput(Exception):
    """An input that yields no article; ``reason`` says why without naming the input."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NotArticles(BadInput):
    """A data file that holds no article at all (a manifest, a state file, a config).

    Named on the command line it fails like any bad input; met while walking a folder it
    is skipped with a note, since folders of articles often hold such files beside them.
    """


@dataclass(frozen=True)
class Draft:
    """An article before cleaning; ``where`` locates a record inside its file.

    ``warnings`` name metadata that was present but unusable (a date that does not exist):
    the article still loads without it, and the person learns why it lacks it.
    """

    body: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    where: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class BadRecord:
    """One record of a JSON file that could not be used; the other records still load."""

    reason: str
    missing_text: bool = False


ReadItem = Draft | BadRecord
