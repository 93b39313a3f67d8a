"""The extraction schema of ``evals/extraction-schema.md`` as pydantic models.

Three parties must agree on these shapes: the model (which sees the JSON schema and the
field descriptions, so descriptions are written *for the model*), the hand labels in
``evals/labels`` and the scorer. Items are generic over their evidence type because the
model may only write quotes (``Quote``) while stored extractions carry the offsets the
program found (``Evidence``); one definition serves both so they cannot drift apart.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import re
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import DEFAULT_REF_TEMPLATE, GenerateJsonSchema, JsonSchemaMode

ActorKind = Literal["person", "state", "government", "military", "organisation", "other"]
Stance = Literal[
    "support",
    "oppose",
    "demand",
    "warn",
    "threaten",
    "accuse",
    "deny",
    "concern",
    "commit",
    "other",
]
Activity = Literal[
    "deploy", "mass", "alert", "exercise", "patrol", "intercept", "withdraw", "supply", "other"
]
QuantityUnit = Literal["troops", "aircraft", "ships", "vehicles", "weapons", "other"]
MovementStatus = Literal["planned", "ongoing", "completed", "unclear"]
ContactMode = Literal[
    "phone_call", "video_call", "meeting", "visit", "talks", "summit", "correspondence", "other"
]
ContactStatus = Literal["held", "planned", "proposed", "cancelled"]
MatchKind = Literal["exact", "normalised", "fuzzy", "none"]
Category = Literal["positions", "military_movements", "diplomatic_contacts"]
CATEGORIES: tuple[Category, ...] = ("positions", "military_movements", "diplomatic_contacts")
# The field naming whose item it is, read alike by the briefing (who is involved) and by
# the evaluation's shape survival (whether an item kept its owner).
PRINCIPAL_FIELD: dict[Category, str] = {
    "positions": "holder",
    "military_movements": "actor",
    "diplomatic_contacts": "participants",
}
_ID_PREFIX: dict[Category, str] = {
    "positions": "P",
    "military_movements": "M",
    "diplomatic_contacts": "C",
}


def item_id(category: Category, number: int) -> str:
    """Short item ids ("P3", "M1", "C2"), counted from one as a reader counts.

    The briefing numbers its items this way and the eval report labels gold and predicted
    items the same way, so a reader moving between the two meets one convention.
    """
    return f"{_ID_PREFIX[category]}{number}"


_WHEN = (
    "The time expression exactly as the article writes it ('on Tuesday', 'this afternoon', "
    "'in the coming days'), or null."
)
_DATE = "ISO date (YYYY-MM-DD) only when the article makes the date certain, else null."


class Actor(BaseModel):
    """A party: a person, a state, a government, a military, an organisation."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(
        description=(
            "Fullest name the article gives, resolved within the article: 'Mr Johnson' or "
            "'the Prime Minister' -> 'Boris Johnson'; 'Number 10'/'Downing Street' -> "
            "'UK government'; 'the Kremlin' -> 'Russian government'. States by common English "
            "name ('Russia', 'United States', 'United Kingdom'); organisations by short name "
            "('NATO', 'EU', 'UN')."
        )
    )
    kind: ActorKind = Field(description="What sort of party this is.")
    country: str | None = Field(
        default=None,
        description="State or organisation the actor belongs to or speaks for, or null.",
    )
    role: str | None = Field(
        default=None,
        description="Office or title as given ('Prime Minister', 'deputy UN ambassador'), or null.",
    )


class Quote(BaseModel):
    """Verbatim evidence as the model writes it: a quote and nothing else."""

    model_config = ConfigDict(extra="forbid")

    quote: str = Field(
        min_length=1,
        description=(
            "A span copied character for character from the article text, ideally one "
            "sentence or less. Never paraphrase, never join pieces of different sentences."
        ),
    )


class Evidence(Quote):
    """A quote with where the program found it; the model never writes the offsets."""

    model_config = ConfigDict(extra="forbid")

    start: int | None = None
    end: int | None = None
    match: MatchKind | None = None

    @property
    def grounded(self) -> bool:
        return self.match is not None and self.match != "none"


EvidenceT = TypeVar("EvidenceT", bound=Quote)


class _Item(BaseModel, Generic[EvidenceT]):
    """What every item shares: no unknown fields."""

    model_config = ConfigDict(extra="forbid")


class Position(_Item[EvidenceT], Generic[EvidenceT]):
    """A view, demand, warning, accusation or commitment that a party holds."""

    holder: Actor = Field(
        description=(
            "Whose position it is: the speaker's principal (a spokesman for the Prime Minister "
            "gives the Prime Minister's position)."
        )
    )
    via: Actor | None = Field(
        default=None,
        description="The spokesperson, office or interview through which it was voiced, or null.",
    )
    stance: Stance = Field(
        description=(
            "support | oppose | demand (urge, call on, insist) | warn | threaten | accuse | "
            "deny | concern (express concern, fear) | commit (pledge, promise, agree to) | other."
        )
    )
    topic: str = Field(
        description=(
            "Short noun phrase naming the issue ('Ukraine's NATO membership', "
            "'Russian troops on the Ukrainian border')."
        )
    )
    target: Actor | None = Field(
        default=None,
        description=(
            "Who the position is addressed to or about "
            "('urged Russia to step back' -> Russia), or null."
        ),
    )
    summary: str | None = Field(default=None, description="One neutral sentence in your own words.")
    evidence: list[EvidenceT] = Field(
        min_length=1,
        description=(
            "One or more verbatim quotes; the same position restated is one item "
            "with several quotes."
        ),
    )
    when: str | None = Field(default=None, description=_WHEN)
    date: str | None = Field(default=None, description=_DATE)


class Quantity(BaseModel):
    """A stated figure; a range keeps both ends, an estimate is flagged approximate."""

    model_config = ConfigDict(extra="forbid")

    low: int = Field(
        description="The figure as an integer ('3,000' -> 3000; lower end of a range)."
    )
    high: int | None = Field(
        default=None, description="Upper end of a range ('100,000-130,000' -> 130000), else null."
    )
    unit: QuantityUnit = Field(description="What is counted.")
    approximate: bool = Field(
        default=False, description="True for 'around', 'about', 'more than', 'some'."
    )


class MilitaryMovement(_Item[EvidenceT], Generic[EvidenceT]):
    """Forces moved, massed, deployed, alerted, exercised, intercepting or withdrawn."""

    actor: Actor = Field(description="Whose forces they are.")
    activity: Activity = Field(
        description=(
            "deploy | mass (build-up) | alert (standby, readiness) | exercise | patrol | "
            "intercept | withdraw | supply (weapons or equipment transfer) | other."
        )
    )
    forces: str = Field(
        description="The forces as written ('3,000 more troops', 'four Russian Bear bombers')."
    )
    quantity: Quantity | None = Field(default=None, description="The stated number, or null.")
    origin: str | None = Field(default=None, description="Where from, as written, or null.")
    destination: str | None = Field(
        default=None, description="Where to, as written ('Poland and Germany'), or null."
    )
    status: MovementStatus = Field(
        description="planned (announced, approved, will) | ongoing | completed | unclear."
    )
    claimed_by: Actor | None = Field(
        default=None,
        description="Who asserts the movement or figure when the article attributes it, or null.",
    )
    evidence: list[EvidenceT] = Field(min_length=1, description="One or more verbatim quotes.")
    when: str | None = Field(default=None, description=_WHEN)
    date: str | None = Field(default=None, description=_DATE)


class DiplomaticContact(_Item[EvidenceT], Generic[EvidenceT]):
    """Parties communicate: a call, meeting, visit, talks, summit or message."""

    participants: list[Actor] = Field(
        min_length=2, description="Two or more parties; for a visit, the visitor and the host."
    )
    mode: ContactMode = Field(
        description=(
            "phone_call | video_call | meeting | visit | talks (negotiations) | "
            "summit (multilateral) | correspondence (letters, written replies) | other."
        )
    )
    status: ContactStatus = Field(
        description=(
            "held | planned (announced, agreed, will) | proposed (suggested, sought) | cancelled."
        )
    )
    location: str | None = Field(default=None, description="Place, or null.")
    topics: list[str] = Field(default_factory=list, description="Short noun phrases.")
    outcome: str | None = Field(default=None, description="One neutral sentence, or null.")
    evidence: list[EvidenceT] = Field(min_length=1, description="One or more verbatim quotes.")
    when: str | None = Field(default=None, description=_WHEN)
    date: str | None = Field(default=None, description=_DATE)


Item = Position[Any] | MilitaryMovement[Any] | DiplomaticContact[Any]


def is_grounded(item: Item) -> bool:
    """An item stands when at least one of its quotes was found in the article."""
    return any(isinstance(e, Evidence) and e.grounded for e in item.evidence)


class _PlainNames(GenerateJsonSchema):
    """Names ``Position`` rather than ``Position_Quote_``: the model reads these names."""

    def normalize_name(self, name: str) -> str:
        return super().normalize_name(re.sub(r"\[.*\]$", "", name))


_SCHEMAS: dict[tuple[object, ...], dict[str, Any]] = {}


class _Extraction(BaseModel, Generic[EvidenceT]):
    model_config = ConfigDict(extra="forbid")

    @classmethod
    def model_json_schema(
        cls,
        by_alias: bool | None = None,
        ref_template: str = DEFAULT_REF_TEMPLATE,
        schema_generator: type[GenerateJsonSchema] = _PlainNames,
        mode: JsonSchemaMode = "validation",
        *,
        union_format: Literal["any_of", "primitive_type_array"] = "any_of",
    ) -> dict[str, Any]:
        """Built once per class and arguments (about 3 ms each time, asked for per request).

        Callers get a deep copy because instructor and others edit the dict they receive.
        """
        key = (cls, by_alias, ref_template, schema_generator, mode, union_format)
        if key not in _SCHEMAS:
            _SCHEMAS[key] = super().model_json_schema(
                by_alias=by_alias,
                ref_template=ref_template,
                schema_generator=schema_generator,
                mode=mode,
                union_format=union_format,
            )
        return copy.deepcopy(_SCHEMAS[key])

    positions: list[Position[EvidenceT]] = Field(
        default_factory=list, description="Every distinct position a party holds."
    )
    military_movements: list[MilitaryMovement[EvidenceT]] = Field(
        default_factory=list, description="Every distinct military movement."
    )
    diplomatic_contacts: list[DiplomaticContact[EvidenceT]] = Field(
        default_factory=list, description="Every distinct diplomatic contact."
    )

    def items(self, category: Category) -> list[Any]:
        items: list[Any] = getattr(self, category)
        return items

    def count(self) -> int:
        return sum(len(self.items(c)) for c in CATEGORIES)


class ExtractionDraft(_Extraction[Quote]):
    """Positions, military movements and diplomatic contacts reported in a news article.

    Extract only what the article asserts happened, is planned, or is claimed; never web-page
    furniture. Every item needs at least one verbatim quote from the article.
    """


class ArticleExtraction(_Extraction[Evidence]):
    """One article's extraction as stored and labelled: quotes carry offsets once grounded."""

    article_id: str


@functools.cache
def schema_hash() -> str:
    """Hash of the model-facing schema: a schema change must invalidate cached extractions."""
    text = json.dumps(ExtractionDraft.model_json_schema(), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]
