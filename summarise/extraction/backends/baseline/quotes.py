"""Where reported speech is: the spans of an article inside quotation marks.

Who holds a position depends on it: in 'He said: "The Prime Minister expressed his deep
concern"' the concern is the Prime Minister's, voiced by "he". Curly quotes pair up;
straight quotes toggle. A paragraph that ends inside a quotation closes it, following
the newspaper convention that a quotation running on opens the next paragraph afresh.
"""

from __future__ import annotations

import bisect
import re

_MARKS = re.compile(r"[\"\u201c\u201d\n]")


class QuoteZones:
    """Sorted, disjoint (start, end) spans of quoted text, marks included."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def zone(self, pos: int) -> int:
        """The index of the quotation holding ``pos``, or -1 outside quotation marks."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.spans[i][1]:
            return i
        return -1


def find_quote_zones(text: str) -> QuoteZones:
    spans: list[tuple[int, int]] = []
    open_at = -1
    for m in _MARKS.finditer(text):
        mark = m.group()
        if mark == "\n":
            if open_at >= 0:
                spans.append((open_at, m.start()))
                open_at = -1
        elif mark == "\u201c" or (mark == '"' and open_at < 0):
            if open_at < 0:
                open_at = m.start()
        elif open_at >= 0:
            spans.append((open_at, m.end()))
            open_at = -1
    if open_at >= 0:
        spans.append((open_at, len(text)))
    return QuoteZones(spans)
