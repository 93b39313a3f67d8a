"""Which forces phrase before a trigger is its subject: a list, forces with their
inclusion or with what they bring, a coordination, the phrase opening the clause, and not
one inside a dash parenthesis. Apart from ``movement_forces`` because these are the shapes
of a subject noun phrase (Quirk et al. 9.47, 15.54, 17.65), whatever the trigger.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.inclusions import ACCOMPANYING, INCLUSION
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.patterns import OPENING_MARKS
from summarise.extraction.backends.baseline.quantities import Forces, find_forces
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.verb_forms import VERB_GROUP_WORD

_DASH = re.compile(r"\s[\u2014\u2013]\s")


def parenthesised(text: str, clause_start: int, forces: Forces, start: int) -> bool:
    """ "the first shipment — roughly 90 tons of aid, including ammunition for the
    defenders — arrived": forces inside a dash parenthesis between the subject and its verb
    are the parenthesis's, not the verb's subject (Quirk et al. 15.54)."""
    return (
        _DASH.search(text, forces.end, start) is not None
        and _DASH.search(text, clause_start, forces.start) is not None
    )


# A forces phrase opening its clause is its subject however long its postmodifier: "The
# Territorial Defense Forces in the border regions of A, B and C are to be brought to …".
_SUBJECT_OPENING = re.compile(OPENING_MARKS.pattern + r"(?:[Tt]he\s+)?")


_NAME_WORDS = re.compile(r"(?:[A-Z][\w-]*\s+)*")


def opening_subject(scan: TextScan, clause_start: int, start: int) -> Forces | None:
    """The forces phrase opening the clause, with the words of its proper name."""
    text = scan.text
    opening = _SUBJECT_OPENING.match(text, clause_start, start)
    at = opening.end() if opening is not None else clause_start
    found = find_forces(scan, at, start, load_lexicon())
    if not found or _NAME_WORDS.fullmatch(text, at, found[0].start) is None:
        return None
    head = found[0]
    return Forces(at, head.end, text[at : head.end], head.unit, head.quantity)


_AND = re.compile(r"\s+and\s+")
# Between the members of a list of forces: "9,000 servicemen, up to 200 aircraft and over
# 1,100 units of military equipment", "14,000 servicemen, about 1,200 pieces of equipment".
_LIST_GAP = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w,.-]+\s+){0,3}?(?:of\s+)?|\s+of\s+")
# The subject ends right before its verb group: "… are taking part", "… took part".
_VERB_GROUP_GAP = re.compile(rf"\s+(?:{VERB_GROUP_WORD})*")


def subject_list(text: str, clause_start: int, start: int, earlier: list[Forces]) -> Forces | None:
    """A list of forces that is the whole subject of the trigger's verb is one forces
    phrase, its owner and figure its first member's ("Around 8,000 Russian servicemen, up
    to 150 aircraft … are taking part"): the last member alone is not what moves."""
    if len(earlier) < 2 or _VERB_GROUP_GAP.fullmatch(text, earlier[-1].end, start) is None:
        return None
    first = len(earlier) - 1
    while (
        first > 0
        and _LIST_GAP.fullmatch(text, earlier[first - 1].end, earlier[first].start)
        and not own_owner(earlier[first])
    ):
        first -= 1
    head = earlier[first]
    if first == len(earlier) - 1 or not OPENING_MARKS.fullmatch(text, clause_start, head.start):
        return None
    end = earlier[-1].end
    return Forces(head.start, end, text[head.start : end], head.unit, head.quantity)


# A parenthesis naming part of the forces before it, closed by a comma before their verb:
# "Units of the Central Military District, including ten battalion tactical groups, have
# arrived" (Quirk et al. 17.65, an appositive of inclusion).
_INCLUSION_OPENING = re.compile(rf",\s+(?:{INCLUSION})\s+")
_PARENTHESIS_BREAK = re.compile(r"[,;:.]")
_OF_LINK = re.compile(r"\s+of\s+(?:the\s+)?")
_INCLUSION_CLOSING = re.compile(rf",\s+(?:{VERB_GROUP_WORD})*")


def with_inclusion(text: str, start: int, earlier: list[Forces]) -> Forces | None:
    """The subject whose inclusion stands right before the verb: the forces it includes
    move, and the phrase with its parenthesis is what is written; the last member alone
    is only a part."""
    found = _set_off(text, start, earlier, _INCLUSION_OPENING)
    if found is None:
        return None
    head, _ = found
    end = earlier[-1].end + 1  # with the closing comma: the verb group follows it
    return Forces(head.start, end, text[head.start : end], head.unit, head.quantity)


def _set_off(
    text: str, start: int, earlier: list[Forces], opens: re.Pattern[str]
) -> tuple[Forces, int] | None:
    """The subject's head, and where it ends, when a parenthesis that ``opens`` opens
    stands between the subject and its verb, closed by a comma right before the verb group
    ("units of the Finnish army, including …, have arrived")."""
    if len(earlier) < 2 or _INCLUSION_CLOSING.fullmatch(text, earlier[-1].end, start) is None:
        return None
    last = earlier[-1]
    for at in range(len(earlier) - 2, -1, -1):
        opening = opens.match(text, earlier[at].end)
        if opening is None or _PARENTHESIS_BREAK.search(text, opening.end(), last.start):
            continue
        first = at
        while first > 0 and _OF_LINK.fullmatch(text, earlier[first - 1].end, earlier[first].start):
            first -= 1  # "units of the Finnish army, including …": the head is "units"
        return earlier[first], earlier[at].end
    return None


# A comitative aside between the subject and its verb: "Norway's 300 troops, along with 20
# tanks, arrived" (Quirk et al. 8.88): the forces after the opener move with the subject,
# a movement of their own (movement_coordination), and are not the subject.
_COMITATIVE_OPENING = re.compile(rf",\s+(?:{ACCOMPANYING})\s+")


def with_comitative(text: str, start: int, earlier: list[Forces]) -> Forces | None:
    """The subject whose comitative aside stands right before the verb: the forces before
    the aside, alone."""
    found = _set_off(text, start, earlier, _COMITATIVE_OPENING)
    if found is None:
        return None
    head, end = found
    return Forces(head.start, end, text[head.start : end], head.unit, head.quantity)


_WITH_OR_AND = re.compile(r"\s+(?:with|and)\s+")
_VERB_NEXT = re.compile(rf"\s+(?:{VERB_GROUP_WORD})*")


def with_equipment(text: str, start: int, earlier: list[Forces]) -> Forces | None:
    """ "20,000 Russian troops with Iskander launchers and Su-35 jets are now in Belarus":
    forces with what they bring (Quirk et al. 9.47, "with" of accompaniment) are one
    subject, its head the first; the last noun alone is only what they bring."""
    if len(earlier) < 2 or _VERB_NEXT.fullmatch(text, earlier[-1].end, start) is None:
        return None
    first = len(earlier) - 1
    accompanied = False
    while first > 0:
        link = _WITH_OR_AND.fullmatch(text, earlier[first - 1].end, earlier[first].start)
        if link is None:
            break
        accompanied = accompanied or "with" in link.group()
        first -= 1
    if not accompanied:
        return None
    head, last = earlier[first], earlier[-1]
    return Forces(head.start, last.end, text[head.start : last.end], head.unit, head.quantity)


def coordinated(text: str, forces: list[Forces]) -> list[Forces]:
    """ "American military trainers and special forces are inside Ukraine": two
    forces phrases joined by "and" are one subject, figure and owner from the first."""
    joined: list[Forces] = []
    for f in forces:
        last = joined[-1] if joined else None
        if last is not None and not own_owner(f) and _AND.fullmatch(text, last.end, f.start):
            joined[-1] = Forces(
                last.start, f.end, text[last.start : f.end], last.unit, last.quantity
            )
        else:
            joined.append(f)
    return joined


def own_owner(forces: Forces) -> bool:
    """ "and Norwegian forces": a member of a list that names its own owner."""
    return any(w[0].isupper() for w in forces.text.split())
