"""Direct speech: the spans inside quotation marks, and who is said to have spoken them.

Curly quotes pair up; straight quotes toggle. A paragraph that ends inside a quotation
closes it (a quotation running on opens the next paragraph afresh). A quotation is
attributed by the reporting clause after it ('…," the President said') or before it
('He added: "…"'); a short quoted phrase inside a sentence ('expressed his "deep
concern"') is no speech of its own and belongs to the sentence around it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_MARKS = re.compile(r"[\"\u201c\u201d\n]")
# A quotation long enough to be speech rather than a quoted phrase.
_SPEECH_CHARS = 40


@dataclass(frozen=True)
class Zone:
    start: int
    end: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, max(self.start + 1, self.end - 1)


class QuoteZones:
    """Sorted, disjoint spans of quoted text, marks included."""

    def __init__(self, zones: list[Zone]) -> None:
        self.zones = zones
        self._starts = [z.start for z in zones]

    def at(self, pos: int) -> Zone | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.zones[i].end:
            return self.zones[i]
        return None

    def within(self, start: int, end: int) -> list[Zone]:
        """The zones overlapping ``[start, end)``, one begun before ``start`` included."""
        i = bisect.bisect_left(self._starts, start)
        if i > 0 and self.zones[i - 1].end > start:
            i -= 1
        found: list[Zone] = []
        while i < len(self.zones) and self.zones[i].start < end:
            found.append(self.zones[i])
            i += 1
        return found


def find_quote_zones(text: str) -> QuoteZones:
    zones: list[Zone] = []
    open_at = -1
    for m in _MARKS.finditer(text):
        mark = m.group()
        if mark == "\n":
            if open_at >= 0:
                zones.append(Zone(open_at, m.start()))
                open_at = -1
        elif mark == "\u201c" or (mark == '"' and open_at < 0):
            if open_at < 0:
                open_at = m.start()
        elif open_at >= 0:
            zones.append(Zone(open_at, m.end()))
            open_at = -1
    if open_at >= 0:
        zones.append(Zone(open_at, len(text)))
    return QuoteZones(zones)


def is_speech(text: str, zone: Zone, sentence: tuple[int, int]) -> bool:
    """Whether a quotation is speech: it holds a clause of its own (long, or covering most
    of its sentence, or opened by a capital after a colon), not a phrase quoted inside the
    reporter's sentence."""
    start, end = zone.inner
    body = text[start:end].strip()
    if len(body) >= _SPEECH_CHARS and body[:1].isupper():
        return True
    if zone.start <= sentence[0] + 1 and zone.end >= sentence[1] - 2:
        return True
    # '"We oppose it," she said': opening its sentence and closed by a comma, it is what
    # the reporting clause after it says.
    if zone.start <= sentence[0] + 1 and text[end - 1 : end] in (",", "?", "!"):
        return body[:1].isupper()
    before = text[max(0, zone.start - 3) : zone.start]
    return ":" in before and body[:1].isupper()


# The reporting clause after a quotation: '," the President said', '," said Mr Putin'; the
# quotation must end in a comma or run on in lower case, or the clause is a new sentence.
AFTER = re.compile(
    r"(?:(?<=,[\u201d\"])|(?<=[,?!][\u201d\"])|(?=[\s]*,)|(?=\s+[a-z]))"
    r"[\s,]*(?P<clause>[^\u201c\u201d\"\n]{0,160})"
)
# The reporting clause before a quotation, ending in a colon or comma: 'He added: "'.
_CLAUSE_BREAKS = frozenset('\u201c\u201d"\n.!?')
_CLAUSE_CHARS = 200


def clause_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the reporting clause that ends ``text[start:end]`` in a colon or a
    comma (and spaces), back to a sentence mark, a quotation mark or ``start``.

    Read backwards from the colon: a regular expression anchored at the end would be tried
    from every start in the window, each try running to the end.
    """
    colon = end
    while colon > start and text[colon - 1].isspace():
        colon -= 1
    colon -= 1
    if colon < start or text[colon] not in ":,":
        return None
    clause_start = colon
    floor = max(start, colon - _CLAUSE_CHARS)
    while clause_start > floor and text[clause_start - 1] not in _CLAUSE_BREAKS:
        clause_start -= 1
    return clause_start, colon
