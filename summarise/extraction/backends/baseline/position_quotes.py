"""A position's quote: the whole sentence for a claim of one clause outside quotation
marks (the dashed aside alone when the cue stands in one), else the clause, trimmed of
the punctuation and quotation marks at its edges. Apart from ``positions`` because the
quote is chosen from the claim's shape alone, after the item is decided."""

from __future__ import annotations

from summarise.extraction.backends.baseline.dashed_asides import aside_around
from summarise.extraction.backends.baseline.sentence import Claim, Sentence


def position_quote(
    text: str,
    sentence: Sentence,
    claim: Claim,
    piece: tuple[int, int],
    cue_at: int,
    *,
    first: bool,
    alone: bool,
) -> tuple[int, int]:
    """The quote: the whole sentence for a claim of one clause outside quotation marks
    (only the dashed aside when the cue stands in one), else the clause (the first from the
    claim's start, so its speaker is quoted too)."""
    if alone and not claim.quoted:
        aside = aside_around(text, sentence.start, sentence.end, cue_at)
        if aside is not None:
            return aside
        return _trimmed(text, sentence.start, sentence.end)
    start = claim.start if first else piece[0]
    end = claim.end if alone else piece[1]
    return _trimmed(text, start, end)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in ' \t\u201c"\u2014\u2013-,':
        start += 1
    while end > start and text[end - 1] in " \t\n,;:\u2014\u2013":
        end -= 1
    return start, end
