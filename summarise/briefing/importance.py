"""How important a merged item is: the weighted terms of ``data/importance.toml``.

Importance is computed from the item and the briefing around it, never guessed: how many
independent outlets report it, how far it escalates the crisis (its stance, activity or
contact status), who it is about (a head of government above a commentator), how recent
its latest report is, and, in scheduled briefings, whether it is new. Every term that
counted is kept in words, so a reader can see why a line leads.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal, cast, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from summarise.actors import country_of, organisation_of, parse_person, tokens, vocabulary
from summarise.briefing.development_groups import development_partners, themes_of
from summarise.briefing.involvement import principals
from summarise.briefing.model import (
    Briefing,
    BriefingItem,
    CanonicalActor,
    ContactItem,
    MovementItem,
    PositionItem,
)
from summarise.briefing.topic_form import Form, fragment
from summarise.errors import ConfigError
from summarise.schema import CATEGORIES, Activity, ContactMode, ContactStatus, Stance

_LIST_SEPARATORS = re.compile(r",|;|\band\b|&")

Level = Literal["leader", "state", "official", "military", "other"]


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OneDevelopment(_Table):
    ignore: frozenset[str]
    themes: dict[str, tuple[str, ...]]
    similar: float = Field(ge=0, le=100)


class Corroboration(_Table):
    per_source: float = Field(ge=0)
    max_sources: int = Field(ge=1)


class Combat(_Table):
    weight: float = Field(ge=0)
    words: frozenset[str]


class Escalation(_Table):
    combat: Combat
    stance: dict[Stance, float]
    activity: dict[Activity, float]
    contact_status: dict[ContactStatus, float]
    contact_mode: dict[ContactMode, float]
    figure: float = Field(ge=0)
    unclear: float = Field(ge=0, le=1)
    across: float = Field(ge=0)
    hostile: frozenset[Stance]
    punitive: float = Field(ge=0)


class Levels(_Table):
    leader_offices: frozenset[str]
    official_offices: frozenset[str]
    leader_groups: frozenset[str]
    leader_words: tuple[str, ...]
    coalition: int = Field(ge=2)
    leader: float
    state: float
    official: float
    military: float
    other: float

    @field_validator("leader_offices", "official_offices")
    @classmethod
    def _known_offices(cls, offices: frozenset[str]) -> frozenset[str]:
        unknown = sorted(offices - set(vocabulary().offices))
        if unknown:
            raise ValueError(f"offices not in the actor vocabulary: {', '.join(unknown)}")
        return offices

    @field_validator("leader_groups")
    @classmethod
    def _known_groups(cls, groups: frozenset[str]) -> frozenset[str]:
        unknown = sorted(g for g in groups if organisation_of(g) is None)
        if unknown:
            raise ValueError(f"groups not in the actor vocabulary: {', '.join(unknown)}")
        return groups


class Recency(_Table):
    weight: float = Field(ge=0)
    half_life_days: float = Field(gt=0)


class Novelty(_Table):
    new: float = Field(ge=0)
    changed: float = Field(ge=0)


def _packaged_shown() -> int:
    return default_weights().disputes.shown


class Disputes(_Table):
    other: float = Field(ge=0)
    # A weights file written before this field lists no `shown`: such a file gets the
    # packaged data file's figure, read from it rather than copied here.
    shown: int = Field(default_factory=_packaged_shown, ge=0)


class Variety(_Table):
    same_principal: float = Field(ge=0, le=1)
    same_quote: float = Field(ge=0, le=1)


class Weights(_Table):
    """The whole data file; every code of the schema must have its weight."""

    count: int = Field(ge=1)
    corroboration: Corroboration
    development: OneDevelopment
    escalation: Escalation
    level: Levels
    form: Form
    recency: Recency
    novelty: Novelty
    disputes: Disputes
    variety: Variety


def _missing(table: Mapping[str, float], codes: object) -> list[str]:
    """The codes of a schema ``Literal`` that ``table`` gives no weight."""
    return [code for code in get_args(codes) if code not in table]


def parse_weights(text: str, origin: str = "importance.toml") -> Weights:
    """Weights from TOML text; a missing code or a bad value is one clear ConfigError."""
    try:
        weights = Weights.model_validate(tomllib.loads(text))
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise ConfigError(f"Importance weights {origin} are invalid: {exc}") from exc
    escalation = weights.escalation
    for name, table, codes in (
        ("stance", escalation.stance, Stance),
        ("activity", escalation.activity, Activity),
        ("contact_status", escalation.contact_status, ContactStatus),
        ("contact_mode", escalation.contact_mode, ContactMode),
    ):
        missing = _missing(cast(Mapping[str, float], table), codes)
        if missing:
            raise ConfigError(
                f"Importance weights {origin}: escalation.{name} has no weight for "
                f"{', '.join(missing)}."
            )
    return weights


@cache
def default_weights() -> Weights:
    text = resources.files("summarise.briefing").joinpath("data", "importance.toml")
    return parse_weights(text.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Score:
    """An item's importance and, in words, the terms that made it."""

    total: float
    reasons: tuple[str, ...]


class Scorer:
    """Scores the items of one briefing; built once, since terms look across the briefing."""

    def __init__(self, briefing: Briefing, weights: Weights) -> None:
        self._weights = weights
        self._outlets = {s.number: s.outlet or f"article {s.article_id}" for s in briefing.sources}
        self._roles = {entry.actor.id: entry.roles for entry in briefing.actors}
        self._dates = {s.number: s.published for s in briefing.sources}
        dated = {d for d in self._dates.values() if d is not None}
        self._latest = max(dated) if len(dated) > 1 else None
        self._opposed = _opposed(briefing, weights.escalation.hostile)
        self._levels: dict[str, Level] = {}
        items = [i for c in CATEGORIES for i in briefing.items(c)]
        self._items = {item.id: item for item in items}
        rule = weights.development
        self.partners = development_partners(items, rule.ignore, rule.themes, rule.similar)
        changes = briefing.changes
        first = changes is None or changes.previous is None
        self._new = set() if first or changes is None else set(changes.new_items)
        self._changed = set() if first or changes is None else {c.item for c in changes.changed}

    def score(self, item: BriefingItem) -> Score:
        terms = [
            self._corroboration(item),
            self._escalation(item),
            self._level(item),
            self._recency(item),
            self._novelty(item),
            self._dispute(item),
        ]
        total = sum(value for value, _ in terms)
        reasons = tuple(reason for value, reason in terms if value and reason)
        flaw = self._flaw(item)
        if flaw is not None:
            return Score(round(total * self._weights.form.factor, 3), (*reasons, flaw))
        return Score(round(total, 3), reasons)

    def _flaw(self, item: BriefingItem) -> str | None:
        """Why the item's line would say too little to lead, or None."""
        form = self._weights.form
        if isinstance(item, PositionItem):
            flaw = fragment(item.topic, form)
            return None if flaw is None else f"topic {flaw}"
        if (
            isinstance(item, MovementItem)
            and item.activity in form.needs_destination
            and not item.destination
        ):
            return f"{item.activity} without a destination"
        return None

    def _corroboration(self, item: BriefingItem) -> tuple[float, str]:
        """The item's own outlets, or the parties reporting the development it is part of,
        whichever are more: the United States and the EU announcing sanctions corroborate
        each other, but another item of the development lends it no outlet."""
        rule = self._weights.corroboration
        group = [item, *(self._items[i] for i in sorted(self.partners.get(item.id, ())))]
        outlets = len({self._outlets.get(n, str(n)) for n in item.sources})
        parties = len({_party(member) for member in group})
        value = rule.per_source * (min(max(outlets, parties), rule.max_sources) - 1)
        if outlets >= parties:
            return value, f"{outlets} independent sources"
        # Not "report it": beside the item's one source number a reader took "2 parties
        # report it" for two reports of this item, when the other party's is a like move.
        return value, f"{parties} parties take part in this development"

    def _escalation(self, item: BriefingItem) -> tuple[float, str]:
        rule = self._weights.escalation
        if isinstance(item, PositionItem):
            themes = self._weights.development.themes
            if item.stance == "commit" and item.target and themes_of(item.topic, themes):
                return max(rule.punitive, rule.stance["commit"]), "punitive measures"
            return rule.stance[item.stance], item.stance
        if isinstance(item, MovementItem):
            figure = rule.figure if item.quantity else 0.0
            activity = "combat" if is_combat(item, rule.combat.words) else item.activity
            weight = rule.combat.weight if activity == "combat" else rule.activity[item.activity]
            value = weight + figure
            if item.status == "unclear":
                return value * rule.unclear, f"{activity} (status unclear)"
            return value, activity
        assert isinstance(item, ContactItem)
        value = rule.contact_status[item.status] + rule.contact_mode[item.mode]
        what = f"{item.mode.replace('_', ' ')} {item.status}"
        countries = {p.country for p in item.participants if p.country}
        if any((a, b) in self._opposed for a in countries for b in countries):
            return value + rule.across, f"{what} between opposing sides"
        return value, what

    def _level(self, item: BriefingItem) -> tuple[float, str]:
        rule = self._weights.level
        levels = [self._level_of(actor) for actor in principals(item.category, item)]
        best = max(levels, key=lambda level: getattr(rule, level), default="other")
        value: float = getattr(rule, best)
        return value, f"{best}-level" if best in {"leader", "official"} else best

    def _level_of(self, actor: CanonicalActor) -> Level:
        """Cached per actor: an actor is the principal of many items."""
        if actor.id not in self._levels:
            self._levels[actor.id] = self._read_level(actor)
        return self._levels[actor.id]

    def _read_level(self, actor: CanonicalActor) -> Level:
        rule = self._weights.level
        said = [*self._roles.get(actor.id, []), actor.name]
        if _group_of_leaders(actor.name, said, rule):
            return "leader"
        if actor.kind in {"state", "government", "organisation"} or len(_members(actor.name)) > 1:
            return "state"
        if actor.kind == "military":
            return "military"
        # An office counts when the role or name starts with it: "Adviser to the Head of the
        # Office of the President" is not a president.
        offices = {parse_person(text).role for text in said}
        if offices & rule.leader_offices:
            return "leader"
        if offices & rule.official_offices:
            return "official"
        return "other"

    def _recency(self, item: BriefingItem) -> tuple[float, str]:
        rule = self._weights.recency
        if self._latest is None:
            return 0.0, ""
        dates = [d for d in (self._dates.get(n) for n in item.sources) if d is not None]
        if not dates:
            return rule.weight / 2, ""
        age = (self._latest - max(dates)) / dt.timedelta(days=1)
        value = rule.weight * math.pow(0.5, age / rule.half_life_days)
        return value, "recent" if age < rule.half_life_days else ""

    def _novelty(self, item: BriefingItem) -> tuple[float, str]:
        rule = self._weights.novelty
        if item.id in self._new:
            return rule.new, "new since the last briefing"
        if item.id in self._changed:
            return rule.changed, "changed since the last briefing"
        return 0.0, ""

    def _dispute(self, item: BriefingItem) -> tuple[float, str]:
        fields = {d.field for d in item.disagreements}
        if "quantity" in fields:
            return 0.0, ""
        if fields:
            return self._weights.disputes.other, "sources disagree on " + " and ".join(
                sorted(fields)
            )
        return 0.0, ""


def _party(item: BriefingItem) -> str:
    """Whose report an item is, as one party: a country (its leader, government and army
    are one voice), else the principal's own id."""
    first = principals(item.category, item)
    countries = sorted({a.country for a in first if a.country})
    return ",".join(countries) or ",".join(sorted(a.id for a in first))


def _members(name: str) -> list[str]:
    """The states and organisations a joint name lists ("Lithuania and Poland", "the
    European Commission, France … and the United States"); one for a plain name."""
    parts = [p.strip() for p in _LIST_SEPARATORS.split(name) if p.strip()]
    return [p for p in parts if country_of(p) is not None or organisation_of(p) is not None]


def _group_of_leaders(name: str, said: list[str], rule: Levels) -> bool:
    """A summit, a body of leaders, or a joint statement of enough states and organisations
    speaks for several governments at once: as weighty as one head of government."""
    organisation = organisation_of(name)
    if organisation is not None and organisation.name in rule.leader_groups:
        return True
    words = [" ".join(tokens(text)) for text in said]
    if any(f" {w} " in f" {text} " for w in rule.leader_words for text in words):
        return True
    return len(_members(name)) >= rule.coalition


def is_combat(item: BriefingItem, words: frozenset[str]) -> bool:
    """An ``other`` movement that is fighting: its forces or a quote name an attack, an
    invasion, a strike… (the guide files combat as ``other``; the schema has no code)."""
    if not isinstance(item, MovementItem) or item.activity != "other":
        return False
    texts = [item.forces, *(q.quote for r in item.reports for q in r.quotes)]
    return any(not words.isdisjoint(tokens(text)) for text in texts)


def _opposed(briefing: Briefing, hostile: frozenset[str]) -> set[tuple[str, str]]:
    """Pairs of countries on opposing sides: one's party takes a ``hostile`` stance
    (threatens, accuses, opposes) towards a party of the other somewhere in this briefing
    (both orders)."""
    pairs: set[tuple[str, str]] = set()
    for position in briefing.positions:
        if position.stance not in hostile or position.target is None:
            continue
        a, b = position.holder.country, position.target.country
        if a and b and a != b:
            pairs.update({(a, b), (b, a)})
    return pairs
