"""The hybrid strategy's two halves: the offline extractor's items as numbered candidates
for the model to judge, and the model's verdicts applied to them.

The rules find the sentence and the category (their strength: every quote is the
article's own sentence); the model judges what rules get wrong (whether the sentence
really states the item, and who holds it). A candidate the reply does not mention stays as
the rules made it, so an empty reply leaves the offline extraction unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarise.extraction.numbering import Sentence, sentence_at
from summarise.extraction.replies import Verdict, Verdicts, actor_named
from summarise.schema import (
    CATEGORIES,
    Category,
    DiplomaticContact,
    ExtractionDraft,
    Item,
    MilitaryMovement,
    Position,
)

_LABEL: dict[Category, str] = {
    "positions": "position",
    "military_movements": "movement",
    "diplomatic_contacts": "contact",
}


@dataclass(frozen=True)
class Candidate:
    number: int
    category: Category
    item: Item
    sentence: Sentence


def candidates_in(
    draft: ExtractionDraft, text: str, sentences: Sequence[Sentence]
) -> list[Candidate]:
    """The draft's items whose first quote lies in ``text``, numbered from one."""
    found: list[Candidate] = []
    for category in CATEGORIES:
        for item in draft.items(category):
            offset = text.find(item.evidence[0].quote)
            sentence = sentence_at(offset, sentences) if offset >= 0 else None
            if sentence is not None:
                found.append(Candidate(len(found) + 1, category, item, sentence))
    return found


def describe(candidate: Candidate) -> str:
    """One line the model reads: number, category, sentence, and the fields to judge."""
    item = candidate.item
    head = (
        f"{candidate.number}. {_LABEL[candidate.category]} in sentence {candidate.sentence.number}"
    )
    if isinstance(item, Position):
        return f'{head}: holder "{item.holder.name}"; stance {item.stance}; topic "{item.topic}"'
    if isinstance(item, MilitaryMovement):
        return (
            f'{head}: actor "{item.actor.name}"; activity {item.activity}; forces "{item.forces}"'
        )
    names = ", ".join(f'"{a.name}"' for a in item.participants)
    return f"{head}: participants {names}; mode {item.mode}; status {item.status}"


def apply_verdicts(candidates: Sequence[Candidate], reply: Verdicts) -> ExtractionDraft:
    """The candidates the model kept, with the fields it corrected; unjudged ones kept."""
    verdicts: dict[int, Verdict] = {}
    for given in reply.verdicts:
        verdicts.setdefault(given.candidate, given)
    data: dict[str, list[Item]] = {}
    for candidate in candidates:
        item = candidate.item
        verdict: Verdict | None = verdicts.get(candidate.number)
        if verdict is not None and not verdict.keep:
            continue
        if verdict is not None:
            item = _corrected(
                item, verdict.actor, verdict.participants, verdict.stance, verdict.topic
            )
        data.setdefault(candidate.category, []).append(item)
    return ExtractionDraft.model_validate(data)


def _corrected(
    item: Item,
    actor: str | None,
    participants: list[str] | None,
    stance: str | None,
    topic: str | None,
) -> Item:
    changes: dict[str, object] = {}
    if isinstance(item, Position):
        if actor and actor.strip():
            changes["holder"] = actor_named(actor)
        if stance is not None:
            changes["stance"] = stance
        if topic and topic.strip():
            changes["topic"] = topic.strip()
    elif isinstance(item, MilitaryMovement):
        if actor and actor.strip():
            changes["actor"] = actor_named(actor)
    elif isinstance(item, DiplomaticContact) and participants:
        names = list(dict.fromkeys(n.strip() for n in participants if n.strip()))
        if len(names) >= 2:
            changes["participants"] = [actor_named(n) for n in names]
    return item.model_copy(update=changes)
