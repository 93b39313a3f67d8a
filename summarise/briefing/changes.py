"""What a briefing has that the previous one did not (new items, changed figures) and what
it no longer has (items dropped, articles gone).

Item ids (P1, M2...) are renumbered every briefing and headlines are re-chosen as reports
join a group, so neither can say "the same item". What does not move is the evidence: an
item is the one briefed before when it shares a source quote with it, in the same
category (an extraction is cached, so an article briefed twice gives the same quotes).
An article is known by its address or file, not only its content id: an article edited
since (a correction, an update appended) is the same article, so its unchanged quotes are
the items briefed before, and only what the edit added is new. It is known by its content id
too: the same text read from another address (a folder's copy of a page a `urls` list gave
before, which the run's window now holds in the page's place) brings back the items briefed
from it, not new ones.

An item that shares no quote is new; one that does is the earlier item it shares most
quotes with, and of those the one of its own kind (the same actor and activity, holder and
stance, or mode and participants), then the one with fewest quotes of its own besides: two
movements told in one sentence share it, and each is still itself, also when neither has a
quote of its own ("has deployed 30,000 troops to Belarus for joint exercises" is a
deployment and a drill; the drill is not the deployment with its status changed). It is
compared field by field for figures (quantity, status, and whether the sources disagree)
that now read differently. A figure that has become disputed is reported once, as the
dispute, not also as a new value.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Literal

from summarise.briefing.model import (
    Briefing,
    BriefingItem,
    Changes,
    ContactItem,
    FigureChange,
    MovementItem,
)
from summarise.schema import CATEGORIES

EvidenceKey = tuple[str, str, str]
Figure = Literal["quantity", "status", "disputed"]


def evidence_keys(item: BriefingItem, names: Mapping[str, str] | None = None) -> set[EvidenceKey]:
    """The stable key of an item: every (category, article, quote) its sources gave, each
    article by its name in ``names`` (``article_names``) when given, else by its id."""
    known = names or {}
    return {
        (item.category, known.get(r.article_id, r.article_id), q.quote)
        for r in item.reports
        for q in r.quotes
    }


def _kind(item: BriefingItem) -> tuple[str, ...]:
    """What an item is, apart from its figures: who does what, or who meets how."""
    if isinstance(item, MovementItem):
        return (item.actor.name, item.activity)
    if isinstance(item, ContactItem):
        return (item.mode, *sorted(p.name for p in item.participants))
    return (item.holder.name, item.stance)


def article_names(briefing: Briefing) -> dict[str, str]:
    """Each source article's lasting name: its URL, else its file, else its id. Records of
    one JSON Lines file share its name, so a quote one of them repeats from another is not
    new either, as the merge would make it one item anyway."""
    return {s.article_id: s.url or s.path or s.article_id for s in briefing.sources}


def _quote_keys(
    item: BriefingItem, names: Mapping[str, str]
) -> set[tuple[EvidenceKey, EvidenceKey]]:
    """Each quote of an item keyed twice: by its article's lasting name, and by its id."""
    return {
        (
            (item.category, names.get(r.article_id, r.article_id), q.quote),
            (item.category, r.article_id, q.quote),
        )
        for r in item.reports
        for q in r.quotes
    }


def _figures(item: BriefingItem) -> dict[Figure, str | None]:
    figures: dict[Figure, str | None] = {}
    if isinstance(item, MovementItem):
        figures["quantity"] = item.quantity
    if isinstance(item, MovementItem | ContactItem):
        figures["status"] = item.status
    disputes = [f"{d.field} {' vs '.join(v.value for v in d.variants)}" for d in item.disagreements]
    figures["disputed"] = "; ".join(disputes) or None
    return figures


def _all_items(briefing: Briefing) -> list[BriefingItem]:
    return [item for category in CATEGORIES for item in briefing.items(category)]


def what_changed(current: Briefing, previous: Briefing | None) -> Changes:
    """The "New since the last briefing" section's content; everything is new at first."""
    if previous is None:
        return Changes()
    earlier = _all_items(previous)
    earlier_names, names = article_names(previous), article_names(current)
    earlier_keys = [evidence_keys(item, earlier_names) for item in earlier]
    owners: dict[EvidenceKey, set[int]] = {}
    for index, item in enumerate(earlier):
        for key in evidence_keys(item, earlier_names) | evidence_keys(item):
            owners.setdefault(key, set()).add(index)
    new_items: list[str] = []
    changed: list[FigureChange] = []
    for item in _all_items(current):
        # Each quote once, found by its article's lasting name or by its content id.
        shared = Counter(
            i
            for name_key, id_key in _quote_keys(item, names)
            for i in owners.get(name_key, set()) | owners.get(id_key, set())
        )
        if not shared:
            new_items.append(item.id)
            continue
        kind = _kind(item)
        best = min(
            shared,
            key=lambda i: (
                -shared[i],
                _kind(earlier[i]) != kind,
                len(earlier_keys[i]) - shared[i],
                i,
            ),
        )
        before, after = _figures(earlier[best]), _figures(item)
        moved = {field for field, value in after.items() if value != before.get(field)}
        if "disputed" in moved:
            moved -= {d.field for d in item.disagreements}
        changed.extend(
            FigureChange(item=item.id, field=field, before=before.get(field), after=after[field])
            for field in after
            if field in moved
        )
    return Changes(
        previous=previous.generated_at,
        new_items=new_items,
        changed=changed,
        **_gone(current, previous),
    )


def _gone(current: Briefing, previous: Briefing) -> dict[str, list[str]]:
    """The previous briefing's items no item now shares a quote with (their article left
    the window or was removed, or an edit took their sentence out), by headline, and the
    articles it cited that this one does not, by title or file: a reader who saw them in
    the last briefing is told they are gone, not left to miss them."""
    names = article_names(current)
    now: set[EvidenceKey] = set()
    for item in _all_items(current):
        now |= evidence_keys(item, names) | evidence_keys(item)
    earlier_names = article_names(previous)
    dropped = [
        item.headline
        for item in _all_items(previous)
        if not (evidence_keys(item, earlier_names) | evidence_keys(item)) & now
    ]
    kept = set(names.values()) | set(names)
    gone = [
        s.label
        for s in previous.sources
        if s.article_id not in kept and earlier_names[s.article_id] not in kept
    ]
    return {"dropped": dropped, "articles_gone": gone}
