"""The briefing as data: what every renderer draws from and what ``--format json`` prints.

It is versioned (``schema_version``) because other tools read the JSON; a change to a
field's meaning bumps the version. Every fact keeps its sources: a merged item lists each
article that reported it with that article's quotes, and values the sources disagree on
are kept side by side with the citation numbers of the sources that gave them.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from summarise.phrases.lists import and_joined
from summarise.schema import (
    CATEGORIES,
    Activity,
    ActorKind,
    Category,
    ContactMode,
    ContactStatus,
    MatchKind,
    MovementStatus,
    Stance,
)
from summarise.since_words import since_phrase

SCHEMA_VERSION = 1


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CanonicalActor(_Frozen):
    """A canonical actor; ``country`` links a person, government or army to its state."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None


class ActorEntry(_Frozen):
    """A canonical actor with the spellings and offices the articles used for it."""

    actor: CanonicalActor
    variants: list[str]
    roles: list[str] = Field(default_factory=list)


class Source(_Frozen):
    """A cited article; ``number`` is its citation number, [1] being the earliest."""

    number: int
    article_id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    path: str | None = None
    backend: str

    @property
    def label(self) -> str:
        """The source as the person knows it: its title, else the file it was read from,
        else (standard input, an untitled record) its id."""
        return self.title or self.path or self.article_id


class QuoteInContext(_Frozen):
    """A quote with the article text around it, so a reader sees what it was taken from.

    ``span`` is the article's own text at the grounded offsets (it may differ from
    ``quote`` in typography); ``before`` and ``after`` are a little of the text around it.
    """

    quote: str
    match: MatchKind | None = None
    start: int | None = None
    end: int | None = None
    before: str = ""
    span: str
    after: str = ""


class Report(_Frozen):
    """One source article's account of a merged fact: its quotes and its own values."""

    source: int
    article_id: str
    published: dt.date | None = None
    grounded: bool = True
    quotes: list[QuoteInContext]
    when: str | None = None
    date: str | None = None
    summary: str | None = None
    status: str | None = None
    quantity: str | None = None
    forces: str | None = None


class Variant(_Frozen):
    """One value of a field and the sources that gave it."""

    value: str
    sources: list[int]


class Disagreement(_Frozen):
    """Sources disagree on a field; every value is shown with its sources."""

    field: Literal["quantity", "date", "status"]
    variants: list[Variant]
    note: str


class _Merged(_Frozen):
    id: str
    headline: str
    parties: list[str] = Field(description="Ids of the actors the item is about, for filtering.")
    reports: list[Report]
    disagreements: list[Disagreement] = Field(default_factory=list)

    @property
    def sources(self) -> list[int]:
        return sorted({r.source for r in self.reports})


class PositionItem(_Merged):
    category: Literal["positions"] = "positions"
    holder: CanonicalActor
    stance: Stance
    topic: str
    target: CanonicalActor | None = None
    summary: str | None = None


class MovementItem(_Merged):
    category: Literal["military_movements"] = "military_movements"
    actor: CanonicalActor
    activity: Activity
    forces: str
    quantity: str | None = None
    origin: str | None = None
    destination: str | None = None
    status: MovementStatus
    claimed_by: list[CanonicalActor] = Field(default_factory=list)


class ContactItem(_Merged):
    category: Literal["diplomatic_contacts"] = "diplomatic_contacts"
    participants: list[CanonicalActor]
    mode: ContactMode
    status: ContactStatus
    location: str | None = None
    topics: list[str] = Field(default_factory=list)
    outcome: str | None = None


BriefingItem = PositionItem | MovementItem | ContactItem


class PartyRow(_Frozen):
    """A line of the parties table: how many merged items an actor leads or takes part in."""

    actor: CanonicalActor
    positions: int = 0
    military_movements: int = 0
    diplomatic_contacts: int = 0


class Filters(_Frozen):
    since: dt.date | None = None
    # The articles ``since`` left out, so a briefing read later says what its cut-off lacks.
    older_left_out: int = Field(default=0, description="Published before ``since``.")
    undated_left_out: int = Field(default=0, description="Undated, so left out by ``since``.")
    party: str | None = None
    # The party's name when ``party`` was read as a close spelling of it ("Rusia").
    party_read_as: str | None = None
    include_ungrounded: bool = False

    def since_line(self) -> str | None:
        """``since 2022-02-01, leaving out 3 undated articles (…)``; None without ``since``."""
        if self.since is None:
            return None
        return since_phrase(self.since.isoformat(), self.older_left_out, self.undated_left_out)


class NotRead(_Frozen):
    """An input the briefing lacks because it could not be read or extracted: a reader of
    the briefing, who never saw the command's stderr, must learn that something is missing
    and what.

    ``source`` is the input as the user named it (a path, a URL; secrets in a URL masked);
    ``reason`` says what went wrong, without the advice on fixing it that the command gave
    its user, which is no use to a reader.
    """

    source: str
    reason: str


class Counts(_Frozen):
    """Headline numbers: how much went in and what it collapsed to."""

    articles: int
    cited_articles: int
    extracted_items: int
    ungrounded_left_out: int
    positions: int
    military_movements: int
    diplomatic_contacts: int
    disputed: int


class FigureChange(_Frozen):
    """A figure of an item already briefed that reads differently now.

    ``field`` "disputed" means the sources now disagree (or no longer do); ``before`` and
    ``after`` are then the disputed values, joined, or None.
    """

    item: str = Field(description="The item's id in this briefing.")
    field: Literal["quantity", "status", "disputed"]
    before: str | None = None
    after: str | None = None

    def sentence(self) -> str:
        """The change in words, the same in every format (renderers escape it)."""
        if self.field == "disputed":
            if self.after is None:
                return f"sources no longer disagree (they did on: {self.before})"
            return f"sources now disagree: {self.after}"
        label = "figure" if self.field == "quantity" else "status"
        return f"{label} {self.before or 'not given'} before, {self.after or 'not given'} now"


class Changes(_Frozen):
    """What a scheduled briefing has that the one before it did not, and what it lost.

    ``previous`` is when that briefing was generated, None for the first one (when
    everything is new and nothing is listed). Items are matched across briefings by the
    quotes their sources gave, not by their ids, which are renumbered every time.
    """

    previous: dt.datetime | None = None
    new_items: list[str] = Field(default_factory=list, description="Ids of the new items.")
    changed: list[FigureChange] = Field(default_factory=list)
    dropped: list[str] = Field(
        default_factory=list,
        description="Headlines of the previous briefing's items this one no longer has.",
    )
    articles_gone: list[str] = Field(
        default_factory=list,
        description="The previous briefing's sources this one no longer reads, by title or "
        "file: left the window, removed, or no longer given by their source.",
    )

    @property
    def nothing(self) -> bool:
        """Whether this briefing has the previous one's items, no more, no fewer."""
        return not (self.new_items or self.changed or self.dropped or self.articles_gone)


class KeyDevelopment(_Frozen):
    """One line of "Key developments": a merged item said in one plain sentence.

    ``score`` and ``reasons`` make the ranking explicit: the sum of the weighted terms of
    ``briefing/data/importance.toml`` and, in words, the terms that counted. ``disputed``
    marks an item shown because its sources give different figures, whatever its score.
    """

    item: str = Field(description="The item's id in this briefing.")
    sentence: str
    sources: list[int]
    score: float
    reasons: list[str] = Field(default_factory=list)
    disputed: bool = False


class OverviewClaim(_Frozen):
    """A sentence of the model's overview that passed the check, with what it rests on."""

    text: str
    items: list[str] = Field(description="Ids of the items the sentence cites.")
    sources: list[int] = Field(description="The cited items' sources.")


DropReason = Literal["uncited", "unknown_item", "unsupported", "repeated"]


class DroppedSentence(_Frozen):
    """A sentence the check removed: it cited nothing, cited an item that does not exist,
    stated a number, name or date that none of its cited items' evidence contains, or
    repeated a sentence already kept."""

    text: str
    items: list[str] = Field(default_factory=list, description="The ids it cited.")
    reason: DropReason
    detail: str = ""


class Overview(_Frozen):
    """A short overview written by a model from the merged items, then checked.

    Only ``claims`` are shown as the overview; ``dropped`` keeps what the check removed and
    why, so a reader can audit the model and the check alike.
    """

    written_by: str
    prompt: str = Field(description="The prompt's name and version, e.g. 'overview v1'.")
    claims: list[OverviewClaim]
    dropped: list[DroppedSentence] = Field(default_factory=list)

    @property
    def written(self) -> int:
        """Sentences the model wrote."""
        return len(self.claims) + len(self.dropped)

    def dropped_for(self, reason: DropReason) -> int:
        return sum(1 for d in self.dropped if d.reason == reason)


class Briefing(_Frozen):
    """A merged briefing, what ``render`` draws and ``--format json`` prints.

    ``key_developments`` are the lines that lead it (each names its item by ``item`` and
    its sources by number); ``positions``, ``military_movements`` and
    ``diplomatic_contacts`` the merged items (``item(id)`` finds one, ``items(category)``
    lists a section, ``disputed()`` those whose sources disagree); ``sources`` the
    articles, numbered as every item cites them; ``counts`` and ``filters`` what was read
    and what was left out; ``overview`` and ``changes`` are None unless a model wrote one
    and a scheduled run measured them; ``failures`` the inputs it lacks. Immutable:
    ``model_copy(update=…)`` makes a changed one.
    """

    schema_version: int = SCHEMA_VERSION
    generated_at: dt.datetime
    backend: str
    filters: Filters
    counts: Counts
    sources: list[Source]
    actors: list[ActorEntry]
    parties: list[PartyRow]
    positions: list[PositionItem]
    military_movements: list[MovementItem]
    diplomatic_contacts: list[ContactItem]
    changes: Changes | None = None
    key_developments: list[KeyDevelopment] = Field(default_factory=list)
    key_developments_asked: int | None = Field(
        default=None,
        description=(
            "How many key developments were asked for (None: the default); 0 leaves the "
            "section out, where an empty list under another count means none was found."
        ),
    )
    overview: Overview | None = None
    failures: list[NotRead] = Field(
        default_factory=list, description="Inputs not read or not extracted, and why."
    )

    def not_read_line(self) -> str | None:
        """``Not read: a.txt (the file is empty), b.txt (…).``, the same in every format;
        None when every input was read, so a complete briefing says nothing of it. Inputs
        failing for one reason share it (``a.txt and b.txt (…); c.txt (…)``): a server that
        stopped a run fails every article left with its one long sentence, which said once
        per article buried the names."""
        if not self.failures:
            return None
        by_reason: dict[str, list[str]] = {}
        for failure in self.failures:
            by_reason.setdefault(failure.reason, []).append(failure.source)
        shown = [f"{and_joined(sources)} ({reason})" for reason, sources in by_reason.items()]
        between = "; " if len(shown) < len(self.failures) else ", "
        return "Not read: " + between.join(shown) + "."

    def items(self, category: Category) -> list[BriefingItem]:
        items: list[BriefingItem] = list(getattr(self, category))
        return items

    def disputed(self) -> list[BriefingItem]:
        """Items with a disagreement, in section order: the "Disputed or inconsistent" list."""
        return [
            item for category in CATEGORIES for item in self.items(category) if item.disagreements
        ]

    def item(self, item_id: str) -> BriefingItem | None:
        return next(
            (i for category in CATEGORIES for i in self.items(category) if i.id == item_id), None
        )
