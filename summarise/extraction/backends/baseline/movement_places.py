"""Where a movement goes: the place phrase after its forces and trigger ("to Poland and
Germany", "along the border"), never a time ("in March"), a purpose or a reason ("in
response to Russia's manoeuvres").

Apart from ``movements`` because the place is read the same way whatever the activity,
and its words come from the actor vocabulary, not from the verb classes.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.actors import phrase_key, vocabulary
from summarise.extraction.backends.baseline.arguments import CALENDAR
from summarise.extraction.backends.baseline.lexicon import load_grammar
from summarise.extraction.backends.baseline.quantities import Forces

_PLACE = re.compile(
    r"\s+(?P<prep>to|into|on|along|near|at|around|in|inside|towards|across)\s+"
    r"(?P<place>(?:the\s+)?(?:[\w\u2019'-]+\s+){0,3}?"
    r"(?:[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+)*(?:['\u2019]s)?"
    r"(?:\s+(?:borders?|border|flank|region|territory|airspace|cities))?"
    r"|borders?|flank|region|territory|airspace|front))"
)
_ORIGIN = re.compile(
    r"\s+from\s+(?P<place>(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+)*(?:\s+(?:region|border|bases?))?)"
)
# Where the forces are now, before where they go: "forces already in Europe to the east".
_WHERE_NOW = re.compile(
    r"\s+(?:(?:already|currently|now|based|stationed)\s+)+in\s+(?:the\s+)?"
    r"[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+)*(?=\s+(?:to|into|towards)\s)"
)
_AND_PLACE = re.compile(r"\s+and\s+(?P<place>[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+)*)")

_TRIGGER_PREPOSITION = re.compile(r"\s+(?:to|into|towards|in|inside)$")


@cache
def _place_phrases() -> frozenset[tuple[str, ...]]:
    vocab = vocabulary()
    return frozenset(vocab.country_phrases) | frozenset(vocab.seat_phrases)


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(d for c in vocabulary().countries.values() for d in c.demonyms)


def _opens_side_remark(text: str, pos: int) -> bool:
    rest = text[pos : pos + 40].lstrip().lower()
    return any(rest.startswith(phrase) for phrase in load_grammar().clause_opener_phrases)


def _place_from(trigger: re.Match[str], forces: Forces | None) -> int:
    """Where the place phrase may start: after the forces and the trigger; a trigger that
    ends in its preposition ("move to", "landed in") leaves it to the place ("to Poland")."""
    end = trigger.end()
    prep = _TRIGGER_PREPOSITION.search(trigger.group())
    if prep is not None:
        end = trigger.start() + prep.start()
    return max(end, forces.end if forces is not None else 0)


def _destination(place: re.Match[str] | None, text: str, end: int) -> str | None:
    """Where the forces go; "in March" is a time, and "to see off Russian bombers" a
    purpose, not a place. A second place joined by "and" goes with the first ("to Poland
    and Germany"); a name only when the vocabulary knows it as a place."""
    if place is None or CALENDAR.match(place["place"]):
        return None
    if place["place"].split()[-1] in _demonyms():
        return None
    prep, where = place["prep"], place["place"]
    more = _AND_PLACE.match(text, place.end(), end)
    if more is not None and phrase_key(more["place"]) in _place_phrases():
        where = f"{where} and {more['place']}"
    return f"{prep} {where}" if prep in ("on", "along", "near", "at", "around", "across") else where


def origin(text: str, trigger: re.Match[str], forces: Forces | None, clause_end: int) -> str | None:
    """Where the forces come from: "800 soldiers from Italy to the Baltic region",
    "the withdrawal of units from Crimea", "soldiers from Fort Bragg will be sent"."""
    found = _ORIGIN.match(text, _place_from(trigger, forces), clause_end)
    if found is None and forces is not None and forces.end <= trigger.start():
        found = _ORIGIN.match(text, forces.end, trigger.start())  # "soldiers from X will go"
    if found is None or CALENDAR.search(found["place"]):
        return None
    return found["place"]


def destination(
    text: str, trigger: re.Match[str], forces: Forces | None, clause_end: int
) -> str | None:
    """The place the forces of ``trigger`` go to, if the clause names one; past the place
    they come from ("from Italy to the Baltic region")."""
    start = _place_from(trigger, forces)
    came = _ORIGIN.match(text, start, clause_end) or _WHERE_NOW.match(text, start, clause_end)
    place = _PLACE.match(text, came.end() if came is not None else start, clause_end)
    if place is not None and _opens_side_remark(text, place.start()):
        return None  # "in response to Russia's manoeuvres" is a reason, not a place
    return _destination(place, text, clause_end)
