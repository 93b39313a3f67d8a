"""Which sentences of a model's overview stand: each must cite items that exist, and state
no number, name or date that those items' evidence does not (``claims``).

A sentence is the unit: a model's entry holding two sentences is split, and each must pass
on its own with the entry's citations; a sentence already kept is not kept twice. What
fails is dropped with its reason, never rewritten: the overview a reader sees is the
model's words, only fewer of them.
"""

from __future__ import annotations

import datetime as dt
import re

from summarise.actors import same_text
from summarise.briefing.merge import iso_date
from summarise.briefing.model import (
    Briefing,
    BriefingItem,
    DroppedSentence,
    Overview,
    OverviewClaim,
)
from summarise.extraction.sentences import split_sentences
from summarise.overview.claims import Evidence, evidence_of, unsupported
from summarise.overview.draft import OverviewDraft
from summarise.schema import CATEGORIES

_ID_NOISE = re.compile(r"[\s\[\]()#]")


def _item_id(text: str) -> str:
    return _ID_NOISE.sub("", text).upper()


def _pieces(text: str) -> list[str]:
    return [
        text[start:end].strip() for start, end in split_sentences(text) if text[start:end].strip()
    ]


class _Items:
    """The briefing's items by id, and each one's evidence as the check reads it."""

    def __init__(self, briefing: Briefing) -> None:
        self.by_id = {i.id: i for c in CATEGORIES for i in briefing.items(c)}
        self._names = {
            e.actor.id: [e.actor.name, *e.variants, *e.roles, e.actor.country or ""]
            for e in briefing.actors
        }

    def evidence(self, items: list[BriefingItem]) -> Evidence:
        texts: list[str] = []
        dates: list[dt.date] = []
        for item in items:
            for report in item.reports:
                texts.extend(text for q in report.quotes for text in (q.quote, q.span))
                dates.extend(d for d in (report.published, iso_date(report.date)) if d)
            for party in item.parties:
                texts.extend(self._names.get(party, []))
        return evidence_of(texts, dates)


def check_overview(
    draft: OverviewDraft, briefing: Briefing, *, written_by: str, prompt: str
) -> Overview:
    items = _Items(briefing)
    claims: list[OverviewClaim] = []
    dropped: list[DroppedSentence] = []
    for entry in draft.sentences:
        cited = list(dict.fromkeys(_item_id(i) for i in entry.items if _item_id(i)))
        for text in _pieces(entry.text):
            if not cited:
                dropped.append(DroppedSentence(text=text, items=cited, reason="uncited"))
                continue
            unknown = [i for i in cited if i not in items.by_id]
            if unknown:
                detail = "cites " + ", ".join(unknown)
                dropped.append(
                    DroppedSentence(text=text, items=cited, reason="unknown_item", detail=detail)
                )
                continue
            cited_items = [items.by_id[i] for i in cited]
            missing = unsupported(text, items.evidence(cited_items))
            if missing:
                detail = "not in the cited items: " + ", ".join(missing)
                dropped.append(
                    DroppedSentence(text=text, items=cited, reason="unsupported", detail=detail)
                )
                continue
            if same_text(text) in {same_text(c.text) for c in claims}:
                dropped.append(DroppedSentence(text=text, items=cited, reason="repeated"))
                continue
            sources = sorted({n for item in cited_items for n in item.sources})
            claims.append(OverviewClaim(text=text, items=cited, sources=sources))
    return Overview(written_by=written_by, prompt=prompt, claims=claims, dropped=dropped)
