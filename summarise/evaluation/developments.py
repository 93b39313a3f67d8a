"""Scoring "Key developments" against hand-picked ones (``evals/developments``).

An analyst chose, from the articles alone, the developments a briefing should lead with;
each is described by the category, parties and quotes under which a briefing's merged
items can report it (``evals/developments/README.md``). overlap@N is the share of those
developments that at least one of the briefing's first N key developments is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summarise.actors import canonical_country, same_party
from summarise.briefing.model import Briefing, BriefingItem, CanonicalActor
from summarise.errors import ConfigError
from summarise.extraction.grounding import normalise
from summarise.schema import Actor, Category


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DevelopmentItem(_Strict):
    """One way a development shows up among merged items."""

    category: Category
    actors: list[Actor] = Field(min_length=1)
    quotes: list[str] = Field(min_length=1)


class Development(_Strict):
    id: str
    description: str
    items: list[DevelopmentItem] = Field(min_length=1)


class DevelopmentSet(_Strict):
    articles: str
    written: str
    developments: list[Development] = Field(min_length=1)


def load_developments(path: Path) -> DevelopmentSet:
    try:
        return DevelopmentSet.model_validate_json(path.read_bytes())
    except (OSError, ValidationError) as exc:
        raise ConfigError(f"Developments file {path} cannot be read: {exc}") from exc


def _as_actor(ref: CanonicalActor) -> Actor:
    return Actor(name=ref.name, kind=ref.kind, country=ref.country)


def _same_actor(wanted: Actor, ref: CanonicalActor) -> bool:
    """The same party, or a party of the country the development names."""
    actor = _as_actor(ref)
    if same_party(wanted, actor):
        return True
    country = canonical_country(wanted.country)
    return country is not None and country == canonical_country(actor.country)


def _quotes_meet(item: BriefingItem, wanted: list[str]) -> bool:
    """One of the item's quotes and one of the wanted ones contain one another."""
    mine = [normalise(q.quote) for r in item.reports for q in r.quotes]
    theirs = [normalise(q) for q in wanted]
    return any(a in b or b in a for a in mine for b in theirs if a and b)


def is_development(
    item: BriefingItem, development: Development, refs: Mapping[str, CanonicalActor]
) -> bool:
    """``refs`` are the briefing's actors by id: an item's parties are read through them."""
    actors = [refs[party] for party in item.parties if party in refs]
    return any(
        item.category == way.category
        and _quotes_meet(item, way.quotes)
        and any(_same_actor(wanted, ref) for wanted in way.actors for ref in actors)
        for way in development.items
    )


@dataclass(frozen=True)
class Overlap:
    """overlap@N and, per development, the rank of the first line that is it (or None)."""

    n: int
    ranks: dict[str, int | None]

    @property
    def value(self) -> float:
        found = sum(1 for rank in self.ranks.values() if rank is not None)
        return found / len(self.ranks) if self.ranks else 0.0


def overlap_at(briefing: Briefing, developments: DevelopmentSet, n: int = 8) -> Overlap:
    lines = [briefing.item(line.item) for line in briefing.key_developments[:n]]
    items = [item for item in lines if item is not None]
    refs = {entry.actor.id: entry.actor for entry in briefing.actors}
    ranks: dict[str, int | None] = {}
    for development in developments.developments:
        ranks[development.id] = next(
            (rank for rank, item in enumerate(items, 1) if is_development(item, development, refs)),
            None,
        )
    return Overlap(n=n, ranks=ranks)
