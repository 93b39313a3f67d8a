"""Decrees and executive orders: after "I decree:" each numbered item opening with a verb
of deciding ("1. Introduce martial law in …") is a decision the signatory has taken, a
position of stance ``commit``, though no verb of saying or stance word stands in it.

The signatory is whoever speaks the operative formula (the sentence's first person: the
document's voice or its principal). An item with a subject of its own ("The Cabinet of
Ministers shall …") orders someone else, and procedure ("This Decree enters into force")
decides nothing: neither is a position here.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.position_draft import PositionDraft
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.times import when_in
from summarise.extraction.backends.baseline.topics import topic_after

_ITEM = re.compile(r"[\s\u201c\"]*\d{1,2}(?:\.\d{1,2})*[.)]\s+")
# The item's number, when the sentence splitter left it as a sentence of its own.
_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}(?:\.\d{1,2})*[.)]\s*$")
_NUMBER_REACH = 12


def decree_signatory(sentence: Sentence) -> bool:
    """Whether the sentence speaks the operative formula ("… I decree:")."""
    formula = load_lexicon().decree_operative
    return sentence.scan.first(formula, sentence.start, sentence.end) is not None


def find_decisions(text: str, sentence: Sentence, signed: Sentence) -> list[PositionDraft]:
    """The decision a numbered item after ``signed`` (the formula's sentence) takes."""
    signatory = signed.first_person
    item = _ITEM.match(text, sentence.start, sentence.end)
    start = item.end() if item is not None else sentence.start
    numbered = item is not None or _NUMBER_BEFORE.search(
        text, max(0, sentence.start - _NUMBER_REACH), sentence.start
    )
    if signatory is None or not numbered or sentence.question:
        return []
    verb = load_lexicon().decree_verbs.match(text, start, sentence.end)
    if verb is None:
        return []
    topic = topic_after(text, verb.end(), sentence.end)
    if topic is None:
        return []
    return [
        PositionDraft(
            holder=signatory,
            via=None,
            stance="commit",
            topic=topic,
            target=None,
            quotes=[(start, sentence.end)],
            when=when_in(sentence),
            sentence=sentence.index,
            voice="speech",
        )
    ]
