"""A contact's arguments read off its clause: what was discussed ("about", "on", "to
discuss", never how or how long they spoke) and where the parties met ("in Geneva").
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.times import CALENDAR
from summarise.extraction.backends.baseline.topics import topic_after, topic_span

# How parties spoke is never what they spoke about ("over the phone"); a purpose after it
# is ("over the phone in an attempt to stop the war").
_PURPOSE = re.compile(r"\s*(?:in (?:an attempt|a bid|order) to|to)\s+", re.IGNORECASE)
# "spoke for about an hour": "about" an amount of time says how long, not what about.
_DURATION = re.compile(r"(?:(?:an?|one|two|three|half an?|\d+)\s+)?(?:hours?|minutes?)\b")


def contact_topic(text: str, start: int, end: int) -> str | None:
    """What was discussed: after "about", "on", "to discuss"; "on Monday" says when."""
    grammar = load_grammar()
    for m in load_lexicon().contact_topics.finditer(text, start, end):
        span = topic_span(text, m.end(), end)
        if span is None:
            continue
        topic = text[span[0] : span[1]]
        if CALENDAR.match(topic) or _DURATION.match(topic):
            continue
        first = topic.split()[0]
        if first.lower() in grammar.media:
            purpose = _PURPOSE.match(text, span[0] + len(first), end)
            if purpose is None:
                continue
            return topic_after(text, purpose.end(), end)
        return topic
    return None


_LOCATION = re.compile(
    r"\b(?:in|at)\s+(?P<place>(?:the\s+)?(?:[A-Z][\w\u2019'-]+)(?:\s+[A-Z][\w\u2019'-]+){0,2})"
)
_CLAUSE_END = re.compile(
    r"[;:.!?]|,\s+(?:which|who|as|while|where|after|amid)\b|\s(?:amid|as|while)\s"
)


def place_after(text: str, start: int, end: int) -> str | None:
    """Where parties met: "in Geneva", "at the Elysee", in the trigger's own clause; "an
    invasion in Ukraine" places an event, not the meeting; "a meeting in the Normandy
    format" names who meets (a format stands for its states), not where."""
    stop = _CLAUSE_END.search(text, start, end)
    found = _LOCATION.search(text, start, stop.start() if stop is not None else end)
    if found is None or CALENDAR.fullmatch(found["place"]):
        return None  # "to visit Warsaw in May": a time, not a place
    grammar = load_grammar()
    if found["place"].removeprefix("the ") in dict(grammar.formats):
        return None
    before = text[max(start, found.start() - 30) : found.start()].split()
    if before and before[-1].lower().strip(",") in grammar.event_nouns:
        return None
    return found["place"]
