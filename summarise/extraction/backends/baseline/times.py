"""When: the time expression of a sentence or right after a trigger, and whether two
name one occasion; the names of days and months, which say when, not what or where.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.sentence import Sentence

# The months, which date a year told ("in August 1968").
MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
# Days and months: "on Monday", "in March" say when, not what or where.
CALENDAR_NAMES = rf"(?:{MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
CALENDAR = re.compile(rf"(?:the\s+)?{CALENDAR_NAMES}\b")


def before_the_article(year: str | None, this_year: int | None) -> bool:
    """Whether a year told is before the article's own, so tells history (the guide:
    historical narrative is background); one of the article's own year or later dates news
    or a plan ("will deploy … in 2023"). "Years ago" (no year) always is before, and an
    undated article's years are taken for the past, as most years named in such texts are."""
    return year is None or this_year is None or int(year) < this_year


def when_in(sentence: Sentence) -> str | None:
    """The sentence's first time expression (lexicon ``when``): an item is dated by the
    sentence that tells it, wherever in it the time stands ("On Monday, the two leaders
    spoke by phone")."""
    m = sentence.scan.first(load_lexicon().when, sentence.start, sentence.end)
    return m.group() if m is not None else None


# A date belongs to a contact when it follows the trigger at once: "by phone on January 2".
_DATED_AFTER = 3
# "We spoke on the phone only last Saturday": a focusing adverb (Quirk et al. 8.116) before
# the date limits the date, which is still the contact's own.
_FOCUSING = re.compile(r"\s+(?:only|just|as recently as)(?=\s)")
_PLACED = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,2}")


def dated_after(sentence: Sentence, trigger: re.Match[str]) -> str | None:
    """The time expression right after a trigger, which is the contact's own: "will come
    here in two days", "by phone on January 2"."""
    lexicon = load_lexicon()
    starts = [trigger.end()]
    # "their talks in Beijing on February 4": the place the contact was held may come first;
    # but "met in March" is dated at once, and a month is no place to step over.
    placed = _PLACED.match(sentence.text, trigger.end(), sentence.end)
    if placed is not None:
        starts.append(placed.end())
    focused = _FOCUSING.match(sentence.text, starts[-1], sentence.end)
    if focused is not None:
        starts.append(focused.end())
    for start in starts:
        dated = sentence.scan.first(lexicon.when, start, sentence.end)
        if dated is not None and dated.start() - start <= _DATED_AFTER:
            return dated.group()
    return None


def same_time(a: str | None, b: str | None) -> bool:
    """Two time expressions that may name one occasion: either unstated, or the same words
    ("on Monday", "Monday")."""
    return a is None or b is None or _time_key(a) == _time_key(b)


_TIME_PREPOSITION = re.compile(r"^(?:on|in|at|during|earlier|later|the)\s+")


def _time_key(when: str) -> str:
    return _TIME_PREPOSITION.sub("", when.lower()).strip()
