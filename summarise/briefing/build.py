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
from dataclasses import dataclass

from summarise.briefing.assemble import Assembled, Assembler
from summarise.briefing.canonical.party_lookup import PartyLookup, no_such_party
from summarise.briefing.canonical.resolver import ActorResolver
from summarise.briefing.involvement import about, named_actors, principals
from summarise.briefing.key_developments import with_key_developments
from summarise.briefing.merge import Entry, merge, principal_actors, quotes_of
from summarise.briefing.model import (
    ActorEntry,
    Briefing,
    BriefingItem,
    CanonicalActor,
    ContactItem,
    Counts,
    Filters,
    MovementItem,
    NotRead,
    PartyRow,
    PositionItem,
    Source,
)
from summarise.briefing.told_apart import told_apart
from summarise.extraction.results import ArticleFailure, ArticleResult
from summarise.schema import CATEGORIES, Category, is_grounded, item_id
from summarise.urls import without_secrets


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


def _published_since(result: ArticleResult, since: dt.date | None) -> bool:
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


def _numbered(
    assembled: list[tuple[Assembled, list[Entry]]], category: Category
) -> list[tuple[BriefingItem, list[Entry]]]:
    """A section's items in reading order, numbered in that order, each with its group; two
    items one headline would name are told apart by their days (``told_apart``)."""
    ordered = sorted(assembled, key=lambda pair: pair[0].key)
    items = told_apart([a.finish(item_id(category, n)) for n, (a, _) in enumerate(ordered, 1)])
    return [(item, group) for item, (_, group) in zip(items, ordered, strict=True)]


def not_read(failures: Sequence[ArticleFailure]) -> list[NotRead]:
    """The inputs the briefing lacks, sorted so that it depends only on the input set.

    A failure's reason is what went wrong, then, after "; ", what its user can do about it
    (the loaders' convention): the briefing keeps the first part, for its reader.
    """
    shown = {
        NotRead(
            source=without_secrets(f.name),
            reason=without_secrets(f.reason.split("; ", 1)[0]),
        )
        for f in failures
    }
    return sorted(shown, key=lambda n: (n.source, n.reason))


@dataclass(frozen=True)
class BuiltBriefing:
    """A briefing and the extracted items each of its items merges: what a store records.

    ``members`` pairs every briefing item with its group of entries (each an article's
    extracted item with its actors resolved), in the briefing's order.
    """

    briefing: Briefing
    members: list[tuple[BriefingItem, list[Entry]]]


def _parties(items: Sequence[BriefingItem], actors: Mapping[str, CanonicalActor]) -> list[PartyRow]:
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


def _table_names(groups: Sequence[Sequence[Entry]]) -> list[str]:
    """The party table's names in its order (most items first): the parties a user has seen,
    offered when a ``--party`` value names none of them."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for group in groups:
        for actor_id in {a.id for entry in group for a in entry.actors}:
            counts[actor_id] += 1
        for entry in group:
            for actor in entry.actors:
                names.setdefault(actor.id, actor.name)
    ordered = sorted(counts, key=lambda i: (-counts[i], names[i].casefold(), i))
    return [names[i] for i in ordered]


def build_briefing(
    results: Sequence[ArticleResult],
    *,
    backend: str,
    since: dt.date | None = None,
    party: str | None = None,
    include_ungrounded: bool = False,
    aliases: Mapping[str, str] | None = None,
    generated_at: dt.datetime | None = None,
    lead: int | None = None,
    failures: Sequence[ArticleFailure] = (),
) -> Briefing:
    """Merge per-article extractions into one sourced briefing (see ``build_merged``)."""
    return build_merged(
        results,
        backend=backend,
        since=since,
        party=party,
        include_ungrounded=include_ungrounded,
        aliases=aliases,
        generated_at=generated_at,
        lead=lead,
        failures=failures,
    ).briefing


def _entries(
    results: Sequence[ArticleResult], resolver: ActorResolver, include_ungrounded: bool
) -> tuple[list[Entry], list[Entry]]:
    """Every item of ``results`` as an entry with its actors resolved across the briefing:
    those to merge, and the ungrounded ones left out (unless asked for), kept to be counted."""
    entries: list[Entry] = []
    ungrounded: list[Entry] = []
    for result in results:
        for category in CATEGORIES:
            for index, item in enumerate(result.extraction.items(category)):
                target = getattr(item, "target", None)
                claimed = getattr(item, "claimed_by", None)
                entry = Entry(
                    category=category,
                    article=result.article,
                    backend=result.backend,
                    index=index,
                    item=item,
                    actors=principal_actors(category, item, resolver.resolve),
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
    return entries, ungrounded


def _about_party(
    party: str, resolver: ActorResolver, groups: list[list[Entry]], ungrounded: list[Entry]
) -> tuple[list[list[Entry]], list[Entry], str | None]:
    """The merged groups and the ungrounded entries about ``party``, and how it was read.
    Merged first, then filtered: an item is the whole briefing's item, about the party if
    any of its reports is, exactly as the page's filter shows it."""
    lookup = PartyLookup(resolver)
    found = lookup.match(party)
    if not found.ids:
        raise no_such_party(party, lookup, _table_names(groups))
    wanted = found.ids
    return (
        [g for g in groups if any(e.about & wanted for e in g)],
        [e for e in ungrounded if e.about & wanted],
        found.read_as,
    )


def build_merged(
    results: Sequence[ArticleResult],
    *,
    backend: str,
    since: dt.date | None = None,
    party: str | None = None,
    include_ungrounded: bool = False,
    aliases: Mapping[str, str] | None = None,
    generated_at: dt.datetime | None = None,
    lead: int | None = None,
    left_out: tuple[int, int] = (0, 0),
    failures: Sequence[ArticleFailure] = (),
) -> BuiltBriefing:
    """Merge per-article extractions into one sourced briefing, keeping each item's group.

    ``since`` keeps articles published on or after that day (undated articles cannot be
    placed and are left out: ``summarise.loading.since`` says why), and the briefing counts
    those left out, with ``left_out`` (older, undated): those a caller left out before
    extracting, as ``brief`` does to pay for none of them. ``party`` keeps the items about
    that party, as the HTML page's filter shows them (``involvement.about``): for a
    country, about any actor of it. Ungrounded items are left out unless asked for, and counted.
    ``lead`` is how many "Key developments" to show (default: the importance weights'
    ``count``); 0 leaves the section out, for a reader who wants only the sections (the
    ranking is not even computed). ``failures`` are the inputs that could not be read or
    extracted: the briefing names them, so its reader knows what it lacks.
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
    in_scope = [r for r in unique if _published_since(r, since)]
    undated = sum(1 for r in unique if since is not None and r.article.published is None)
    entries, ungrounded = _entries(in_scope, resolver, include_ungrounded)
    groups = merge(entries)
    read_as: str | None = None
    if party is not None:
        groups, ungrounded, read_as = _about_party(party, resolver, groups, ungrounded)
    sources = _sources(groups)
    assembler = Assembler({s.article_id: s.number for s in sources})
    assembled: dict[Category, list[tuple[Assembled, list[Entry]]]] = {c: [] for c in CATEGORIES}
    for group in groups:
        assembled[group[0].category].append((assembler.assemble(group), group))
    members = [pair for c in CATEGORIES for pair in _numbered(assembled[c], c)]
    all_items = [item for item, _ in members]
    resolved = resolver.actors()
    refs = {r.ref.id: r.ref for r in resolved}
    used = {actor_id for item in all_items for actor_id in item.parties}
    per_category = Counter(item.category for item in all_items)
    briefing = Briefing(
        generated_at=_generation_time(generated_at),
        backend=backend,
        filters=Filters(
            since=since,
            older_left_out=left_out[0] + len(unique) - len(in_scope) - undated,
            undated_left_out=left_out[1] + undated,
            party=party,
            party_read_as=read_as,
            include_ungrounded=include_ungrounded,
        ),
        counts=Counts(
            articles=len(in_scope),
            cited_articles=len(sources),
            extracted_items=sum(len(g) for g in groups) + len(ungrounded),
            ungrounded_left_out=len(ungrounded),
            positions=per_category["positions"],
            military_movements=per_category["military_movements"],
            diplomatic_contacts=per_category["diplomatic_contacts"],
            disputed=sum(1 for i in all_items if i.disagreements),
        ),
        sources=sources,
        actors=[
            ActorEntry(actor=r.ref, variants=list(r.variants), roles=list(r.roles))
            for r in resolved
            if r.ref.id in used
        ],
        parties=_parties(all_items, refs),
        positions=[i for i in all_items if isinstance(i, PositionItem)],
        military_movements=[i for i in all_items if isinstance(i, MovementItem)],
        diplomatic_contacts=[i for i in all_items if isinstance(i, ContactItem)],
        key_developments_asked=lead,
        failures=not_read(failures),
    )
    if lead != 0:
        briefing = with_key_developments(briefing, lead)
    return BuiltBriefing(briefing=briefing, members=members)
