"""What the model is asked to write under each strategy, and how the program turns it into
an ``ExtractionDraft``.

The full draft (``ExtractionDraft``: nested actors, verbatim quotes, every optional field)
is what a large model fills well. A small one does better with less to write: with
sentence evidence each item cites sentence numbers and names its actors by plain strings;
the program writes the quotes and reads each actor's kind from the one actor vocabulary.
Every model here has defaults for all its lists, so ``{}`` is a valid (empty) reply.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, Literal

import instructor
from pydantic import BaseModel, ConfigDict, Field

from summarise.actors import parse_body, parse_person
from summarise.extraction.prompting.numbering import Sentence, cited_quotes
from summarise.schema import (
    Activity,
    Actor,
    ActorKind,
    Category,
    ContactMode,
    ContactStatus,
    DiplomaticContact,
    ExtractionDraft,
    MilitaryMovement,
    MovementStatus,
    Position,
    Quote,
    Stance,
)

_ORGANISATION_KINDS: dict[str, ActorKind] = {
    "military": "military",
    "government": "government",
    "other": "other",
}


def actor_named(name: str) -> Actor:
    """An actor from a bare name, its kind read from the actor vocabulary: states, seats of
    government and known organisations by name, people by a role or a capitalised name."""
    name = " ".join(name.split())
    body = parse_body(name)
    kind: ActorKind
    if body.organisation is not None:
        kind = _ORGANISATION_KINDS.get(body.organisation.kind, "organisation")
    elif body.is_state:
        kind = "state"
    elif body.is_government:
        kind = "government"
    elif body.is_military:
        kind = "military"
    elif parse_person(name).role is not None or all(w[:1].isupper() for w in name.split()):
        kind = "person"
    else:
        kind = "other"
    return Actor(name=name, kind=kind)


class _Reply(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CitedPosition(_Reply):
    """A view, demand, warning, accusation or commitment a party holds."""

    sentences: list[int] = Field(min_length=1, description="Numbers of the sentences stating it.")
    holder: str = Field(description="Whose position: a full name, a state or an organisation.")
    stance: Stance
    topic: str = Field(description="Short noun phrase naming the issue.")
    target: str | None = Field(default=None, description="Who it is addressed to, or null.")


class CitedMovement(_Reply):
    """Forces moved, massed, deployed, alerted, exercised or withdrawn; weapons supplied."""

    sentences: list[int] = Field(min_length=1, description="Numbers of the sentences stating it.")
    actor: str = Field(description="The state whose forces they are.")
    activity: Activity
    forces: str = Field(description="The forces as written.")
    status: MovementStatus
    destination: str | None = None


class CitedContact(_Reply):
    """Parties communicating: a call, meeting, visit, talks, summit or letter."""

    sentences: list[int] = Field(min_length=1, description="Numbers of the sentences stating it.")
    participants: list[str] = Field(min_length=2, description="Two or more parties.")
    mode: ContactMode
    status: ContactStatus
    topics: list[str] = Field(default_factory=list)


class CitedDraft(_Reply):
    """Positions, military movements and diplomatic contacts, each citing sentence numbers."""

    positions: list[CitedPosition] = Field(default_factory=list)
    military_movements: list[CitedMovement] = Field(default_factory=list)
    diplomatic_contacts: list[CitedContact] = Field(default_factory=list)


class CitedPositions(_Reply):
    """Every position a party holds in the article, citing sentence numbers."""

    positions: list[CitedPosition] = Field(default_factory=list)


class CitedMovements(_Reply):
    """Every military movement in the article, citing sentence numbers."""

    military_movements: list[CitedMovement] = Field(default_factory=list)


class CitedContacts(_Reply):
    """Every diplomatic contact in the article, citing sentence numbers."""

    diplomatic_contacts: list[CitedContact] = Field(default_factory=list)


class QuotedPositions(_Reply):
    """Every position a party holds in the article, with verbatim quotes."""

    positions: list[Position[Quote]] = Field(default_factory=list)


class QuotedMovements(_Reply):
    """Every military movement in the article, with verbatim quotes."""

    military_movements: list[MilitaryMovement[Quote]] = Field(default_factory=list)


class QuotedContacts(_Reply):
    """Every diplomatic contact in the article, with verbatim quotes."""

    diplomatic_contacts: list[DiplomaticContact[Quote]] = Field(default_factory=list)


class Verdict(_Reply):
    """The model's judgement of one candidate: does its sentence state it.

    Only the decision: on the development set the 0.5B model's corrections (holder, stance,
    topic) were never better than the rules' and each cost it dozens of output tokens.
    """

    candidate: int = Field(description="The candidate's number.")
    keep: bool = Field(description="false when the sentence does not state this item.")


class NoneLabel(_Reply):
    """The sentence states no position, movement or contact."""

    sentence: int
    kind: Literal["none"]


class PositionLabel(_Reply):
    """The sentence states a position."""

    sentence: int
    kind: Literal["position"]
    holder: str
    stance: Stance
    topic: str


class MovementLabel(_Reply):
    """The sentence states a military movement."""

    sentence: int
    kind: Literal["movement"]
    actor: str
    activity: Activity
    forces: str


class ContactLabel(_Reply):
    """The sentence states a diplomatic contact."""

    sentence: int
    kind: Literal["contact"]
    participants: list[str] = Field(min_length=2)
    mode: ContactMode
    status: ContactStatus


SentenceLabel = Annotated[
    NoneLabel | PositionLabel | MovementLabel | ContactLabel, Field(discriminator="kind")
]


class SentenceLabels(_Reply):
    """What each numbered sentence states."""

    labels: list[SentenceLabel] = Field(default_factory=list)


def labelled_draft(reply: SentenceLabels, sentences: Sequence[Sentence]) -> ExtractionDraft:
    """Every labelled sentence as the item it states, citing itself."""
    cited = CitedDraft()
    for label in reply.labels:
        if isinstance(label, PositionLabel):
            cited.positions.append(
                CitedPosition(
                    sentences=[label.sentence],
                    holder=label.holder,
                    stance=label.stance,
                    topic=label.topic,
                )
            )
        elif isinstance(label, MovementLabel):
            cited.military_movements.append(
                CitedMovement(
                    sentences=[label.sentence],
                    actor=label.actor,
                    activity=label.activity,
                    forces=label.forces,
                    status="unclear",
                )
            )
        elif isinstance(label, ContactLabel):
            cited.diplomatic_contacts.append(
                CitedContact(
                    sentences=[label.sentence],
                    participants=label.participants,
                    mode=label.mode,
                    status=label.status,
                )
            )
    return cited_draft(cited, sentences)


class Verdicts(_Reply):
    """One verdict per candidate item."""

    verdicts: list[Verdict] = Field(default_factory=list)


CITED: dict[Category | None, type[_Reply]] = {
    None: CitedDraft,
    "positions": CitedPositions,
    "military_movements": CitedMovements,
    "diplomatic_contacts": CitedContacts,
}
QUOTED: dict[Category | None, type[BaseModel]] = {
    None: ExtractionDraft,
    "positions": QuotedPositions,
    "military_movements": QuotedMovements,
    "diplomatic_contacts": QuotedContacts,
}


_WRAPPED: dict[type[BaseModel], type[BaseModel]] = {}


def as_response_model(model: type[BaseModel]) -> type[BaseModel]:
    """instructor's wrapper, made once per reply model: instructor would wrap (and pydantic
    rebuild) the class on every call, and a per-class cache of its schema would not last."""
    if model not in _WRAPPED:
        _WRAPPED[model] = instructor.openai_schema(model)
    return _WRAPPED[model]


def quoted_draft(reply: BaseModel) -> ExtractionDraft:
    """A quoted reply (whole draft or one category) as a draft."""
    return ExtractionDraft.model_validate(reply.model_dump())


def cited_draft(reply: BaseModel, sentences: Sequence[Sentence]) -> ExtractionDraft:
    """A cited reply as a draft: numbers become the sentences' text, names become actors.

    Items whose numbers all fall outside the article are dropped, as are contacts left
    with fewer than two distinct parties.
    """
    data: dict[str, list[Any]] = {}
    for item in getattr(reply, "positions", []):
        if quotes := cited_quotes(item.sentences, sentences):
            data.setdefault("positions", []).append(
                Position[Quote](
                    holder=actor_named(item.holder),
                    stance=item.stance,
                    topic=item.topic,
                    target=actor_named(item.target) if item.target else None,
                    evidence=quotes,
                )
            )
    for item in getattr(reply, "military_movements", []):
        if quotes := cited_quotes(item.sentences, sentences):
            data.setdefault("military_movements", []).append(
                MilitaryMovement[Quote](
                    actor=actor_named(item.actor),
                    activity=item.activity,
                    forces=item.forces,
                    status=item.status,
                    destination=item.destination,
                    evidence=quotes,
                )
            )
    for item in getattr(reply, "diplomatic_contacts", []):
        names = list(dict.fromkeys(n.strip() for n in item.participants if n.strip()))
        if len(names) >= 2 and (quotes := cited_quotes(item.sentences, sentences)):
            data.setdefault("diplomatic_contacts", []).append(
                DiplomaticContact[Quote](
                    participants=[actor_named(n) for n in names],
                    mode=item.mode,
                    status=item.status,
                    topics=item.topics,
                    evidence=quotes,
                )
            )
    return ExtractionDraft.model_validate(data)
