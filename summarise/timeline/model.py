"""The timeline as data: what its renderers draw from and what ``--format json`` prints.

Versioned like the briefing (``schema_version``), because other tools read the JSON.
An entry is either the first report of a merged item, with every source that reported it,
or a later change to it (a figure revised, a status moved on), with the sources that
reported the change.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from summarise.briefing.days import DayBasis
from summarise.schema import Category
from summarise.since_words import since_note, since_phrase

TIMELINE_VERSION = 1

MarkKind = Literal["new_contact", "figure_revised", "status_changed", "stance_turned"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TimelineSource(_Frozen):
    """One article's report: its own day, its first quote and the value it gave."""

    article_id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = Field(default=None, description="The file it was read from, if any.")
    published: dt.date | None = None
    day: dt.date
    quote: str | None = None
    value: str | None = Field(default=None, description="The figure or status it reported.")


class Mark(_Frozen):
    """What changed: a first contact, a figure revised, a status moved on, a stance turned."""

    kind: MarkKind
    text: str


class TimelineEntry(_Frozen):
    day: dt.date
    basis: DayBasis = Field(description="What the day rests on.")
    kind: Literal["reported", "update"]
    category: Category
    merged_item: int = Field(description="The merged item's id in the store.")
    headline: str
    parties: list[str] = Field(description="Names of the parties the item is about.")
    marks: list[Mark] = Field(default_factory=list)
    sources: list[TimelineSource]


class Estimate(_Frozen):
    """One source's figure for a disputed or revised quantity."""

    day: dt.date
    value: str
    low: int
    high: int | None = None
    source: str


class FigureHistory(_Frozen):
    """Every estimate of one merged item's figure, in date order."""

    merged_item: int
    headline: str
    estimates: list[Estimate]


class TimelineFilters(_Frozen):
    party: str | None = None
    # The party's name when ``party`` was read as a close spelling of it ("Rusia").
    party_read_as: str | None = None
    categories: list[Category]
    since: dt.date | None = None
    # Articles ``since`` left out for having no publication date, as ``brief`` leaves them.
    undated_left_out: int = 0

    def since_line(self) -> str | None:
        """``since 2022-02-01, leaving out 3 undated articles (…)``; None without ``since``."""
        if self.since is None:
            return None
        return since_phrase(self.since.isoformat(), 0, self.undated_left_out)

    def note(self) -> str | None:
        """What ``since`` left out, as the command says it on stderr."""
        if self.since is None:
            return None
        return since_note(self.since.isoformat(), 0, self.undated_left_out)


class Timeline(_Frozen):
    schema_version: int = TIMELINE_VERSION
    generated_at: dt.datetime
    store: str
    filters: TimelineFilters
    articles: int = Field(description="Articles cited by the entries.")
    entries: list[TimelineEntry]
    figures: list[FigureHistory]
