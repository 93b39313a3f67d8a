"""Clauses inside a sentence that have a subject of their own, read as sentences of their own.

"After Vladimir Putin met the Chancellor in the Kremlin, the two leaders discussed trade":
a fronted adverbial clause of time (Quirk et al. 15.25; CGEL's temporal adjuncts headed by
"after", "before", "when", "once") has its own subject and finite verb. Read with the whole
sentence, its verb's holder or parties would be the main clause's subject; read as a
sentence of its own, the clause gives its own subject's contact or view, as the same words
standing alone would. Only a clause whose subject is unmistakable is cut: a name, an
office or a personal pronoun right after the subordinator, then a verb in the past. A
fronted phrase ("After the call, …") or a condition ("If Russia invades, …") is no such
clause and stays in its sentence.

"The talks ended in Riga; Ana Lind condemned the strike": a semicolon joins two
independent clauses (Quirk et al. 13.2), and the second has its own subject. It is cut off
where that subject is unmistakable: a personal pronoun, or a capitalised word, which after
a semicolon can only be a name. A list's items ("checks at the border; the closure of
airspace") open in lower case and stay together.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.verb_forms import IRREGULAR_PASTS

_FRONTED_TIME = re.compile(
    r"(?:After|Before|When|Once)\s+(?P<clause>(?:[A-Z][\w\u2019'.-]*\s+|of\s+|the\s+)*?"
    r"(?:[A-Z][\w\u2019'.-]*|he|she|they|we|I)\s+"
    rf"(?:[a-z]+ed|{IRREGULAR_PASTS})\b[^,;:]*?),\s+(?=\S)"
)

_CLAUSE_AFTER = re.compile(r";\s+(?=(?:I|we|he|she|they)\b|(?-i:[A-Z])[\w\u2019'-]+\s)")


def clause_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``sentences`` with a fronted clause of time read apart from the main clause after
    it (the subordinator belongs to neither), and each cut after a semicolon that opens
    an independent clause (the semicolon itself belongs to neither, so a quote of the
    first clause ends on its last word)."""
    spans: list[tuple[int, int]] = []
    for start, end in sentences:
        at = start
        fronted = _FRONTED_TIME.match(text, start, end)
        if fronted is not None:
            spans.append((fronted.start("clause"), fronted.end("clause")))
            at = fronted.end()
        for found in _CLAUSE_AFTER.finditer(text, at, end):
            spans.append((at, found.start()))
            at = found.end()
        spans.append((at, end))
    return spans
