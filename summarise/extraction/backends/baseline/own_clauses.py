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
"""

from __future__ import annotations

import re

_FRONTED_TIME = re.compile(
    r"(?:After|Before|When|Once)\s+(?P<clause>(?:[A-Z][\w\u2019'.-]*\s+|of\s+|the\s+)*?"
    r"(?:[A-Z][\w\u2019'.-]*|he|she|they|we|I)\s+"
    r"(?:[a-z]+ed|said|met|held|spoke|told|sent|began)\b[^,;:]*?),\s+(?=\S)"
)


def clause_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``sentences`` with a fronted clause of time read apart from the main clause after
    it; the subordinator itself belongs to neither."""
    spans: list[tuple[int, int]] = []
    for start, end in sentences:
        fronted = _FRONTED_TIME.match(text, start, end)
        if fronted is None:
            spans.append((start, end))
            continue
        spans.append((fronted.start("clause"), fronted.end("clause")))
        spans.append((fronted.end(), end))
    return spans
