"""A contact's status (held, planned, proposed, cancelled) from the cues around its
trigger, its noun's own predicate and a verb of requesting governing it.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.lexicon import contact_status_of, load_lexicon
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import BE
from summarise.schema import ContactStatus

_STATUS_WINDOW = 60
# How far after its trigger a contact's status may stand: "the call … was cancelled".
_STATUS_AFTER = 45
# The first finite verb after a noun trigger, where its status may stand.
_PREDICATE = re.compile(rf"\s(?:{BE}|has been|have been|will be)\s+(?:now\s+)?")


# How far before its trigger a verb of requesting governs it: "called for direct talks".
_REQUEST_BEFORE = 40


def status_of(text: str, sentence: Sentence, start: int, end: int) -> ContactStatus:
    """The first status cue around the trigger or in the noun's own predicate ("A meeting
    … is scheduled for Friday"), a cue of calling off before any other ("the planned call
    was cancelled"); else a verb of requesting governing it ("urged talks"); else held."""
    lexicon = load_lexicon()
    window_start = max(sentence.start, start - _STATUS_WINDOW)
    cues = [
        contact_status_of(category(cue))
        for cue in lexicon.contact_status.finditer(
            text, window_start, min(sentence.end, end + _STATUS_AFTER)
        )
    ]
    for predicate in _PREDICATE.finditer(text, end, sentence.end):
        stated = lexicon.contact_status.match(text, predicate.end(), sentence.end)
        if stated is not None:
            cues.append(contact_status_of(category(stated)))
    if cues:
        return "cancelled" if "cancelled" in cues else cues[0]
    request_start = max(sentence.start, start - _REQUEST_BEFORE)
    if sentence.scan.may_find(
        lexicon.contact_requests, request_start, start
    ) and lexicon.contact_requests.search(text, request_start, start):
        return "proposed"
    return "held"
