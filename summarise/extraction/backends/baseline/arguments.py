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

_TOKEN = re.compile(r"[\w\u2019'.-]*\w|[^\w\s]")
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
            if words:
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


def when_in(sentence: Sentence) -> str | None:
    m = sentence.scan.first(load_lexicon().when, sentence.start, sentence.end)
    return m.group() if m is not None else None
