"""The one quote shown for an item where there is room for one (the short briefing, the
overview's claims): found in its article, the shortest that still reads as a sentence.

A quote the program could not find in its article is never chosen over one it found;
among found quotes, one of readable length beats a fragment, and a shorter one a longer:
the same fact is usually stated most plainly in its shortest report. Ties go to the
earliest source.
"""

from __future__ import annotations

from summarise.briefing.model import BriefingItem, QuoteInContext

# A quote this long reads as a sentence; shorter is a fragment, longer a paragraph.
READABLE = range(40, 260)


def best_quote(item: BriefingItem) -> tuple[int, QuoteInContext] | None:
    """The source number and quote to show for ``item``, or None if it has no quote."""
    quotes = [(r.source, r.grounded, q) for r in item.reports for q in r.quotes]
    if not quotes:
        return None
    source, _, quote = min(
        quotes,
        key=lambda entry: (
            not entry[1],
            len(entry[2].span) not in READABLE,
            len(entry[2].span),
            entry[0],
        ),
    )
    return source, quote
