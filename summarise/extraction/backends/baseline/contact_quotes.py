"""The stretch a contact's quote covers: its sentence, or the clause of it that tells the
contact when the sentence tells other things in other clauses.

A reader checks a contact against the words that report it. "X called for a ceasefire,
and restated Turkey's readiness to host a meeting of A and B in Ankara" reports the
offer to meet in its second clause only; quoting the whole sentence hands the reader the
ceasefire too, and makes the quote overlap the first clause's item as much as its own.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import HAVE, IRREGULAR_PASTS, MODALS

_SEMICOLON = re.compile(r";")
# A comma and a coordinator before a clause of its own (Quirk et al. 13.7): a second
# predicate ("…, and reiterated", "…, and has offered", "…, but will not"), a subject
# pronoun ("…, and I will receive"), or a fronted time or place opening the next clause
# ("…, and next week I will …", "…, and on the same day the Secretary General sent …").
# Without the comma, a second predicate in the past ("stressed the need for a ceasefire and
# reaffirmed his offer to host …"). Never a list's last member ("France, Germany, and
# Poland"): what follows the coordinator there is a noun phrase.
_NEXT_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?=(?:(?:also|then|later|separately)\s+)?"
    rf"(?:[a-z]+(?:ed|es)\b|(?:{IRREGULAR_PASTS}|{MODALS}|{HAVE})\b)"
    r"|(?:I|we|he|she|they)\s"
    r"|(?:next|last|this|on|in|at|later|earlier|today|yesterday|tomorrow)\s)"
    r"|\s+(?:and|but)\s+(?=(?:(?:also|then|later)\s+)?"
    rf"(?:[a-z]+ed|{IRREGULAR_PASTS})\s)"
)


def clause_end(text: str, start: int, end: int) -> int:
    """Where the clause running at ``start`` ends before ``end``: at the comma and
    coordinator of the next clause of its own ("…, and invited the Chancellor to visit"),
    else ``end``."""
    joined = _NEXT_CLAUSE.search(text, start, end)
    return joined.start() if joined is not None else end


def contact_quote(
    text: str, sentence: Sentence, trigger: re.Match[str], triggers: list[re.Match[str]]
) -> tuple[int, int]:
    """The sentence, or the clause of it holding the trigger: between semicolons or
    coordinated clauses when the sentence tells several occasions that way ("X is coming
    tomorrow; Y will be here on Friday", "We met with X and held a council meeting with
    Y"), and a coordinated clause that is not the sentence's first ("X called for a
    ceasefire, and reiterated the offer to host …"): the first clause carries the
    sentence's subject and stays whole when it tells the only occasion."""
    for cuts in (_SEMICOLON, _NEXT_CLAUSE):
        spans = _clauses(text, sentence, cuts)
        held = {_clause(spans, t.start()) for t in triggers}
        own = _clause(spans, trigger.start())
        if len(held) > 1 or (cuts is _NEXT_CLAUSE and own[0] > sentence.start):
            start, end = own
            return start, end - 1 if text[end - 1] in ";," else end
    return sentence.start, sentence.end


def _clauses(text: str, sentence: Sentence, cuts: re.Pattern[str]) -> list[tuple[int, int]]:
    """The sentence cut after each match of ``cuts``: each clause from the word after the
    mark or coordinator to the mark before the next."""
    joins = list(cuts.finditer(text, sentence.start, sentence.end))
    starts = [sentence.start, *(j.end() for j in joins)]
    ends = [*(j.start() if cuts is _NEXT_CLAUSE else j.end() for j in joins), sentence.end]
    return list(zip(starts, ends, strict=True))


def _clause(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return next((span for span in spans if span[0] <= pos < span[1]), spans[-1])


_CLAUSE_END = re.compile(r"[,;]")


def relative_quote(
    text: str, sentence: Sentence, relative: int, trigger: re.Match[str]
) -> tuple[int, int]:
    """The relative clause that tells an occasion beside the main clause's ("met X, who
    came to Ukraine on a joint visit"): from its "who" to the comma, semicolon or end of
    sentence after the trigger, so the quote is the occasion's and not the meeting's."""
    opened = text.find("who", relative, trigger.start())
    start = opened if opened >= 0 else sentence.start
    closed = _CLAUSE_END.search(text, trigger.end(), sentence.end)
    end = closed.start() if closed is not None else sentence.end
    return start, end - 1 if text[end - 1] in ".!?" else end
