"""Which merged items report one development: several parties or several items saying the
same kind of thing about the same subject.

Merging (``merge``) joins reports of one fact across articles; it never joins items of one
article, nor items of different holders, since those are distinct facts. But a
development is often several facts: the United States, the EU and the G7 each announcing
sanctions, or one statement listing five measures against one state. For the lead those
are one development, which all of them corroborate, and one line.

Two items are one development when they are of one category and one kind (a position's
stance and its target: a position addressed to nobody is no development of others; a
movement's actor country and activity; a contact's mode and the countries of its
participants) and their subjects meet: with the parties' own names, figures and the words
of ``development.ignore`` left out, the topics (a movement's forces and destination, a
contact's topics) are at least ``development.similar`` alike, as merging compares
phrases; or they name one theme of ``development.themes`` (sanctions, export controls and
an airspace closure are all punitive measures). The relation is pairwise, never chained:
A and C are not one development because each is like B.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from summarise.actors import canonical_country, country_of, organisation_of, tokens
from summarise.briefing.involvement import principals
from summarise.briefing.model import BriefingItem, ContactItem, MovementItem, PositionItem
from summarise.briefing.similarity import content_tokens, phrase_similarity


@dataclass(frozen=True)
class _Subject:
    kind: tuple[str, ...]
    target: str | None
    words: str
    themes: frozenset[str]


def _kind(item: BriefingItem) -> tuple[tuple[str, ...], str | None]:
    """What an item must share with another to be one development, and its target."""
    if isinstance(item, PositionItem):
        target = item.target.country or item.target.id if item.target else None
        return ("positions", item.stance), canonical_country(target) or target
    if isinstance(item, MovementItem):
        country = canonical_country(item.actor.country) or item.actor.id
        return ("military_movements", country, item.activity), None
    assert isinstance(item, ContactItem)
    countries = sorted({canonical_country(p.country) or p.id for p in item.participants})
    return ("diplomatic_contacts", item.mode, *countries), None


def _subject_text(item: BriefingItem) -> list[str]:
    if isinstance(item, PositionItem):
        return [item.topic]
    if isinstance(item, MovementItem):
        return [item.forces, item.destination or ""]
    assert isinstance(item, ContactItem)
    return list(item.topics)


@cache
def _is_name(word: str) -> bool:
    """Cached: every topic word of every item is looked up."""
    return country_of(word) is not None or organisation_of(word) is not None


@cache
def _as_words(phrase: str) -> str:
    """A theme's phrase as it is looked for: folded content words between spaces."""
    return f" {' '.join(content_tokens(phrase))} "


def themes_of(text: str, themes: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """The themes one of whose phrases (folded, as whole words) ``text`` names."""
    words = f" {' '.join(content_tokens(text, drop_numbers=True))} "
    return frozenset(
        name
        for name, phrases in themes.items()
        if any(_as_words(phrase) in words for phrase in phrases)
    )


def _subject(
    item: BriefingItem, ignore: frozenset[str], themes: Mapping[str, Sequence[str]]
) -> _Subject:
    kind, target = _kind(item)
    actors = [*principals(item.category, item)]
    if isinstance(item, PositionItem) and item.target is not None:
        actors.append(item.target)
    names = {word for actor in actors for word in tokens(actor.name)}
    words = [w for text in _subject_text(item) for w in content_tokens(text, drop_numbers=True)]
    kept = " ".join(w for w in words if w not in ignore | names and not _is_name(w))
    return _Subject(kind, target, kept, themes_of(" ".join(_subject_text(item)), themes))


def _one(a: _Subject, b: _Subject, similar: float) -> bool:
    if a.kind != b.kind or a.target != b.target:
        return False
    if a.kind[0] == "positions" and a.target is None:
        return False
    return bool(a.themes & b.themes) or phrase_similarity(a.words, b.words) >= similar


def development_partners(
    items: Iterable[BriefingItem],
    ignore: frozenset[str],
    themes: Mapping[str, Sequence[str]],
    similar: float,
) -> dict[str, frozenset[str]]:
    """For each item id, the ids of the other items that report the same development."""
    kinds: dict[tuple[str, ...], list[tuple[str, _Subject]]] = defaultdict(list)
    partners: dict[str, set[str]] = {}
    for item in items:
        subject = _subject(item, ignore, themes)
        kinds[subject.kind].append((item.id, subject))
        partners[item.id] = set()
    for subjects in kinds.values():
        for index, (left, a) in enumerate(subjects):
            for right, b in subjects[index + 1 :]:
                if _one(a, b, similar):
                    partners[left].add(right)
                    partners[right].add(left)
    return {ident: frozenset(others) for ident, others in partners.items()}
