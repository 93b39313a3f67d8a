"""Turning a group of merged entries into one briefing item with its sources.

Each source keeps its own quotes (shown in the context of its article) and its own values;
the item's headline values are the ones most sources agree on, except where the sources
disagree, which is recorded as a ``Disagreement`` instead of being smoothed over.

An item's id is its place in its section, which is known only once every item of the
section has its values; so a group is first assembled into an ``Assembled`` (the values
and the key the section is sorted on) and made into the item once it is numbered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from summarise.actors import fold
from summarise.briefing.disputes import (
    Stated,
    latest_status,
    status_disagreement,
    value_disagreement,
)
from summarise.briefing.estimates import estimates_range
from summarise.briefing.forces_words import (
    counts_formations,
    counts_own_kind,
    figure_bound,
    lowered_figure,
    spells_figure,
    states_figure,
)
from summarise.briefing.merge import Entry
from summarise.briefing.model import (
    BriefingItem,
    CanonicalActor,
    ContactItem,
    Disagreement,
    MovementItem,
    PositionItem,
    QuoteInContext,
    Report,
)
from summarise.briefing.similarity import collapse_whitespace
from summarise.briefing.speakers import actors_own, from_readers_side, speakers_owner
from summarise.briefing.wording import MODE_LABELS, quantity_text
from summarise.schema import Evidence, Quantity

# Characters of article text shown on each side of a quote.
CONTEXT_CHARS = 160


def quote_in_context(evidence: Evidence, text: str) -> QuoteInContext:
    """The quote with some article text around it; an unplaced quote stands alone."""
    start, end = evidence.start, evidence.end
    if not evidence.grounded or start is None or end is None or not 0 <= start <= end <= len(text):
        return QuoteInContext(quote=evidence.quote, match=evidence.match, span=evidence.quote)
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    if start > CONTEXT_CHARS and " " in before:
        before = "\u2026" + before[before.index(" ") :]
    if end + CONTEXT_CHARS < len(text) and " " in after:
        after = after[: after.rindex(" ")] + "\u2026"
    return QuoteInContext(
        quote=evidence.quote,
        match=evidence.match,
        start=start,
        end=end,
        before=_squash(before, keep_end=True),
        span=collapse_whitespace(text[start:end]),
        after=_squash(after, keep_end=False),
    )


def _squash(text: str, *, keep_end: bool) -> str:
    """Collapse whitespace but keep a space where it touches the quote, so words stay apart."""
    squashed = collapse_whitespace(text)
    if not squashed:
        return ""
    if keep_end and text[-1:].isspace():
        return squashed + " "
    if not keep_end and text[:1].isspace():
        return " " + squashed
    return squashed


def _about(group: Sequence[Entry]) -> list[str]:
    """A merged item is about every party any of its reports is about."""
    return sorted(frozenset[str]().union(*(entry.about for entry in group)))


def _representative(values: Sequence[str | None]) -> str | None:
    """The value most sources give (compared folded), ties to the earliest source."""
    present = [v for v in values if v]
    if not present:
        return None
    counts = Counter(fold(v) for v in present)
    first: dict[str, tuple[int, str]] = {}
    for position, value in enumerate(present):
        first.setdefault(fold(value), (position, value))
    best = min(counts, key=lambda k: (-counts[k], first[k][0]))
    return first[best][1]


def _headline_figure(
    forces: str,
    counted: Quantity | None,
    said: str | None,
    say: Callable[[str], str] = str,
) -> str:
    """The figure a movement's headline gives: the quantity ("about 30,000 troops") when
    its unit says what the forces count, else the forces as written, which say it
    themselves. Extractors file a count of formations under troops ("two additional
    brigades" as "2 troops", "up to 12 Ukrainian battalions" as "about 12 troops") or
    under no unit ("about twenty battalion tactical groups" as "about 20"); a figure
    the forces spell in words is theirs to say ("eight F-15E fighter jets"). ``say``
    words the forces from the reader's side ("its exercise" for "Our exercise")."""
    if counted is None or said is None:
        return say(forces)
    if counted.unit == "other":
        stated = states_figure(forces, counted.low)
        return say(lowered_figure(forces)) if stated else f"{say(forces)} ({said})"
    own = counts_own_kind(forces, counted) or spells_figure(forces, counted.low)
    return say(lowered_figure(forces)) if own else said


def _figure_text(forces: str, counted: Quantity) -> str:
    """A report's figure in words: "2" for two battalions filed as 2 troops
    (``counts_formations``), else as ``quantity_text`` says it."""
    bound = figure_bound(forces, counted.low)
    if counts_formations(forces, counted):
        return quantity_text(counted.model_copy(update={"unit": "other"}), bound)
    return quantity_text(counted, bound)


@dataclass(frozen=True)
class Assembled:
    """A merged item with every value settled but its id.

    ``key`` orders a section for reading (by principal actor, then what the item is
    about, then first source); ``finish`` makes the item with the id its place gives it.
    """

    key: tuple[Any, ...]
    finish: Callable[[str], BriefingItem]


class Assembler:
    """Assembles items from groups once sources are numbered."""

    def __init__(self, numbers: Mapping[str, int]) -> None:
        self._numbers = numbers

    def _report(self, entry: Entry) -> Report:
        item = entry.item
        category = entry.category
        quantity = getattr(item, "quantity", None)
        if category == "positions":
            summary = item.summary
        elif category == "diplomatic_contacts":
            summary = item.outcome
        else:
            summary = None
        return Report(
            source=self._numbers[entry.article.id],
            article_id=entry.article.id,
            published=entry.article.published,
            grounded=entry.grounded,
            quotes=[quote_in_context(e, entry.article.text) for e in item.evidence],
            when=item.when,
            date=item.date,
            summary=summary,
            status=getattr(item, "status", None),
            quantity=(
                quantity_text(quantity, figure_bound(item.forces, quantity.low))
                if quantity is not None
                else None
            ),
            forces=getattr(item, "forces", None),
        )

    def _stated(
        self, group: Sequence[Entry], value: Callable[[Any], tuple[str, str] | None]
    ) -> list[Stated]:
        stated = []
        for entry in group:
            found = value(entry.item)
            if found is not None:
                stated.append(
                    Stated(
                        value=found[0],
                        key=found[1],
                        source=self._numbers[entry.article.id],
                        published=entry.article.published,
                    )
                )
        return stated

    def _date_disagreement(self, group: Sequence[Entry]) -> Disagreement | None:
        stated = self._stated(group, lambda item: (item.date, item.date) if item.date else None)
        return value_disagreement("date", stated, "Sources give different dates.")

    def _status(self, group: Sequence[Entry]) -> tuple[str, Disagreement | None]:
        stated = self._stated(group, lambda item: (item.status, item.status))
        return latest_status(stated), status_disagreement(stated)

    def assemble(self, group: Sequence[Entry]) -> Assembled:
        reports = sorted((self._report(e) for e in group), key=lambda r: (r.source, r.article_id))
        category = group[0].category
        if category == "positions":
            return self._position(group, reports)
        if category == "military_movements":
            return self._movement(group, reports)
        return self._contact(group, reports)

    def _ordered(self, group: Sequence[Entry]) -> list[Entry]:
        return sorted(group, key=lambda e: (self._numbers[e.article.id], e.index))

    def _position(self, group: Sequence[Entry], reports: list[Report]) -> Assembled:
        ordered = self._ordered(group)
        first = ordered[0]
        topic = _representative([e.item.topic for e in ordered]) or first.item.topic
        targets = _unique_refs(e.target for e in ordered)
        holder = first.principal
        target = targets[0] if len(targets) == 1 else None
        headline = f"{holder.name} · {first.item.stance} · {topic}"
        if target is not None:
            headline += f" · target {target.name}"
        disagreements = [d for d in (self._date_disagreement(group),) if d is not None]
        stance = first.item.stance
        summary = _representative([e.item.summary for e in ordered])

        def finish(item_id: str) -> PositionItem:
            return PositionItem(
                id=item_id,
                headline=headline,
                parties=_about(group),
                reports=reports,
                disagreements=disagreements,
                holder=holder,
                stance=stance,
                topic=topic,
                target=target,
                summary=summary,
            )

        key = (holder.name.casefold(), holder.id, topic.casefold(), stance, _first(reports))
        return Assembled(key=key, finish=finish)

    def _movement(self, group: Sequence[Entry], reports: list[Report]) -> Assembled:
        ordered = self._ordered(group)
        first = ordered[0]
        quantities = self._stated(
            ordered,
            lambda item: (
                (
                    _figure_text(item.forces, item.quantity),
                    repr((item.quantity.low, item.quantity.high, item.quantity.unit)),
                )
                if item.quantity is not None
                else None
            ),
        )
        figures = value_disagreement("quantity", quantities, "Sources give different figures.")
        claimed = _unique_refs(e.claimed_by for e in ordered)
        status, status_dispute = self._status(ordered)
        if figures is not None:
            quantity: str | None = " or ".join(v.value for v in figures.variants)
        else:
            quantity = quantities[0].value if quantities else None
        forces = _representative([e.item.forces for e in ordered]) or first.item.forces
        destination = _representative([e.item.destination for e in ordered])
        actor = first.principal
        counted = next((e.item.quantity for e in ordered if e.item.quantity), None)
        own = actors_own(actor, claimed)
        spread = estimates_range(
            [(e.item.forces, e.item.quantity) for e in ordered if e.item.quantity is not None]
        )
        if figures is not None and counted is not None and counts_formations(forces, counted):
            formations = lowered_figure(forces)
            figure = f"{formations} ({quantity}, disputed)"
            shown = f"{from_readers_side(formations, own)} ({quantity}, disputed)"
        elif figures is not None and spread is not None:
            estimates = f"{len(figures.variants)} estimates"
            quantity = f"{spread} ({estimates})"
            figure = shown = f"{spread} ({estimates}, disputed)"
        elif figures is not None:
            figure = shown = f"{quantity} (disputed)"
        else:
            shown = _headline_figure(
                forces, counted, quantity, lambda words: from_readers_side(words, own)
            )
            figure = _headline_figure(forces, counted, quantity)
        filed = f"{actor.name} · {first.item.activity} · {figure}"
        headline = f"{actor.name} · {first.item.activity} · {shown}"
        if destination:
            filed += f" → {destination}"
            headline += f" → {from_readers_side(destination, speakers_owner(claimed))}"
        disagreements = [
            d for d in (figures, self._date_disagreement(ordered), status_dispute) if d is not None
        ]
        activity = first.item.activity
        origin = _representative([e.item.origin for e in ordered])

        def finish(item_id: str) -> MovementItem:
            return MovementItem(
                id=item_id,
                headline=headline,
                parties=_about(group),
                reports=reports,
                disagreements=disagreements,
                actor=actor,
                activity=activity,
                forces=forces,
                quantity=quantity,
                origin=origin,
                destination=destination,
                status=status,
                claimed_by=claimed,
            )

        # Sorted on the words as filed: saying whose "our" is orders nothing.
        key = (actor.name.casefold(), actor.id, activity, _first(reports), filed)
        return Assembled(key=key, finish=finish)

    def _contact(self, group: Sequence[Entry], reports: list[Report]) -> Assembled:
        ordered = self._ordered(group)
        first = ordered[0]
        participants = _unique_refs(a for e in ordered for a in e.actors)
        status, status_dispute = self._status(ordered)
        topics: dict[str, str] = {}
        for entry in ordered:
            for topic in entry.item.topics:
                topics.setdefault(fold(topic), topic)
        names = " \u2013 ".join(p.name for p in participants)
        headline = f"{names} · {MODE_LABELS[first.item.mode]} · {status}"
        disagreements = [
            d for d in (self._date_disagreement(ordered), status_dispute) if d is not None
        ]
        mode = first.item.mode
        location = _representative([e.item.location for e in ordered])
        outcome = _representative([e.item.outcome for e in ordered])

        def finish(item_id: str) -> ContactItem:
            return ContactItem(
                id=item_id,
                headline=headline,
                parties=_about(group),
                reports=reports,
                disagreements=disagreements,
                participants=participants,
                mode=mode,
                status=status,
                location=location,
                topics=list(topics.values()),
                outcome=outcome,
            )

        key = (tuple(p.name.casefold() for p in participants), mode, _first(reports), headline)
        return Assembled(key=key, finish=finish)


def _first(reports: Sequence[Report]) -> int:
    """The earliest citation number of an item: where it first appears in the sources."""
    return min(r.source for r in reports)


def _unique_refs(refs: Any) -> list[CanonicalActor]:
    """Distinct actors in order of first mention."""
    unique: dict[str, CanonicalActor] = {}
    for ref in refs:
        if ref is not None:
            unique.setdefault(ref.id, ref)
    return list(unique.values())
