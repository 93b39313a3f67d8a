"""Grouping items from many articles that report the same fact.

Items are compared only within a block of one category and the same resolved principal
(a Position's holder and stance, a movement's actor and activity, a contact's mode and the
countries of its participants), and within a block only against groups that share a word
stem or a quote opening, so cost grows with the number of items times the (small) number of
look-alike groups, not with the square of all items. Within those, the schema's key fields
must be compatible and, where the key is fuzzy, the quotes must agree.

Two items from one article never merge: the extractor already made them distinct facts
(granularity rule 1), however alike their wording.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from summarise.actors import tokens
from summarise.article import Article
from summarise.briefing.forces_words import forces_key, says_more
from summarise.briefing.involvement import principals
from summarise.briefing.model import CanonicalActor
from summarise.briefing.similarity import (
    best_quote_similarity,
    content_tokens,
    phrase_similarity,
    stem,
)
from summarise.loading.datelines import named_month
from summarise.phrases.numbers import cardinal, ordinal
from summarise.schema import Category, Quantity

# Topics this alike are the same issue whatever the quotes say.
TOPIC_SAME = 80.0
# Topics at least this alike are the same issue when the quotes also agree.
TOPIC_RELATED = 50.0
QUOTES_AGREE = 80.0
FORCES_ALIKE = 50.0
# Estimates of one force differ (100,000 or 130,000 troops); figures further apart than this
# ratio count different forces (4,000 troops in one country, 125,000 in another).
FIGURES_APART = 2.0
PLACES_ALIKE = 60.0
CONTACT_QUOTES_AGREE = 70.0
# A contact whose sources give different dates is one occasion only on near-identical quotes.
SAME_OCCASION_QUOTES = 85.0
# Two reports of a contact that took place, this many days apart, are two occasions.
OCCASION_WINDOW_DAYS = 5
# How many members of a group a newcomer is checked against: bounds the cost of big groups.
MEMBERS_CHECKED = 4
# A contact's statuses that say it is still to come when reported.
_TO_COME = frozenset({"planned", "proposed"})
_ANY = "*"


def iso_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


# A round of a series of talks named by its place in it: an ordinal before "round" ("the
# second round", "the 2nd round", not "one round of talks") or a number after it ("round
# two", "in round 3"), not a span of time after it ("a round two weeks ago").
_ROUND = re.compile(
    r"\b(?:(\w+)\s+)?round\b(?:\s+(\w+)\b(?!\s+(?:days?|weeks?|months?|years?)\b))?",
    re.IGNORECASE,
)


def _rounds_named(quote: str) -> Iterable[int]:
    """The places in a series the rounds a quote names have."""
    for found in _ROUND.finditer(quote):
        before, after = found.groups()
        place = ordinal(before) if before else None
        if place is None and after:
            place = cardinal(after)
        if place is not None:
            yield place


@dataclass(frozen=True)
class Entry:
    """One extracted item with its actors resolved and its article attached; ``about``
    holds the ids of the parties it is about (``involvement.about``)."""

    category: Category
    article: Article
    backend: str
    index: int
    item: Any
    actors: tuple[CanonicalActor, ...]
    target: CanonicalActor | None = None
    claimed_by: CanonicalActor | None = None
    grounded: bool = True
    quotes: tuple[str, ...] = field(default=())
    about: frozenset[str] = field(default=frozenset())

    @property
    def principal(self) -> CanonicalActor:
        return self.actors[0]

    @property
    def item_date(self) -> dt.date | None:
        return iso_date(self.item.date)

    @property
    def effective_date(self) -> dt.date | None:
        """When the fact was reported or dated: the article's date, else the item's."""
        return self.article.published or self.item_date

    @cached_property
    def rounds(self) -> frozenset[int]:
        """The rounds of a series its quotes name by number ("second", "round two"): read
        once per entry, not again for every group member it is scored against."""
        return frozenset(place for quote in self.quotes for place in _rounds_named(quote))

    @cached_property
    def held_days(self) -> tuple[dt.date, dt.date] | None:
        """The days a held contact can have taken place on (``_held_days``): read once per
        entry, as ``rounds`` is, not again for every pair it is scored in."""
        return _held_days(self)

    def sort_key(self) -> tuple[dt.date, str, str, int]:
        return (self.effective_date or dt.date.min, self.article.id, self.category, self.index)


def _block(entry: Entry) -> Hashable:
    item = entry.item
    if entry.category == "positions":
        return (entry.principal.id, item.stance)
    if entry.category == "military_movements":
        return (entry.principal.id, item.activity)
    return (item.mode, frozenset(a.country or a.id for a in entry.actors))


def _quote_openings(entry: Entry) -> set[str]:
    return {"q:" + " ".join(tokens(q)[:6]) for q in entry.quotes}


def _index_keys(entry: Entry) -> set[str]:
    """Keys under which a group is found: word stems of its key text and quote openings."""
    item = entry.item
    if entry.category == "positions":
        words = content_tokens(item.topic)
    elif entry.category == "military_movements":
        words = content_tokens(f"{forces_key(item.forces)} {item.destination or ''}")
    else:
        return {_ANY}
    return {stem(w) for w in words} | _quote_openings(entry) or {_ANY}


def _same_country(a: CanonicalActor | None, b: CanonicalActor | None) -> bool:
    if a is None or b is None or a.id == b.id:
        return True
    return a.country is not None and a.country == b.country


def _position_score(a: Entry, b: Entry) -> float | None:
    if not _same_country(a.target, b.target):
        return None
    topic = phrase_similarity(a.item.topic, b.item.topic)
    if topic < TOPIC_RELATED:
        return None
    quotes = best_quote_similarity(list(a.quotes), list(b.quotes))
    if topic < TOPIC_SAME and quotes < QUOTES_AGREE:
        return None
    return topic + quotes


def _names_a_place(place: str) -> bool:
    """ "near Ukraine", "to Poland and Germany", but not "near the border" or "the region",
    which could be said of many places: a capitalised word is a name."""
    return any(word[:1].isupper() for word in place.split())


def _places_clash(a: str | None, b: str | None, *, same_figure: bool = False) -> bool:
    """Two places that are not alike are two movements, except that a place naming none
    ("near the border") is no evidence against a named one ("near Ukraine") when the two
    reports give the same figure: then they are one build-up told more or less exactly."""
    if a is None or b is None or phrase_similarity(a, b) >= PLACES_ALIKE:
        return False
    return not (same_figure and not (_names_a_place(a) and _names_a_place(b)))


def _figures_apart(left: Quantity | None, right: Quantity | None) -> bool:
    if left is None or right is None or min(left.low, right.low) <= 0:
        return False
    low, high = sorted((left.low, right.low))
    return high > FIGURES_APART * low


def _revised(a: Entry, b: Entry) -> bool:
    """Figures far apart for one named place, neither report sending forces on top of
    others: one movement whose figure changed ("Poland will send 2,000 troops to its border
    with Lithuania", days later "5,000"), to be shown side by side as a disagreement, not
    as two movements a reader must set against each other himself."""
    left, right = a.item.destination, b.item.destination
    if left is None or right is None or not (_names_a_place(left) and _names_a_place(right)):
        return False
    if {stem(w) for w in content_tokens(left)} != {stem(w) for w in content_tokens(right)}:
        # One place, not one among others: "more than 150,000 troops in Belarus, in Crimea
        # and in the regions" is no revision of "30,000 troops in Belarus".
        return False
    return not any(says_more(text) for text in (*a.quotes, *b.quotes, a.item.forces, b.item.forces))


def _movement_score(a: Entry, b: Entry) -> float | None:
    left, right = a.item, b.item
    if (left.quantity is None) != (right.quantity is None):
        # A report that gives no figure ("a small number of troops") cannot be cited as
        # backing one ("3,000 troops"), nor shown as disputing it: it stays its own item.
        return None
    if (
        left.quantity is not None
        and right.quantity is not None
        and left.quantity.unit != right.quantity.unit
    ):
        return None
    if _figures_apart(left.quantity, right.quantity) and not _revised(a, b):
        return None
    same_figure = left.quantity is not None and left.quantity == right.quantity
    if _places_clash(left.destination, right.destination, same_figure=same_figure) or (
        _places_clash(left.origin, right.origin, same_figure=same_figure)
    ):
        return None
    forces = phrase_similarity(forces_key(left.forces), forces_key(right.forces))
    quotes = best_quote_similarity(list(a.quotes), list(b.quotes))
    if forces < FORCES_ALIKE and quotes < QUOTES_AGREE:
        return None
    if (
        left.quantity is None
        and quotes < QUOTES_AGREE
        and (_placed(left) or _placed(right))
        and not _same_place(left, right)
        and (_bare_troops(left.forces) or _bare_troops(right.forces))
    ):
        # Nothing but an actor's troops, with no figure, put somewhere by a report and not
        # in the same place by the other: the other is any of its movements ("the Russian
        # servicemen had landed at Chkalovsky" from Kazakhstan is not "moved troops through
        # Belarus"; "withdrawal of Russian troops from Ukraine" demanded is not a contingent
        # returning to its bases). Neither placed, a deployment of alike forces told in
        # other words is still one.
        return None
    if left.activity == "other" and quotes < QUOTES_AGREE and not _same_place(left, right):
        # "other" names no kind of movement, and an actor's forces ("Russian forces") are
        # in most of its reports: two such reports are one fact only when they say it alike
        # or put it in one place ("fired missiles from Belarus" is not "precision strikes").
        return None
    return forces + quotes


def _bare_troops(forces: str) -> bool:
    """Forces that name nothing but personnel, perhaps of a nation ("troops", "Russian
    servicemen", "U.S. forces"): no unit, no kind, no figure to tell one movement by."""
    words = forces_key(forces).split()
    return (
        bool(words)
        and words[-1] in {"troops", "forces"}
        and all(w[:1].isupper() for w in words[:-1])
    )


def _placed(movement: Any) -> bool:
    """Whether a movement names where it goes or whence."""
    return movement.destination is not None or movement.origin is not None


def _same_place(left: Any, right: Any) -> bool:
    """Both movements name a place, where they go or whence, and those places are alike."""
    return any(
        a is not None and b is not None and phrase_similarity(a, b) >= PLACES_ALIKE
        for a, b in ((left.destination, right.destination), (left.origin, right.origin))
    )


def _contact_score(a: Entry, b: Entry) -> float | None:
    left_ids, right_ids = {x.id for x in a.actors}, {x.id for x in b.actors}
    left_rounds, right_rounds = a.rounds, b.rounds
    if left_rounds and right_rounds and not left_rounds & right_rounds:
        # "The first round … held on February 28" and "the fourth round will be held next
        # week" are two occasions of one series, not one contact whose status changed.
        return None
    if _planned_after_held(a, b) or _planned_after_held(b, a):
        return None
    quotes = best_quote_similarity(list(a.quotes), list(b.quotes))
    if left_ids != right_ids:
        topics = phrase_similarity(" ".join(a.item.topics), " ".join(b.item.topics))
        related = quotes >= CONTACT_QUOTES_AGREE or topics >= TOPIC_SAME
        if not (left_ids & right_ids) or not related:
            return None
    left_date, right_date = a.item_date, b.item_date
    if left_date and right_date and left_date != right_date and quotes < SAME_OCCASION_QUOTES:
        return None
    if a.item.status == "held" and b.item.status == "held":
        left_days, right_days = a.held_days, b.held_days
        if left_days and right_days and _days_apart(left_days, right_days) > OCCASION_WINDOW_DAYS:
            return None
    return quotes + (100.0 if left_ids == right_ids else 0.0)


def _planned_after_held(held: Entry, plan: Entry) -> bool:
    """Whether ``plan`` is still to come on a day ``held`` was already over: a call held on
    2 January and "will hold a call" reported on 9 February are two occasions, not one whose
    status went back. Told the other way round (planned, then held) it is one occasion."""
    if held.item.status != "held" or plan.item.status not in _TO_COME:
        return False
    held_days, reported = held.held_days, plan.effective_date
    return held_days is not None and reported is not None and reported > held_days[1]


def _held_days(entry: Entry) -> tuple[dt.date, dt.date] | None:
    """The first and last day a held contact can have taken place on, as its report says:
    the earlier month its time phrase names ("held … in mid-January" in an article of 14
    February: January), else the day it was reported. Without the month, a look back a
    month later reads as a second occasion; a month that is the report's own says no more
    than the report's day does."""
    day = entry.effective_date
    month = named_month(entry.item.when) if entry.item.when and day else None
    if day is None or month is None or month == day.month:
        return None if day is None else (day, day)
    year = day.year if month <= day.month else day.year - 1
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def _days_apart(left: tuple[dt.date, dt.date], right: tuple[dt.date, dt.date]) -> int:
    """Days between two spans of days; 0 when they overlap."""
    return max((right[0] - left[1]).days, (left[0] - right[1]).days, 0)


_SCORERS: dict[Category, Callable[[Entry, Entry], float | None]] = {
    "positions": _position_score,
    "military_movements": _movement_score,
    "diplomatic_contacts": _contact_score,
}


@dataclass
class _Group:
    order: int
    members: list[Entry] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)


def _score(entry: Entry, group: _Group) -> float | None:
    """The newcomer must fit every member checked; the group scores as its weakest fit."""
    if entry.article.id in group.articles:
        return None
    scorer = _SCORERS[entry.category]
    worst: float | None = None
    for member in group.members[:MEMBERS_CHECKED]:
        score = scorer(entry, member)
        if score is None:
            return None
        worst = score if worst is None else min(worst, score)
    return worst


class _Index:
    """Groups found by block and key: where a newcomer looks for the fact it reports."""

    def __init__(self) -> None:
        self.groups: list[_Group] = []
        self._by_key: dict[tuple[Hashable, Hashable, str], list[_Group]] = defaultdict(list)

    def best(self, entry: Entry, keys: list[str]) -> _Group | None:
        """The group the entry fits best, the earliest on a tie; None when none fits."""
        block = (entry.category, _block(entry))
        candidates: dict[int, _Group] = {}
        for key in (*keys, _ANY):
            for group in self._by_key.get((block[0], block[1], key), []):
                candidates[group.order] = group
        best: tuple[float, int] | None = None
        for order in sorted(candidates):
            score = _score(entry, candidates[order])
            if score is not None and (best is None or score > best[0]):
                best = (score, order)
        return None if best is None else candidates[best[1]]

    def add(self, entry: Entry, keys: list[str], group: _Group | None = None) -> None:
        """The entry into ``group``, or into a new group of its own."""
        if group is None:
            group = _Group(order=len(self.groups))
            self.groups.append(group)
        group.members.append(entry)
        group.articles.add(entry.article.id)
        block = (entry.category, _block(entry))
        for key in keys:
            if key not in group.keys:
                group.keys.add(key)
                self._by_key[(block[0], block[1], key)].append(group)


def merge(entries: Iterable[Entry]) -> list[list[Entry]]:
    """Groups of entries reporting one fact, each in report order, in first-report order."""
    index = _Index()
    for entry in sorted(entries, key=Entry.sort_key):
        keys = sorted(_index_keys(entry))
        index.add(entry, keys, index.best(entry, keys))
    return [g.members for g in index.groups]


def continuing(
    new: Sequence[Sequence[Entry]], earlier: Sequence[Sequence[Entry]]
) -> list[int | None]:
    """For each group of ``new`` entries, the group of ``earlier`` ones (by position) that
    one of its entries would join, by the rules ``merge`` applies; None for a new fact.
    Earlier groups are taken as they are, never compared with each other."""
    blocks = {(e.category, _block(e)) for group in new for e in group}
    index = _Index()
    positions: list[int] = []
    for position, group in enumerate(earlier):
        members = [
            e for e in sorted(group, key=Entry.sort_key) if (e.category, _block(e)) in blocks
        ]
        if not members:
            continue  # no new entry could be compared with it
        target: _Group | None = None
        for entry in members:
            index.add(entry, sorted(_index_keys(entry)), target)
            target = index.groups[-1]
        positions.append(position)
    found: list[int | None] = []
    for group in new:
        fits = [index.best(e, sorted(_index_keys(e))) for e in group]
        orders = [g.order for g in fits if g is not None]
        found.append(positions[min(orders)] if orders else None)
    return found


def quotes_of(item: Any) -> tuple[str, ...]:
    return tuple(e.quote for e in item.evidence)


def principal_actors(
    category: Category, item: Any, resolve: Callable[[Any], CanonicalActor]
) -> tuple[CanonicalActor, ...]:
    """The item's principals resolved, each once, sorted by id: two reports naming the
    participants of a contact in another order, or by other spellings, agree."""
    unique = {ref.id: ref for ref in (resolve(a) for a in principals(category, item))}
    return tuple(unique[k] for k in sorted(unique))
