"""From the store to a timeline: merged items in date order, with what changed marked.

Each merged item appears on the day it was first reported, with every source that
reported it (the same fact from five outlets is one entry with five sources). What
happened to it later appears on the day it happened: a figure revised (100,000 troops,
then 130,000) or a status moved on (planned, then held). Two marks look beyond the item:
a contact is the first on record between its parties, and a position turned when the same
holder earlier took another stance on the same issue. Both are asked of the whole store,
not the selection, so ``--since`` does not make an old contact look new.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import groupby
from operator import attrgetter
from typing import Any, Literal

from sqlite_utils import Database

from summarise.briefing.canonical.party_lookup import PartyLookup, no_such_party
from summarise.briefing.canonical.resolver import ActorResolver
from summarise.briefing.merge import TOPIC_SAME
from summarise.briefing.similarity import phrase_similarity
from summarise.gc_pause import collector_paused
from summarise.phrases.lists import and_joined
from summarise.schema import CATEGORIES, Actor, Category
from summarise.store.queries import (
    MergedRow,
    ReportRow,
    Selection,
    contacts_between,
    merged_items,
    positions_held_by,
    reports,
    stored_actors,
)
from summarise.timeline.model import (
    Estimate,
    FigureHistory,
    Mark,
    Timeline,
    TimelineEntry,
    TimelineFilters,
)
from summarise.timeline.wording import reporter

_ORDER = {category: n for n, category in enumerate(CATEGORIES)}
# A status that says nothing about progress never counts as a change.
_NO_STATUS = "unclear"


def _figure(report: ReportRow) -> tuple[int, int | None, str | None] | None:
    if report.quantity_low is None:
        return None
    return (report.quantity_low, report.quantity_high, report.unit)


def _value(category: Category, report: ReportRow) -> str | None:
    if category == "military_movements":
        return report.quantity or report.status
    return report.status if category == "diplomatic_contacts" else None


def _source(category: Category, report: ReportRow) -> dict[str, Any]:
    """A ``TimelineSource`` as a dict, validated with its entry in one call: a long timeline
    has tens of thousands of sources, and a model built one by one costs several times more."""
    return {
        "article_id": report.article_id,
        "title": report.title,
        "outlet": report.outlet,
        "url": report.url,
        "path": report.path,
        "published": report.published,
        "day": report.day,
        "quote": report.quote,
        "value": _value(category, report),
    }


def _entry(
    merged: MergedRow,
    parties: list[str],
    kind: Literal["reported", "update"],
    marks: list[Mark],
    rows: Sequence[ReportRow],
) -> TimelineEntry:
    """An entry on the day of its first report in ``rows``, citing all of them."""
    return TimelineEntry(
        day=rows[0].day,
        basis=rows[0].basis,
        kind=kind,
        category=merged.category,
        merged_item=merged.id,
        headline=merged.headline,
        parties=parties,
        marks=marks,
        sources=[_source(merged.category, r) for r in rows],
    )


def _by_day(rows: Sequence[ReportRow]) -> Iterator[list[ReportRow]]:
    """The reports of one day at a time; ``rows`` come in date order."""
    for _, today in groupby(rows, key=attrgetter("day")):
        yield list(today)


def _can_change(rows: Sequence[ReportRow]) -> bool:
    """Whether the reports give two different figures or two different statuses. Most merged
    items are told alike by every source, and without a second value nothing can change, so
    they skip the day-by-day walk (the bulk of building a whole store's timeline)."""
    figures = {f for r in rows if (f := _figure(r)) is not None}
    statuses = {r.status for r in rows if r.status and r.status != _NO_STATUS}
    return len(figures) > 1 or len(statuses) > 1


def _updates(
    merged: MergedRow, rows: Sequence[ReportRow], parties: list[str]
) -> list[TimelineEntry]:
    """Later days whose reports give a figure or a status other than the one standing."""
    if not _can_change(rows):
        return []
    figure: tuple[int, int | None, str | None] | None = None
    figure_text: str | None = None
    status: str | None = None
    updates = []
    for today in _by_day(rows):
        marks: list[Mark] = []
        changed: list[ReportRow] = []
        figures = [(f, r) for r in today if (f := _figure(r)) is not None]
        moved = [(f, r) for f, r in figures if figure is not None and f != figure]
        if moved:
            new_text = " or ".join(dict.fromkeys(r.quantity or "" for _, r in moved))
            marks.append(
                Mark(kind="figure_revised", text=f"figure revised: {figure_text} → {new_text}")
            )
            changed.extend(r for _, r in moved)
        if figures:
            figure, last = (moved or figures)[-1]
            figure_text = last.quantity
        statuses = [r for r in today if r.status and r.status != _NO_STATUS]
        turned = [r for r in statuses if status is not None and r.status != status]
        if turned:
            new_status = " or ".join(dict.fromkeys(r.status or "" for r in turned))
            marks.append(Mark(kind="status_changed", text=f"status {status} → {new_status}"))
            changed.extend(r for r in turned if r not in changed)
        if statuses:
            status = (turned or statuses)[-1].status
        if marks:
            updates.append(_entry(merged, parties, "update", marks, changed))
    return updates


def _figure_history(merged: MergedRow, rows: Sequence[ReportRow]) -> FigureHistory | None:
    """The estimates of a figure the sources did not all give alike."""
    given = [r for r in rows if _figure(r) is not None]
    if len({_figure(r) for r in given}) < 2:
        return None
    return FigureHistory(
        merged_item=merged.id,
        headline=merged.headline,
        estimates=[
            Estimate(
                day=r.day,
                value=r.quantity or "",
                low=r.quantity_low or 0,
                high=r.quantity_high,
                source=reporter(r),
            )
            for r in given
        ],
    )


def _first_contacts(db: Database, merged: Sequence[MergedRow]) -> set[int]:
    """The contacts that are the earliest on record between exactly their parties."""
    keys = {" ".join(m.parties) for m in merged if m.category == "diplomatic_contacts"}
    first: dict[str, MergedRow] = {}
    for contact in contacts_between(db, keys):
        key = " ".join(contact.parties)
        if key not in first or (contact.first_day, contact.id) < (
            first[key].first_day,
            first[key].id,
        ):
            first[key] = contact
    return {contact.id for contact in first.values()}


def _turned_stances(db: Database, merged: Sequence[MergedRow]) -> dict[int, Mark]:
    """Positions whose holder's previous position on the same issue had another stance.

    Topics are clustered per holder (each compared with the clusters found so far), so
    finding the previous position on an issue is one pass in date order, not a comparison
    of every pair.
    """
    holders = {m.principal_id for m in merged if m.category == "positions" and m.principal_id}
    by_holder: dict[str, list[MergedRow]] = defaultdict(list)
    for position in positions_held_by(db, holders):
        by_holder[position.principal_id or ""].append(position)
    marks: dict[int, Mark] = {}
    for positions in by_holder.values():
        issues: list[str] = []
        issue_of: dict[str, int] = {}
        last: dict[int, MergedRow] = {}
        for position in sorted(positions, key=lambda p: (p.first_day, p.id)):
            topic = position.topic or ""
            if topic not in issue_of:
                issue_of[topic] = next(
                    (n for n, t in enumerate(issues) if phrase_similarity(t, topic) >= TOPIC_SAME),
                    len(issues),
                )
                if issue_of[topic] == len(issues):
                    issues.append(topic)
            issue = issue_of[topic]
            before = last.get(issue)
            if before is not None and before.stance != position.stance:
                marks[position.id] = Mark(
                    kind="stance_turned",
                    text=f"stance turned: {before.stance} on {before.first_day.isoformat()}, "
                    f"{position.stance} now",
                )
            last[issue] = position
    return marks


def _party_ids(db: Database, party: str) -> tuple[set[str], str | None]:
    """The stored actors ``party`` means, as ``brief --party`` reads a name: the briefing's
    resolver is built from every stored spelling, asked, and its answer mapped back. The
    second value is the name a misspelt ``party`` was read as."""
    spellings = {
        stored.ref.id: [
            Actor(name=name, kind=stored.ref.kind, country=stored.ref.country)
            for name in stored.names
        ]
        for stored in stored_actors(db)
    }
    resolver = ActorResolver(actor for actors in spellings.values() for actor in actors)
    lookup = PartyLookup(resolver)
    found = lookup.match(party)
    if not found.ids:
        raise no_such_party(party, lookup)
    ids = {
        actor_id
        for actor_id, actors in spellings.items()
        if any(resolver.resolve(actor).id in found.ids for actor in actors)
    }
    return ids, found.read_as


def _dated(
    found: dict[int, list[ReportRow]], since: dt.date | None
) -> tuple[dict[int, list[ReportRow]], int]:
    """With ``since``, only the reports of articles with a publication date, and how many
    undated articles that left out: one rule with ``brief --since``, which leaves them out
    before extracting them (why: ``summarise.loading.since``). The day an undated article
    was first seen, where its items otherwise go, says only that it was out by then."""
    if since is None:
        return found, 0
    undated = {r.article_id for rows in found.values() for r in rows if r.published is None}
    dated = {item: [r for r in rows if r.published is not None] for item, rows in found.items()}
    return dated, len(undated)


def build_timeline(
    db: Database,
    *,
    store: str,
    party: str | None = None,
    categories: Sequence[Category] | None = None,
    since: dt.date | None = None,
    generated_at: dt.datetime | None = None,
) -> Timeline:
    """The timeline of the store ``db`` (named ``store`` in the output), filtered as asked:
    ``party`` as ``brief --party`` reads it, ``categories`` (default all), entries on or
    after ``since``."""
    chosen = list(categories or CATEGORIES)
    actor_ids, read_as = _party_ids(db, party) if party is not None else (None, None)
    selection = Selection(
        actor_ids=actor_ids,
        categories=chosen,
        since=since,
    )
    # Tens of thousands of rows, sources and entries, none of them in a cycle.
    with collector_paused():
        names = {a.ref.id: a.ref.name for a in stored_actors(db)}
        merged = merged_items(db, selection)
        found, undated = _dated(reports(db, selection), since)
        first_contacts = _first_contacts(db, merged)
        turned = _turned_stances(db, merged)
        entries: list[TimelineEntry] = []
        figures: list[FigureHistory] = []
        for item in merged:
            rows = found.get(item.id, [])
            if not rows:
                continue
            parties = [names.get(p, p) for p in item.parties]
            marks = [turned[item.id]] if item.id in turned else []
            if item.id in first_contacts:
                between = and_joined(parties)
                marks.append(Mark(kind="new_contact", text=f"first contact on record: {between}"))
            entries.append(_entry(item, parties, "reported", marks, rows))
            entries.extend(_updates(item, rows, parties))
            history = _figure_history(item, rows)
            if history is not None:
                figures.append(history)
        shown = sorted(
            (e for e in entries if since is None or e.day >= since),
            key=lambda e: (
                e.day,
                _ORDER[e.category],
                e.kind != "reported",
                e.headline,
                e.merged_item,
            ),
        )
        return Timeline(
            generated_at=generated_at or dt.datetime.now(dt.UTC).replace(microsecond=0),
            store=store,
            filters=TimelineFilters(
                party=party,
                party_read_as=read_as,
                categories=chosen,
                since=since,
                undated_left_out=undated,
            ),
            articles=len({s.article_id for e in shown for s in e.sources}),
            entries=shown,
            figures=sorted(figures, key=lambda f: (f.estimates[0].day, f.headline)),
        )
