"""A part of a force told with its whole is the whole's owner's: "Russia has 160,000 troops
along the border, including units moved in from its Eastern Military District", "Russia's
build-up, which now includes units deployed in Belarus". The part names no owner of its
own (the inclusion says it is of the whole, Quirk et al. 17.65 on "including" as an
appositive marker of a part); read the clause's subject instead, the part would be the
teller's ("The Head of State informed … where Russia keeps …, including units").

A part named by a partitive alone ("…, with some arriving as late as this morning", "…,
some of whom arrived yesterday") is no force of its own: it dates part of the movement just
told, so it tells no other movement.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.inclusions import INCLUSION
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.movement_subjects import state_of
from summarise.extraction.backends.baseline.quantities import find_forces
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence

# The marker of a part right before it, or before the first of parts joined by "and":
# ", including", "— including", ", which (now) includes", ", among them".
_PART_OF = re.compile(
    rf"(?:,|\s[\u2014\u2013-])\s+(?:{INCLUSION}|which\s+(?:now\s+|also\s+)?includes?)"
    r"\s+(?:the\s+)?(?:[^,;:.\u2014\u2013]{1,60}?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2})?$"
)
# A source adjunct or the possessor of a noun of evidence names who tells, not whose.
_TELLER = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
_WHOLE_REACH = 200
# The whole's owner is its subject or possessor, only verbs and modifiers between: "Russia
# has 160,000 troops", "Russia's continued build-up"; "provided Ukraine with military aid,
# including …" names the recipient before the whole, not its owner.
_ATTACHED = re.compile(
    r"(?:['\u2019]s)?(?:\s+(?!(?:with|to|for|from|in|into|on|at|by|of|near|along|around)\b)"
    r"[a-z][\w-]*){0,4}\s+"
)


# A partitive pronoun as the subject of a non-finite or relative clause after the forces
# (Quirk et al. 15.58, 17.17: "with some arriving", "some of whom arrived"): part of them.
_PARTITIVE = re.compile(
    r"(?:\bwith\s+|,\s+)(?:some|many|most|part|others|the\s+rest)"
    r"(?:\s+of\s+(?:them|whom|which|these|those))?"
    r"\s+(?:(?:have|has|had|having|were|are|was|is|being|been|already|now)\s+)*$",
    re.IGNORECASE,
)
_PARTITIVE_REACH = 50


def partitive_detail(text: str, sentence_start: int, trigger_start: int) -> bool:
    """Whether the trigger's subject is a partitive pronoun standing for part of forces told
    just before it ("increased its forces by 5,000 troops, with some arriving this
    morning"): a detail of that movement, not another."""
    window = max(sentence_start, trigger_start - _PARTITIVE_REACH)
    return _PARTITIVE.search(text, window, trigger_start) is not None


def is_part(text: str, sentence_start: int, part_start: int) -> bool:
    """Whether the forces at ``part_start`` are told as a part of a whole before them."""
    return _PART_OF.search(text, max(sentence_start, part_start - 120), part_start) is not None


def whole_owner(sentence: Sentence, part_start: int) -> ActorRef | None:
    """The owner of the whole a part is included in: the nearest party before the
    inclusion, no teller, that is the subject or possessor of the whole (forces or a
    build-up) told between it and the inclusion; nearer parties with no whole after them
    name where the whole stands ("along Ukraine's borders — in Belarus")."""
    text = sentence.scan.text
    marker = _PART_OF.search(text, max(sentence.start, part_start - 120), part_start)
    if marker is None:
        return None
    window = max(sentence.start, marker.start() - _WHOLE_REACH)
    lexicon = load_lexicon()
    for m in reversed(sentence.mentions):
        if m.end > marker.start() or m.start < window:
            continue
        if m.kind == "pronoun" and m.ref is None:
            continue
        if _TELLER.search(text, max(sentence.start, m.start - 20), m.start):
            continue
        wholes = [f.start for f in find_forces(sentence.scan, m.end, marker.start(), lexicon)]
        wholes += [t.start() for t in sentence.scan.find(lexicon.activities, m.end, marker.start())]
        if wholes and _ATTACHED.fullmatch(text, m.end, min(wholes)):
            return state_of(m, sentence.first_person)
    return None
