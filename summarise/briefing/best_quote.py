"""The one quote shown for an item where there is room for one (the short briefing, the
overview's claims): found in its article, the shortest that still reads as a sentence.

A quote the program could not find in its article is never chosen over one it found; a
contact's quote that states the contact (names its mode: "spoke by phone", "met",
"visited", words of ``data/quotes.toml``) beats one of what was said in it, and one that
names more of its participants (or their countries) beats one that names fewer: an
extractor may take a later sentence's "a separate meeting" as more evidence of the contact
before, and that sentence, shown alone, would put another meeting under the item; and a
mode's word may be used in another sense ("X warned that an invasion would be met with a
response" names one side and no meeting). A quote from a source that reports the stage
the item shows (a contact held, a movement completed) beats one from a source that
reports another: where sources disagree on the stage, the line shows the furthest or the
latest, and a quote of another source's "will speak by phone" under "held" would
contradict the line it stands on. Then one of readable
length beats a fragment, and a shorter one a longer: the same fact is usually stated most
plainly in its shortest report. Ties go to the earliest source.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from summarise.actors import countries_in, tokens
from summarise.briefing.model import (
    BriefingItem,
    ContactItem,
    MovementItem,
    QuoteInContext,
    Report,
)
from summarise.briefing.similarity import STOPWORDS

# A quote this long reads as a sentence; shorter is a fragment, longer a paragraph.
READABLE = range(40, 260)


@cache
def _contact_words() -> dict[str, frozenset[str]]:
    text = resources.files("summarise.briefing").joinpath("data", "quotes.toml")
    table: dict[str, list[str]] = tomllib.loads(text.read_text(encoding="utf-8"))["contact_words"]
    return {mode: frozenset(words) for mode, words in table.items()}


def states(item: BriefingItem, quote: QuoteInContext) -> bool:
    """Whether ``quote`` states the item itself: for a contact, names its mode."""
    if not isinstance(item, ContactItem):
        return True
    words = _contact_words().get(item.mode, frozenset())
    return not words or not words.isdisjoint(tokens(quote.span))


def participants_named(item: BriefingItem, quote: QuoteInContext) -> int:
    """How many of a contact's participants ``quote`` names, by a word of their name or by
    their country (0 for other items, where it decides nothing)."""
    if not isinstance(item, ContactItem):
        return 0
    words = set(tokens(quote.span))
    countries = countries_in(quote.span)
    return sum(
        1
        for p in item.participants
        if words & {w for w in tokens(p.name) if w not in STOPWORDS}
        or (p.country is not None and p.country in countries)
    )


def reports_shown_stage(item: BriefingItem, report: Report) -> bool:
    """Whether ``report`` gives the stage ``item`` shows, or none of its own (always, for
    a position, which has no stage)."""
    if not isinstance(item, ContactItem | MovementItem):
        return True
    return report.status is None or report.status == item.status


def best_quote(item: BriefingItem) -> tuple[int, QuoteInContext] | None:
    """The source number and quote to show for ``item``, or None if it has no quote."""
    quotes = [
        (r.source, r.grounded, q, reports_shown_stage(item, r))
        for r in item.reports
        for q in r.quotes
    ]
    if not quotes:
        return None
    source, _, quote, _ = min(
        quotes,
        key=lambda entry: (
            not entry[1],
            not entry[3],
            not states(item, entry[2]),
            -participants_named(item, entry[2]),
            len(entry[2].span) not in READABLE,
            len(entry[2].span),
            entry[0],
        ),
    )
    return source, quote


# Words of a topic or of forces that find where a quote states them: enough to be telling,
# few enough that a cut phrase still matches.
_ANCHOR_WORDS = 4


def anchor_at(item: BriefingItem, text: str) -> int | None:
    """Where in ``text`` (a quote of ``item``) the item itself is stated: a position's
    topic, a movement's forces, the first word of a contact's mode; None when the quote
    does not hold it word for word (a model's paraphrase). A quote cut for the short
    briefing is cut around it, so that a long sentence's opening ("Over the weekend Ms Berg
    will also weigh a number of options…") does not stand in for what it says."""
    if isinstance(item, ContactItem):
        words = _contact_words().get(item.mode, frozenset())
        found = [
            m.start() for m in re.finditer(r"[\w'\u2019-]+", text) if m.group().lower() in words
        ]
        return min(found) if found else None
    phrase = item.forces if isinstance(item, MovementItem) else item.topic
    opening = " ".join(phrase.split()[:_ANCHOR_WORDS]).lower()
    at = text.lower().find(opening) if opening else -1
    return at if at >= 0 else None
