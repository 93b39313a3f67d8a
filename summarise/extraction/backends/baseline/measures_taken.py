"""Which punitive measures a clause takes, holds ready, prices or says are borne.

A punitive measure ("sanctions", "will impose", "export controls") is a stance cue of its
own (``stances``): taken by the holder it is a commitment, held ready or under a condition
a threat, borne ("an invasion would carry an enormous human cost") a warning. Which of
these a clause says is read here, from the measure's place in the clause's grammar, so
that ``stances`` ranks the clause's cues and this module reads its measures.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.measure_kinds import (
    cost_had,
    harm_told,
    readied_after,
)
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.stance_senses import PASSIVE_BY
from summarise.extraction.backends.baseline.verb_forms import MODALS

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
    taken = any(category(m) != "action" for m in found) and _taken(text, start, end)
    readied = [m for m in found if readied_after().match(text, m.end(), end)]
    measures = [
        m
        for m in found
        if (taken or category(m) == "action" or m in readied)
        and not PASSIVE_BY.match(text, m.end())
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
    carry an enormous human cost", "defending freedom will have costs", "the region would
    feel its consequences", "it will bear full responsibility for the consequences", "the
    consequences will be very grave"): harm foretold, which the guide calls a warning; no
    party's measure."""
    if measure is None or category(measure) != "measure":
        return None
    suffered = load_lexicon().punitive_suffered
    if suffered.search(text, start, measure.start()) is not None or cost_had(text, start, measure):
        return measure
    return measure if harm_told(text, end, measure) else None


def _taken(text: str, start: int, end: int) -> bool:
    """A measure taken by the holder: "will face sanctions", not "the measures taken by
    the West"."""
    return any(
        not PASSIVE_BY.match(text, m.end()) and not _POLITE.match(text, m.end())
        for m in load_lexicon().punitive_taken.finditer(text, start, end)
    )
