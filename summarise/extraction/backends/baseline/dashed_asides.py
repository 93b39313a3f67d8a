"""A statement set off by a pair of dashes inside a sentence is a clause of its own (Quirk et
al. 15.54, parenthetical clauses): "I spoke with the President again this morning -- he's a
brave leader -- and I told him more is coming". A stance whose cue stands inside the aside
is quoted by the aside alone, not by the whole sentence, whose other clause says something
else (and may be another item's evidence)."""

from __future__ import annotations

import re

# A dash typed as two hyphens (transcripts), an en dash or an em dash, with a space either
# side. An aside is short and of one piece: no comma, no further dash, no sentence end, so
# that two dashes far apart ("We, the leaders of A and B -- two allies, meeting in Tallinn,
# condemn the attack -- and stand together") enclose no aside.
_DASH = r"(?:--|[\u2013\u2014])"
_ASIDE = re.compile(rf"\s{_DASH}\s+([^\u2013\u2014.,;!?]{{1,80}}?)\s+{_DASH}\s")


def aside_around(text: str, start: int, end: int, pos: int) -> tuple[int, int] | None:
    """The span of the dashed aside within ``text[start:end]`` that holds ``pos``, or None."""
    for m in _ASIDE.finditer(text, start, end):
        if m.start(1) <= pos < m.end(1):
            return m.start(1), m.end(1)
        if m.start() > pos:
            break
    return None
