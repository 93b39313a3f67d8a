"""Which punitive measures a clause takes, holds ready, prices or says are borne.

A punitive measure ("sanctions", "will impose", "export controls") is a stance cue of its
own (``stances``): taken by the holder it is a commitment, held ready or under a condition
a threat, borne ("an invasion would carry a huge human cost") a warning. Which of
these a clause says is read here, from the measure's place in the clause's grammar, so
that ``stances`` ranks the clause's cues and this module reads its measures.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.measure_kinds import (
    cost_had,
    harm_told,
    readied_after,
)
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.stance_senses import PASSIVE_BY
from summarise.extraction.backends.baseline.verb_forms import MODALS, PREDICTIVE_MODALS

# A modal just before a measure noun makes it a verb, every modal alike (the word after
# one is a bare infinitive, Quirk et al. 3.21): "will cost", "would cost", "must cost".
_PRICED = re.compile(rf"\b(?:{MODALS})\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "I would like to emphasise": a polite form, no modal of taking a measure.
_POLITE = re.compile(r"\s+like\b")


def measures_taken(
    text: str, start: int, end: int, found: list[re.Match[str]]
) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The clause's first punitive measure it takes itself, and the first it holds ready.
    Whether the clause takes a measure is one question for all its measure nouns; "the
    sanctions imposed by the West" (a passive action) is another's measure; "we are
    prepared to take further measures" holds one ready anywhere in the clause."""
    nouns = [m for m in found if category(m) != "action"]
    named = [m for m in nouns if _named(text, m, end)]
    taken = bool(nouns) and _taken(text, start, end, named)
    readied = [m for m in found if readied_after().match(text, m.end(), end)]
    measures = [
        m
        for m in found
        if (taken or category(m) == "action" or m in readied)
        and not PASSIVE_BY.match(text, m.end())
        and m not in named
        and not _describing(text, m, named)
    ]
    ready_before = load_lexicon().punitive_ready
    ready = next(
        (m for m in measures if m in readied or ready_before.search(text, start, m.start())),
        None,
    )
    return (measures[0] if measures else None), ready


def withholds(cue: re.Match[str], measures: list[re.Match[str]]) -> bool:
    """Whether the denial ``cue`` is the verb of a measure withholding something from a
    party ("deny Russia the benefits"), which begins at the same word."""
    return any(m.start() == cue.start() and category(m) == "action" for m in measures)


def priced(text: str, start: int, measure: re.Match[str]) -> bool:
    """A measure noun right after a modal is its verb ("will cost the aggressor dearly"),
    a price foretold; an action after one ("will ban") is still taken."""
    return (
        category(measure) == "measure" and _PRICED.search(text, start, measure.start()) is not None
    )


def borne_cost(
    text: str, start: int, end: int, measure: re.Match[str] | None
) -> re.Match[str] | None:
    """A cost or consequence the clause says is borne, not imposed ("an invasion would
    carry a terrible human cost", "defending freedom will have costs", "the region would
    feel its consequences", "it will bear the full responsibility for what follows", "the
    consequences will be very grave"): harm foretold, which the guide calls a warning; no
    party's measure."""
    if measure is None or category(measure) != "measure":
        return None
    suffered = load_lexicon().punitive_suffered
    if suffered.search(text, start, measure.start()) is not None or cost_had(text, start, measure):
        return measure
    return measure if harm_told(text, end, measure) else None


def _taken(text: str, start: int, end: int, named: list[re.Match[str]]) -> bool:
    """A measure taken by the holder: "will face sanctions", not "the measures taken by
    the West", nor "the measures announced last week" (a participle describing a measure
    only ``named``)."""
    return any(
        not PASSIVE_BY.match(text, m.end())
        and not _POLITE.match(text, m.end())
        and not _describing(text, m, named)
        for m in load_lexicon().punitive_taken.finditer(text, start, end)
    )


@cache
def _participles() -> re.Pattern[str]:
    """A participle of taking (lexicon.toml [punitive] named_by) as a whole word."""
    verbs = "|".join(read_data("lexicon.toml")["punitive"]["named_by"])
    return re.compile(rf"(?:{verbs})\b", re.IGNORECASE)


_SPACE = re.compile(r"\s+")


def _named(text: str, noun: re.Match[str], end: int) -> bool:
    """Whether the measure noun ``noun`` is only named, a participle of taking describing
    it right after it, a reduced relative clause ("the sanctions imposed on the USSR were
    kept", "they build on the measures we announced last week"): a measure taken before
    or by others, which the clause takes no further. Not when the clause carries it on, by
    a verb of keeping or widening before it ("will extend the sanctions imposed in 2014")
    or after it with a modal ("the sanctions imposed on Russia will remain in place",
    "the restrictions introduced last week would be extended to Belarus"): that keeps the
    measure taken (lexicon.toml [punitive] kept)."""
    space = _SPACE.match(text, noun.end())
    if space is None or _participles().match(text, space.end()) is None:
        return False
    kept_before, kept_after = _kept()
    floor = max(0, noun.start() - _KEPT_REACH)
    return (
        kept_before.search(text, floor, noun.start()) is None
        and kept_after.match(text, noun.end(), end) is None
    )


# How far before a measure noun a verb of keeping it may stand: "extend the new sanctions ".
_KEPT_REACH = 50


@cache
def _kept() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb of keeping a measure (lexicon.toml [punitive] kept) before its noun phrase
    ("extend the "), and after a named measure with a modal ("… will remain", "… would be
    extended")."""
    verbs = "|".join(read_data("lexicon.toml")["punitive"]["kept"])
    before = re.compile(
        rf"\b(?:{verbs})\s+(?:(?:the|these|those|all|its|their|our|such)\s+)?"
        r"(?:[a-z][\w-]*\s+){0,2}$",
        re.IGNORECASE,
    )
    after = re.compile(
        rf"\s+[^,;:.!?]*?\b(?:{PREDICTIVE_MODALS})\s+(?:not\s+)?(?:\w+ly\s+)?(?:be\s+)?"
        rf"(?:{verbs})\b",
        re.IGNORECASE,
    )
    return before, after


def _describing(text: str, verb: re.Match[str], named: list[re.Match[str]]) -> bool:
    """Whether ``verb`` is a participle of taking right after a measure noun only
    ``named`` ("imposed" in "the sanctions imposed on the USSR"); a modal there
    ("sanctions will follow") still takes the measure."""
    if _participles().fullmatch(verb.group()) is None:
        return False
    return any(n.end() < verb.start() and not text[n.end() : verb.start()].strip() for n in named)


# What may open a clause before its subject, a measure noun: "that", a determiner, up to
# two modifiers ("that sanctions", "the new Western sanctions").
_SUBJECT_OPENING = re.compile(
    r"[\W]*(?:that\s+)?(?:(?:the|these|those|such|any|all|our|their|its)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}",
    re.IGNORECASE,
)
# A participle phrase, then a modal of prediction before the clause ends: "imposed after
# an invasion would".
_FORETOLD_AFTER = re.compile(rf"\s+[^,;:.!?]*?\b(?:{PREDICTIVE_MODALS})\b", re.IGNORECASE)


def named_foretold(
    text: str, start: int, end: int, found: list[re.Match[str]]
) -> re.Match[str] | None:
    """A measure only named by a participle that opens its clause as the subject of a
    modal of prediction ("sanctions imposed after an invasion would be too late"): what
    it would do is foretold, a consequence predicted (the guide: `warn`), as for a measure
    only supposed in an if-clause. Not one whose agent the participle names ("the sanctions
    imposed by the West will not break us"), another party's act told."""
    for noun in (m for m in found if category(m) != "action"):
        if not _named(text, noun, end) or not _SUBJECT_OPENING.fullmatch(text, start, noun.start()):
            continue
        foretold = _FORETOLD_AFTER.match(text, noun.end(), end)
        if foretold is not None and not _BY.search(text, noun.end(), foretold.end()):
            return noun
    return None


_BY = re.compile(r"\bby\b", re.IGNORECASE)
