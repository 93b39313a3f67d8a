"""The hybrid strategy's two halves: the offline extractor's items as numbered candidates
for the model to judge, and the model's verdicts applied to them.

The rules find the sentence, the category and the fields (their strength: every quote is
the article's own sentence); the model only says whether the sentence states the item.
What the model sees is the candidates' own sentences, never the whole article: on a
2-core machine every prompt and output token of a 0.5B model costs time, and the verdict
needs only the sentence. Only positions are asked about: the rules' movements and contacts
were all right on the development set (and all but one on the seeds), so a verdict there
could only lose items. A candidate the reply does not judge stays as the rules made it, so
an empty reply leaves the offline extraction unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarise.extraction.prompting.numbering import Sentence, sentence_at
from summarise.extraction.prompting.replies import Verdict, Verdicts
from summarise.schema import ExtractionDraft, Position, Quote


@dataclass(frozen=True)
class Candidate:
    number: int
    item: Position[Quote]
    sentence: Sentence


def candidates_in(
    draft: ExtractionDraft, text: str, sentences: Sequence[Sentence]
) -> list[Candidate]:
    """The draft's positions whose first quote lies in ``text``, numbered from one."""
    found: list[Candidate] = []
    for item in draft.positions:
        offset = text.find(item.evidence[0].quote)
        sentence = sentence_at(offset, sentences) if offset >= 0 else None
        if sentence is not None:
            found.append(Candidate(len(found) + 1, item, sentence))
    return found


def describe(candidate: Candidate) -> str:
    """One line the model reads: number, whose position it is, and the sentence."""
    sentence = " ".join(candidate.sentence.text.split())
    return f'{candidate.number}. position of {candidate.item.holder.name}: "{sentence}"'


def apply_verdicts(candidates: Sequence[Candidate], reply: Verdicts) -> ExtractionDraft:
    """The candidates the model did not reject, as proposed."""
    verdicts: dict[int, Verdict] = {}
    for given in reply.verdicts:
        verdicts.setdefault(given.candidate, given)
    kept = [
        c.item for c in candidates if (verdict := verdicts.get(c.number)) is None or verdict.keep
    ]
    return ExtractionDraft(positions=kept)


def unasked(draft: ExtractionDraft) -> ExtractionDraft:
    """The proposals no verdict is asked for (movements, contacts): they stand as made."""
    return draft.model_copy(update={"positions": []})
