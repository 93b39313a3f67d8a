"""Values the sources of one merged fact disagree on, and which status stands.

A briefing must not pick a figure silently: every distinct figure, date and status is kept
with the sources that gave it. Statuses are special because they change: a call that "will"
happen and later "took place" is one call whose latest known status is "held". So the
headline status is the latest source's (by article date, ties broken by how far along the
status is), and the note says whether the sources follow one another in time or clash.
An undated source cannot be placed in time; a report that a call took place is taken to
come after reports that it would, so against undated sources the furthest stage stands.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from summarise.briefing.model import Disagreement, Variant

# How far along a status is: a later report of a further stage supersedes an earlier one.
STATUS_ORDER: dict[str, int] = {
    "proposed": 0,
    "planned": 1,
    "ongoing": 2,
    "cancelled": 3,
    "completed": 4,
    "held": 4,
}
# Says nothing about progress, so it never outranks a known status nor disputes one.
NO_STATUS = "unclear"


@dataclass(frozen=True)
class Stated:
    """One source's value for a field, with when that source published."""

    value: str
    key: str
    source: int
    published: dt.date | None


def _variants(stated: Sequence[Stated]) -> list[Variant]:
    """Distinct values in order of first citation, each with all its sources."""
    order: list[str] = []
    shown: dict[str, str] = {}
    sources: dict[str, set[int]] = {}
    for s in sorted(stated, key=lambda s: (s.source, s.key)):
        if s.key not in sources:
            order.append(s.key)
            shown[s.key] = s.value
            sources[s.key] = set()
        sources[s.key].add(s.source)
    return [Variant(value=shown[k], sources=sorted(sources[k])) for k in order]


def _progress(s: Stated) -> tuple[dt.date, int, int]:
    return (s.published or dt.date.min, STATUS_ORDER.get(s.key, -1), s.source)


def _stage(s: Stated) -> tuple[int, int]:
    return (STATUS_ORDER.get(s.key, -1), s.source)


def latest_status(stated: Sequence[Stated]) -> str:
    """The latest dated source's status, unless an undated source reports a further stage."""
    known = [s for s in stated if s.key != NO_STATUS] or list(stated)
    dated = [s for s in known if s.published is not None]
    candidates = [s for s in known if s.published is None]
    if dated:
        candidates.append(max(dated, key=_progress))
    return max(candidates, key=_stage).key


def status_disagreement(stated: Sequence[Stated]) -> Disagreement | None:
    known = [s for s in stated if s.key != NO_STATUS]
    variants = _variants(known)
    if len(variants) < 2:
        return None
    latest = latest_status(known)
    ordered = sorted(known, key=_progress)
    by_date: dict[dt.date | None, set[str]] = {}
    for s in known:
        by_date.setdefault(s.published, set()).add(s.key)
    ranks = [STATUS_ORDER.get(s.key, -1) for s in ordered]
    clash = any(len(keys) > 1 for keys in by_date.values()) or ranks != sorted(ranks)
    if any(s.published is None for s in known):
        note = f"Not every source is dated; shown is the furthest stage reported: {latest}."
    elif clash:
        note = f"Sources disagree; shown is the latest source's status: {latest}."
    else:
        steps: list[str] = []
        for s in ordered:
            if not steps or steps[-1] != s.key:
                steps.append(s.key)
        note = (
            f"Later sources report a later stage ({' then '.join(steps)}); "
            f"the latest, {latest}, is shown."
        )
    return Disagreement(field="status", variants=variants, note=note)


def value_disagreement(
    field: Literal["quantity", "date"], stated: Sequence[Stated], note: str
) -> Disagreement | None:
    variants = _variants(stated)
    if len(variants) < 2:
        return None
    return Disagreement(field=field, variants=variants, note=note)
