"""A sentence told as another point than the one before it, not the same one restated.

A speaker who goes on in the same stance in their next sentence is mostly restating
("We will not attack anyone. This is simply nonsense"), and the merge joins the two. A
contrastive or additive conjunct opening the sentence ("But we shall guard each metre of
allied soil", "Instead, we are handed talks about minor matters", "At the same time, we
stand ready to offer our platform"), or "also" before its stance ("We also reject the
stationing of strike systems"), tells the reader that a second proposition follows:
the guide keeps it as its own item (one item per distinct fact).
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.patterns import WORD
from summarise.extraction.backends.baseline.scan import TextScan

# What may stand before a sentence's first word: space, quotation marks, a dash.
_LEAD = " \t\n\"'\u201c\u2018\u2014-"


@cache
def _openers() -> re.Pattern[str]:
    words = sorted(load_grammar().new_point_openers, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


@cache
def _adverb_texts() -> tuple[str, ...] | None:
    """The adverbs as the article's substring test takes them (lower-case ASCII), or None
    if one is not ASCII and the words are read without a test."""
    adverbs = load_grammar().new_point_adverbs
    return tuple(sorted(adverbs)) if all(a.isascii() for a in adverbs) else None


def makes_new_point(scan: TextScan, start: int, cue: tuple[int, int]) -> bool:
    """The sentence of ``scan``'s text starting at ``start`` opens with a conjunct of
    contrast or addition, or says "also" before its stance cue's verb (``cue``, its span):
    before the cue or inside it, as in "Such a war would also upset energy markets",
    whose cue is the verb group "would also upset".

    Every position asks, and most have no such adverb before their cue: a word that is
    one, in any case, is one written in the lowered text, so where the article's
    substring test (``TextScan.may_hold``) finds none there the words are not read."""
    text = scan.text
    opening = text[start : cue[0]].lstrip(_LEAD)
    if _openers().match(opening):
        return True
    texts = _adverb_texts()
    if texts is not None and not scan.may_hold(texts, start, cue[1]):
        return False
    adverbs = load_grammar().new_point_adverbs
    return any(m.group().lower() in adverbs for m in WORD.finditer(text, start, cue[1]))
