"""From per-article results to one briefing: resolve, filter, merge, number, sort.

The output depends only on the input set, never on its order: results are sorted by
article, actors resolved over all of them, groups seeded in report order, and every list
in the briefing sorted on a full key. The one outside input, the generation time, is
passed in (or taken from ``SOURCE_DATE_EPOCH``, the reproducible-builds convention).
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from operator import attrgetter

from summarise.briefing.actors.resolver import ActorResolver
from summarise.briefing.assemble import Assembled, Assembler
from summarise.briefing.involvement import about, named_actors, principals
from summarise.briefing.merge import Entry, merge, principal_actors, quotes_of
from summarise.briefing.model import (
    ActorEntry,
    ActorRef,
    Briefing,
    BriefingItem,
    ContactItem,
    Counts,
    Filters,
    MovementItem,
    PartyRow,
    PositionItem,
    Source,
)
from summarise.errors import ConfigError
from summarise.extraction.results import ArticleResult
from summarise.schema import CATEGORIES, Category, is_grounded, item_id


def _generation_time(generated_at: dt.datetime | None) -> dt.datetime:
    if generated_at is not None:
        return generated_at if generated_at.tzinfo else generated_at.replace(tzinfo=dt.UTC)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(tz=dt.UTC).replace(microsecond=0)


def _unique_results(results: Sequence[ArticleResult]) -> list[ArticleResult]:
    """One result per article, in article order.

    A repeated article (one body in two files, or run by two backends) keeps the same copy
    whatever the input order: the least by backend, then by its whole JSON. That dump is
    costly, so it is taken only for the repeats, never for every result.
    """
    copies: dict[str, list[ArticleResult]] = defaultdict(list)
    for result in results:
        copies[result.article.id].append(result)
    return [
        found[0] if len(found) == 1 else min(found, key=lambda r: (r.backend, r.model_dump_json()))
        for _, found in sorted(copies.items())
    ]


def _in_window(result: ArticleResult, since: dt.date | None) -> bool:
    return since is None or (
        result.article.published is not None and result.article.published >= since
    )


def _sources(groups: list[list[Entry]]) -> list[Source]:
    """Cited articles, numbered by publication date (undated last) then outlet and title."""
    cited: dict[str, Entry] = {}
    for group in groups:
        for entry in group:
            cited.setdefault(entry.article.id, entry)

    def order(entry: Entry) -> tuple[dt.date, str, str, str]:
        a = entry.article
        return (a.published or dt.date.max, a.source or "", a.title or "", a.id)

    return [
        Source(
            number=number,
            article_id=e.article.id,
            title=e.article.title,
            outlet=e.article.source,
            url=e.article.url,
            published=e.article.published,
            path=e.article.path,
            backend=e.backend,
        )
        for number, e in enumerate(sorted(cited.values(), key=order), start=1)
    ]


def _numbered(assembled: list[Assembled], category: Category) -> list[BriefingItem]:
    """A section's items in reading order, numbered in that order."""
    ordered = sorted(assembled, key=attrgetter("key"))
    return [a.finish(item_id(category, n)) for n, a in enumerate(ordered, start=1)]


def _parties(items: Sequence[BriefingItem], actors: Mapping[str, ActorRef]) -> list[PartyRow]:
    counts: dict[str, Counter[str]] = {}
    for item in items:
        for actor in principals(item.category, item):
            counts.setdefault(actor.id, Counter())[item.category] += 1
    rows = [
        PartyRow(
            actor=actors[actor_id],
            positions=c["positions"],
            military_movements=c["military_movements"],
            diplomatic_contacts=c["diplomatic_contacts"],
        )
        for actor_id, c in counts.items()
    ]
    return sorted(
        rows,
        key=lambda r: (
            -(r.positions + r.military_movements + r.diplomatic_contacts),
            r.actor.name.casefold(),
            r.actor.id,
        ),
    )


# Known parties listed when ``--party`` matches none; the rest are counted.
MAX_LISTED_PARTIES = 20


def _no_such_party(party: str, resolver: ActorResolver) -> ConfigError:
    close = resolver.suggestions(party)
    names = resolver.by_use()
    listed = ", ".join(names[:MAX_LISTED_PARTIES])
    if len(names) > MAX_LISTED_PARTIES:
        listed += f", … and {len(names) - MAX_LISTED_PARTIES} more"
    guess = f"; did you mean {' or '.join(close)}?" if close else "."
    return ConfigError(f"No party matches {party!r}{guess} Known parties: {listed}.")


def build_briefing(
    results: Sequence[ArticleResult],
    *,
    backend: str,
    since: dt.date | None = None,
    party: str | None = None,
    include_ungrounded: bool = False,
    aliases: Mapping[str, str] | None = None,
    generated_at: dt.datetime | None = None,
) -> Briefing:
    """Merge per-article extractions into one sourced briefing.

    ``since`` keeps articles published on or after that day (undated articles cannot be
    placed and are left out); ``party`` keeps the items about that party, as the HTML
    page's filter shows them (``involvement.about``): for a country, about any actor of
    it. Ungrounded items are left out unless asked for, and counted.
    """
    unique = _unique_results(results)
    resolver = ActorResolver(
        (
            actor
            for r in unique
            for category in CATEGORIES
            for item in r.extraction.items(category)
            for actor in named_actors(category, item)
        ),
        aliases,
    )
    wanted: set[str] | None = None
    if party is not None:
        wanted = resolver.match_party(party)
        if not wanted:
            raise _no_such_party(party, resolver)
    entries: list[Entry] = []
    ungrounded: list[Entry] = []
    in_scope = [r for r in unique if _in_window(r, since)]
    for result in in_scope:
        for category in CATEGORIES:
            for index, item in enumerate(result.extraction.items(category)):
                actors = principal_actors(category, item, resolver.resolve)
                target = getattr(item, "target", None)
                claimed = getattr(item, "claimed_by", None)
                entry = Entry(
                    category=category,
                    article=result.article,
                    backend=result.backend,
                    index=index,
                    item=item,
                    actors=actors,
                    target=resolver.resolve(target) if target is not None else None,
                    claimed_by=resolver.resolve(claimed) if claimed is not None else None,
                    grounded=is_grounded(item),
                    quotes=quotes_of(item),
                    about=about(category, item, resolver.resolve, resolver.state_of),
                )
                if not entry.grounded and not include_ungrounded:
                    ungrounded.append(entry)
                else:
                    entries.append(entry)
    groups = merge(entries)
    if wanted is not None:
        # Merged first, then filtered: an item is the whole briefing's item, about the
        # party if any of its reports is, exactly as the page's filter shows it.
        groups = [g for g in groups if any(e.about & wanted for e in g)]
        ungrounded = [e for e in ungrounded if e.about & wanted]
    sources = _sources(groups)
    assembler = Assembler({s.article_id: s.number for s in sources})
    assembled: dict[Category, list[Assembled]] = {c: [] for c in CATEGORIES}
    for group in groups:
        assembled[group[0].category].append(assembler.assemble(group))
    final = {category: _numbered(assembled[category], category) for category in CATEGORIES}
    all_items = [i for c in CATEGORIES for i in final[c]]
    resolved = resolver.actors()
    refs = {r.ref.id: r.ref for r in resolved}
    used = {actor_id for item in all_items for actor_id in item.parties}
    return Briefing(
        generated_at=_generation_time(generated_at),
        backend=backend,
        filters=Filters(since=since, party=party, include_ungrounded=include_ungrounded),
        counts=Counts(
            articles=len(in_scope),
            cited_articles=len(sources),
            extracted_items=sum(len(g) for g in groups) + len(ungrounded),
            ungrounded_left_out=len(ungrounded),
            positions=len(final["positions"]),
            military_movements=len(final["military_movements"]),
            diplomatic_contacts=len(final["diplomatic_contacts"]),
            disputed=sum(1 for i in all_items if i.disagreements),
        ),
        sources=sources,
        actors=[
            ActorEntry(actor=r.ref, variants=list(r.variants), roles=list(r.roles))
            for r in resolved
            if r.ref.id in used
        ],
        parties=_parties(all_items, refs),
        positions=[i for i in final["positions"] if isinstance(i, PositionItem)],
        military_movements=[i for i in final["military_movements"] if isinstance(i, MovementItem)],
        diplomatic_contacts=[i for i in final["diplomatic_contacts"] if isinstance(i, ContactItem)],
    )
