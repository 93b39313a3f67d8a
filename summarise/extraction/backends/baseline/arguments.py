"""An item's arguments read off its clause: the target, the topic, the time.

Shallow on purpose (no parser): the topic is the phrase after the stance cue, cut at the
first clause boundary, with the cue's own function words ("support for", "the importance
of", "that") stepped over, so a topic names the issue and never the stance word; the
target is the first party named after the cue that is not the holder's own side.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.lexicon import load_grammar, load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence

# A number with thousands separators is one word ("3,000 more troops"): its comma ends
# no topic.
_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])|[\w\u2019'.-]*\w|[^\w\s]")
_STOP_MARKS = frozenset(
    {",", ";", ":", ".", "!", "?", "(", ")", "\u2013", "\u2014", "\u201c", "\u201d", '"'}
)
_SKIP_LEADING = frozenset(
    {
        "for",
        "to",
        "of",
        "that",
        "on",
        "about",
        "with",
        "in",
        "over",
        "regarding",
        "the",
        "his",
        "her",
        "its",
        "their",
        "our",
        "a",
        "an",
        "and",
        "concerning",
        "as",
        "it",
        "this",
        "you",
        "also",
        "very",
        "much",
        "so",
        "your",
        "them",
        "us",
        "him",
        "again",
        "once",
    }
)
_CLOSING_QUOTES = frozenset({"\u201d", '"'})
_MAX_TOPIC_WORDS = 10
# Days and months: "on Monday", "in March" say when, not what or where.
CALENDAR = re.compile(
    r"(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_AND_AFTER = 4
_CUE_TAILS = re.compile(
    r"^\s*(?:(?:the\s+)?(?:importance|need|necessity|commitment|support|concern|hope|"
    r"gratitude|readiness|intention|position)\s+(?:of|for|to|about|that|regarding)\s+)",
    re.IGNORECASE,
)


@cache
def _trailing_words() -> frozenset[str]:
    """Words a topic may not end on; built once, as a union is a new set every time."""
    return _SKIP_LEADING | load_grammar().prepositions


def topic_after(text: str, start: int, end: int) -> str | None:
    """The phrase naming the issue after position ``start``, or None."""
    tail = _CUE_TAILS.match(text, start, end)
    if tail is not None:
        start = tail.end()
    grammar = load_grammar()
    words: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, start, end):
        token = m.group()
        lower = token.lower()
        if token in _STOP_MARKS:
            # '…," the President said': after a quotation closed, the reporting clause.
            if words or (token in _CLOSING_QUOTES and text[m.start() - 1 : m.start()] in ",."):
                break
            continue
        # A clause opener ends the topic; "and" only once the topic has some length
        # ("support for peace and security" keeps both).
        opener = lower in grammar.clause_openers or lower in ("and", "but", "which", "who")
        if words and opener and (lower != "and" or len(words) >= _AND_AFTER):
            break
        if not words and lower in _SKIP_LEADING:
            continue
        words.append(m.span())
        if len(words) >= _MAX_TOPIC_WORDS:
            break
    trailing = _trailing_words()
    while words and text[words[-1][0] : words[-1][1]].lower() in trailing:
        words.pop()
    if not words:
        return None
    return text[words[0][0] : words[-1][1]].strip(' ,.;:\u201c\u201d"') or None


def target_after(
    mentions: list[Mention], start: int, end: int, holder: ActorRef
) -> ActorRef | None:
    """The first party after ``start`` that is not the holder's own side."""
    for m in mentions:
        if m.start < start or m.end > end or m.ref is None:
            continue
        if m.kind in ("first", "outlet", "joint"):
            continue
        if m.ref.side == holder.side or m.ref == holder:
            continue
        return m.ref
    return None


def owner_before(
    text: str, mentions: list[Mention], start: int, cue: int, holder: ActorRef
) -> ActorRef | None:
    """ "Kiev's chronic sabotage of …": with no party after the cue, the owner of the
    conduct named just before it is the target."""
    for m in reversed(mentions):
        if m.end > cue or m.start < start:
            continue
        if not m.possessive or m.ref is None or m.ref.side == holder.side:
            return None
        gap = text[m.end : cue].split()
        return m.ref if len(gap) <= _OWNER_GAP else None
    return None


_OWNER_GAP = 3


def when_in(sentence: Sentence) -> str | None:
    m = sentence.scan.first(load_lexicon().when, sentence.start, sentence.end)
    return m.group() if m is not None else None


# How parties spoke is never what they spoke about ("over the phone"); a purpose after it
# is ("over the phone in an attempt to stop the war").
_PURPOSE = re.compile(r"\s*(?:in (?:an attempt|a bid|order) to|to)\s+", re.IGNORECASE)


def contact_topic(text: str, start: int, end: int) -> str | None:
    """What was discussed: after "about", "on", "to discuss"; "on Monday" says when."""
    grammar = load_grammar()
    for m in load_lexicon().contact_topics.finditer(text, start, end):
        topic = topic_after(text, m.end(), end)
        if topic is None or CALENDAR.match(topic):
            continue
        if topic.split()[0].lower() in grammar.media:
            medium_end = text.index(topic, m.end()) + len(topic.split()[0])
            purpose = _PURPOSE.match(text, medium_end, end)
            if purpose is None:
                continue
            topic = topic_after(text, purpose.end(), end)
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
    invasion in Ukraine" places an event, not the meeting."""
    stop = _CLAUSE_END.search(text, start, end)
    found = _LOCATION.search(text, start, stop.start() if stop is not None else end)
    if found is None or CALENDAR.fullmatch(found["place"]):
        return None  # "to visit Warsaw in May": a time, not a place
    before = text[max(start, found.start() - 30) : found.start()].split()
    if before and before[-1].lower().strip(",") in load_grammar().event_nouns:
        return None
    return found["place"]


# A date belongs to a contact when it follows the trigger at once: "by phone on January 2".
_DATED_AFTER = 3


def dated_after(sentence: Sentence, trigger: re.Match[str]) -> str | None:
    """The time expression right after a trigger, which is the contact's own: "will come
    here in two days", "by phone on January 2"."""
    lexicon = load_lexicon()
    dated = sentence.scan.first(lexicon.when, trigger.end(), sentence.end)
    if dated is None or dated.start() - trigger.end() > _DATED_AFTER:
        return None
    return dated.group()


def same_time(a: str | None, b: str | None) -> bool:
    """Two time expressions that may name one occasion: either unstated, or the same words
    ("on Monday", "Monday")."""
    return a is None or b is None or _time_key(a) == _time_key(b)


_TIME_PREPOSITION = re.compile(r"^(?:on|in|at|during|earlier|later|the)\s+")


def _time_key(when: str) -> str:
    return _TIME_PREPOSITION.sub("", when.lower()).strip()
