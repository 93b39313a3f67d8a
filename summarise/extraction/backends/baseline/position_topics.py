"""What a position is about: the proposition its clause states, never the saying of it.

Apart from ``positions`` because the topic is read once the clause and its cue are known,
from the words around the cue (its subject, what follows it, a condition or the main clause
after one), and changes with the guide's reading of topics, not with which clause holds a
view or whose it is.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from summarise.extraction.backends.baseline.colon_frames import last_frame
from summarise.extraction.backends.baseline.governing import MODAL
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.linking import linking_adverbial
from summarise.extraction.backends.baseline.stances import StanceCue
from summarise.extraction.backends.baseline.times import CALENDAR
from summarise.extraction.backends.baseline.topic_bounds import (
    antecedent_before,
    past_addressee,
    subject_before,
    thanked_for,
    topic_start,
)
from summarise.extraction.backends.baseline.topics import plain_topic, topic_span


class Topic(NamedTuple):
    """What a view is about, and where it sits in the text: what reads on from a topic
    (``topic_conjuncts``, ``topic_bounds``) starts where it ends, not where a search for its
    words would find them first ("Asked about sanctions on Russia and Iran, she said she
    supports sanctions on Russia"). No span for a topic the text does not hold as written
    ("Poland\u2019s help" for "Poland for its help")."""

    words: str
    span: tuple[int, int] | None


def topic_of(
    text: str, piece: tuple[int, int], cue: StanceCue, said_from: int, floor: int
) -> Topic | None:
    """What the view is about: what the cue's subject stands for, else the words after the
    cue, else (a modal or a condition) the proposition said; never the saying itself."""
    piece_end = piece[1]
    topic_from = (
        topic_start(text, (cue.start, cue.end), cue.stance, floor, piece_end)
        if cue.end > cue.start
        else said_from
    )
    # "thanked Britain for the second batch of weapons": what it is thanked for.
    thanked = thanked_for(text, (cue.start, cue.end), piece_end) if topic_from == cue.end else None
    if thanked is not None:
        topic_from = thanked[1]
    # Modal cues: what must happen is the whole clause, not what follows the modal.
    if MODAL.fullmatch(text, cue.start, cue.end):
        # "added that the talks must continue": the proposition, its subject included.
        topic_from = _main_clause(text, _after_colon(text, said_from, cue.start), piece_end)
    scope_end = piece_end if cue.until is None else cue.until
    subject = subject_before(text, said_from, cue.start) or antecedent_before(
        text, said_from, cue.start, cue.stance
    )
    span = None
    if subject is not None:
        span = _proposition(text, topic_span(text, *subject), end=subject[1])
    span = span or _proposition(text, topic_span(text, topic_from, scope_end), end=scope_end)
    topic = None if span is None else text[span[0] : span[1]]
    if topic_from == cue.end > cue.start and _condition_at(text, cue.end, piece_end):
        # "will respond decisively if Russia invades", "a tragedy if the escalation
        # begins": the condition says when, the cue what.
        condition = topic_span(text, cue.end, piece_end)
        if condition is None:
            span = topic = None
        else:
            topic = f"{text[cue.start : cue.end]} {text[condition[0] : condition[1]]}"
            # No span when more than a space parts them ("respond, if …"): not as written.
            written = topic == text[cue.start : condition[1]]
            span = (cue.start, condition[1]) if written else None
    if topic is None:
        # "warned that if Ukraine does not withstand, Russian aggression will not stop at
        # the border": what is warned of is the clause the condition opens onto.
        opened = _condition_after(text, cue, piece_end)
        main = _main_clause(text, said_from if opened is None else opened, piece_end)
        span = _proposition(text, topic_span(text, main, piece_end), end=piece_end)
        topic = None if span is None else text[span[0] : span[1]]
    if topic is not None and thanked is not None and thanked[0] is not None:
        topic = f"{_possessive(thanked[0])} {topic}"  # "Poland for its help": Poland's help
        span = None
    return None if topic is None else Topic(plain_topic(topic), span)


def _possessive(party: str) -> str:
    return f"{party}\u2019" if party.endswith("s") else f"{party}\u2019s"


def _proposition(text: str, span: tuple[int, int] | None, *, end: int) -> tuple[int, int] | None:
    """A topic names what was said, never the saying: "underscored that X" is X, and a
    topic that is only a reporting clause ("the President said") or a day names nothing."""
    if span is None:
        return None
    topic = text[span[0] : span[1]]
    if not _WORDY.search(topic) or _only_a_linking_adverbial(topic):
        return None
    at = span[0]
    frame = _SPEAKER_FRAME.match(text, at, end)
    said_at = frame.end() if frame is not None else at
    skip = load_lexicon().speech.match(text, said_at, end) or CALENDAR.match(text, at, end)
    if skip is not None:
        said = past_addressee(text, skip.end(), end)
        return _proposition(text, topic_span(text, said, end), end=end)
    return span


# A speaker framing what they say ("I want to emphasise that …", "we must stress"): the
# frame, like a verb of saying, is not the topic.
_SPEAKER_FRAME = re.compile(
    r"(?:I|we)\s+(?:(?:want|wish|would like|have|need)\s+to\s+|must\s+|should\s+|can\s+|"
    r"(?:would|will)\s+)?(?:also\s+|again\s+)?",
    re.IGNORECASE,
)


def _only_a_linking_adverbial(topic: str) -> bool:
    """ "At the same time, the supply of weapons is growing, and we are told all of this is
    only defensive": a linking adverbial read as the whole topic links, and names nothing.
    ("Nor, to be fair, does any of us believe …": "nor" carries the clause's negation.)"""
    return topic.strip(" ,").lower() in load_grammar().continuing_adverbials


# A topic names something in words: not a bare figure ("3") or an initial.
_WORDY = re.compile(r"[^\W\d_]{3}")


def _main_clause(text: str, start: int, end: int) -> int:
    """ "If Russia walks away from diplomacy, it will bear the responsibility": what was
    said is the main clause after an opening condition, and after a linking adverbial ("At
    the same time, we stand ready to respond"), which ties the sentence to the one before and
    is no part of what it says."""
    linked = linking_adverbial(text, start, end)
    start = start if linked is None else linked[1] + 1
    if not _condition_at(text, start, end):
        return start
    # The comma closing the condition, not one before it ("warned that, if Ukraine falls, …").
    gap = _NON_WORD.match(text, start, end)
    comma = text.find(",", gap.end() if gap is not None else start, end)
    return comma + 1 if comma >= 0 else start


_NON_WORD = re.compile(r"\W*")


def _after_colon(text: str, start: int, cue: int) -> int:
    """Where the clause of a modal cue begins when a frame a colon closes stands before it
    ("Our position has been clear: Russia must withdraw its forces", ``last_frame``): after
    the colon. The frame says that something is said; the modal's proposition is what
    follows, whoever's words the frame says they are."""
    frame = last_frame(text, start, cue)
    return start if frame is None else frame.said


def _condition_after(text: str, cue: StanceCue, end: int) -> int | None:
    """Where a conditional clause opens right after the cue and its "that" ("warned that if
    …"), or None: a cue whose own clause names nothing before the condition."""
    if cue.end <= cue.start:
        return None
    that = _THAT.match(text, cue.end, end)
    pos = cue.end if that is None else that.end()
    return pos if _condition_at(text, pos, end) else None


_THAT = re.compile(r"\s+that\b", re.IGNORECASE)


def _condition_at(text: str, pos: int, end: int) -> bool:
    """A conditional clause opens at ``pos`` ("if Russia invades", "in case …"); a
    condition named by a noun ("any attack") is the cue's object, not a clause."""
    gap = _NON_WORD.match(text, pos, end)
    pos = gap.end() if gap is not None else pos
    found = load_lexicon().conditions.match(text, pos, end)
    if found is None:
        return False
    grammar = load_grammar()
    words = found.group().lower()
    return words.split()[0] in grammar.clause_openers or words in grammar.clause_opener_phrases
