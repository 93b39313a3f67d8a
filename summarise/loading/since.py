"""``--since``: the articles published on or after a day, and how many were left out, why.

An article without a publication date is left out, by ``brief`` and ``timeline`` alike,
and counted. A cut-off is a claim about time: an analyst reads "since 1 March" as "all of
this happened or was reported after 1 March", and an undated article cannot be shown to
belong. The day it was first seen does not help: it says the article was published by
then, never after a day (the seeds, published in 2022, were first seen whenever a store
first met them). Let in, an old statement would be read as current, with no way to tell
it apart; left out and counted ("3 undated articles"), in the note and in the file, the
gap is visible and cheap to close: give the articles a date, or drop ``--since``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from summarise.article import Article
from summarise.errors import ConfigError
from summarise.plural import counted
from summarise.since_words import no_date, since_note


@dataclass(frozen=True)
class SinceFilter:
    """The articles kept, and how many were left out as older or as undated."""

    kept: list[Article]
    older: int
    undated: int

    def note(self, since: date) -> str | None:
        """What the cut-off left out, for the terminal; None when nothing."""
        return since_note(since.isoformat(), self.older, self.undated)

    def check(self, since: date) -> None:
        """A cut-off that leaves nothing is a mistake worth stopping for, said with why."""
        if self.kept or not (self.older or self.undated):
            return
        if not self.undated:
            why = f"all {counted(self.older, 'article')} were published before it"
        else:
            total = counted(self.older + self.undated, "article")
            was = "was" if self.older == 1 else "were"
            are = "is" if self.undated == 1 else "are"
            why = f"of {total}, {self.older} {was} published before it "
            why += f"and {self.undated} {are} undated ({no_date(self.undated)})"
        raise ConfigError(f"--since {since.isoformat()} leaves nothing to brief: {why}.")


def published_since(articles: Sequence[Article], since: date) -> SinceFilter:
    kept = [a for a in articles if a.published is not None and a.published >= since]
    undated = sum(1 for a in articles if a.published is None)
    return SinceFilter(kept=kept, older=len(articles) - len(kept) - undated, undated=undated)
