"""A threat's condition, which is part of what the threat is about.

A threat is a measure promised on a condition, and the guide names its topic by both:
"sanctions if Russia invades Ukraine", "military-technical measures if NATO ignores
Russia's demands". The topic cut after the cue names the measure alone ("If Russia further
invades Ukraine, we will impose severe and swift costs" → "severe and swift costs"), so the
clause's condition, before the cue or after it, is joined to it as written: "severe and
swift costs if Russia further invades Ukraine". Only a condition that opens a clause of its
own counts ("if", "unless", an inverted "should", "in case", "in the event"); a condition
named by a noun ("any attack") is already the cue's object. The condition is kept apart
from the topic until the item is written (``PositionDraft.condition``): two threats on one
condition ("no meeting if Russia goes in", "Nord Stream 2 … if Russia invades") are two
measures, and restatements are found by what is threatened, not by what it hangs on.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.patterns import FULL_STOP
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.targets import target_after
from summarise.extraction.backends.baseline.topics import topic_span


class Condition(NamedTuple):
    """A threat's condition as written ("if Russia further invades Ukraine"), and where."""

    said: str
    start: int
    end: int
    # Where the condition's clause begins after its opener ("if", "should", "in the event").
    opened: int


def condition_of(
    text: str, topic: str, cue: tuple[int, int], start: int, end: int
) -> Condition | None:
    """The condition of the threat whose cue is at ``cue``, to join after its ``topic``:
    the nearest condition closed before the cue between ``start`` and ``end``, else the
    first after the cue; None when the topic already names one or the clause has none."""
    if _NAMES_CONDITION.search(topic):
        return None
    before: tuple[int, int, int] | None = None
    after: tuple[int, int, int] | None = None
    for found in load_lexicon().conditions.finditer(text, start, end):
        span = _condition_clause(text, found, end)
        if span is None or _concedes_or_compares(text, span[0], topic):
            continue
        if span[1] <= cue[0]:
            if _CLOSED.match(text, span[1], cue[0]) is not None:
                before = span
        elif found.start() >= cue[1] and after is None:
            after = span
    chosen = before or after
    if chosen is None:
        return None
    said = " ".join(text[chosen[0] : chosen[1]].split())
    if said.split(maxsplit=1)[-1] in topic:
        return None  # "sanctions in case of aggression", its opener left out of the cut
    return Condition(said[:1].lower() + said[1:], *chosen)


def _concedes_or_compares(text: str, start: int, topic: str) -> bool:
    """Whether the "if" at ``start`` is no condition: "even if Russia does not invade"
    concedes that the step comes whatever happens (Quirk et al. 15.39), "as if Moscow had not
    been warned" compares (15.51). Joined after the topic without its first word, either
    would read as the step's condition; when the topic's cut ends on that word ("sanctions
    even"), joining it gives the words as written ("sanctions even if Europe hesitates")."""
    before = text[max(0, start - _LOOK_BACK) : start].split()
    if not before or before[-1].lower() not in _NOT_CONDITIONING:
        return False
    return topic.lower().split()[-1:] != [before[-1].lower()]


def threatened(
    text: str, mentions: list[Mention], condition: Condition, holder: ActorRef
) -> ActorRef | None:
    """The party a threat is aimed at when its own clause names none: the condition's
    subject, whose step it names ("If Russia further invades Ukraine, we will impose severe
    costs" is aimed at Russia; "should Moscow escalate", at Russia), never the holder's side;
    a party the step is done to ("if anyone attacks Belarus") is not."""
    determiners = load_grammar().determiners
    for mention in mentions:
        if mention.start < condition.opened or mention.start >= condition.end:
            continue
        gap = text[condition.opened : mention.start].split()
        if len(gap) > _SUBJECT_GAP or any(w.lower() not in determiners for w in gap):
            return None
        return target_after(text, [mention], mention.start, condition.end, holder)
    return None


# Only determiners stand before a condition's subject: "if the Kremlin", "in the event that
# Western countries".
_SUBJECT_GAP = 2


def _condition_clause(text: str, found: re.Match[str], end: int) -> tuple[int, int, int] | None:
    """The span of the condition that opens a clause at ``found``, and where its clause
    begins after the opener, or None: "if Russia
    invades", "should Moscow escalate further", "in case of further aggression"; not an
    inverted-looking "should" after its subject ("the West should not go further")."""
    words = found.group().lower()
    first = words.split()[0]
    grammar = load_grammar()
    if first == "should":
        before = text[max(0, found.start() - _LOOK_BACK) : found.start()].split()
        if before and before[-1][-1:].isalnum() and before[-1].lower() not in _BEFORE_INVERSION:
            return None
    elif first not in _OPENERS and not any(
        words.startswith(phrase) for phrase in grammar.clause_opener_phrases
    ):
        return None
    # The condition's clause ends at its comma: "Should Moscow escalate further, the
    # United States …" is all condition before it.
    mark = _CLAUSE_MARK.search(text, found.end(), end)
    stop = mark.start() if mark is not None else end
    rest = topic_span(text, found.end(), stop)
    if rest is not None and " " not in text[rest[0] : rest[1]] and " " not in words:
        return None  # "if necessary", "if needed": no condition named
    if rest is not None:
        stop = rest[1]
    elif len(words.split()) == 1:
        return None  # "if so", "unless otherwise": no condition named
    else:
        stop = found.end()
    return found.start(), stop, _opened(text, found, words, stop)


def _opened(text: str, found: re.Match[str], words: str, stop: int) -> int:
    """Where the condition's clause begins: after "if", "unless" or an inverted "should",
    or after the phrase that opens it and its "of" or "that" ("in case of", "in the event
    that")."""
    first = words.split(maxsplit=1)[0]
    if first == "should" or first in _OPENERS:
        return found.start() + len(first)
    phrase = next(p for p in load_grammar().clause_opener_phrases if words.startswith(p))
    tail = _PHRASE_TAIL.match(text, found.start() + len(phrase), stop)
    return found.start() + len(phrase) if tail is None else tail.end()


# The subordinators of condition (Quirk et al. 15.34): "once" and "whatever" are left out,
# as they say when or concede, not on what condition.
_OPENERS = frozenset({"if", "unless"})
# The word a phrase that opens a condition takes before its clause ("in case of").
_PHRASE_TAIL = re.compile(r"\s+(?:of|that)\b", re.IGNORECASE)
# What ends a condition's clause; not an abbreviation's full stops ("if U.S. troops …").
_CLAUSE_MARK = re.compile(rf"[,;:!?\u2013\u2014]|{FULL_STOP}")
# A condition already in the topic ("respond decisively if Russia invades").
_NAMES_CONDITION = re.compile(r"\b(?:if|unless|in case|in the event)\b", re.IGNORECASE)
# A condition before the cue is its own clause, closed by a comma before the consequence.
_CLOSED = re.compile(r"[^,;:.!?]{0,40}?,")
# A word just before "should" is its subject or a verb: no inversion, so no condition; a
# conjunction or "that" may stand there ("and should Russia invade", "that should it").
_BEFORE_INVERSION = frozenset({"that", "and", "but", "or", "so"})
_LOOK_BACK = 20
# The words before "if" that make it a concession or a comparison (``_concedes_or_compares``).
_NOT_CONDITIONING = frozenset({"even", "as"})
