"""A contact's status (held, planned, proposed, cancelled) from the cues around its
trigger, its noun's own predicate and a verb of requesting governing it.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.contact_quotes import clause_end
from summarise.extraction.backends.baseline.contact_replies import received
from summarise.extraction.backends.baseline.contact_stops import stopped
from summarise.extraction.backends.baseline.contact_where import past_clause, where_opening
from summarise.extraction.backends.baseline.lexicon import contact_status_of, load_lexicon
from summarise.extraction.backends.baseline.patterns import category, window_after
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import BE
from summarise.schema import ContactStatus

_STATUS_WINDOW = 60
# How far after its trigger a contact's status may stand: "the call … was cancelled".
_STATUS_AFTER = 45
# The first finite verb after a noun trigger, where its status may stand.
_PREDICATE = re.compile(rf"\s(?:{BE}|has been|have been|will be)\s+(?:now\s+)?")


# A verb of offering governing the trigger across its object or its clause's subject,
# however long the name between: "invited President of the European Commission X to
# visit", "suggested that the foreign ministers of the Normandy format countries meet"
# (CAMEO 036: the offer's object is the contact proposed); or a place offered for it
# ("offering Oslo as a venue for a meeting", "offered its capital as a platform for
# talks").
_OFFERED = re.compile(
    r"\b(?:invit(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|propos(?:e|es|ed|ing)|offer(?:s|ed|ing)?)"
    r"\b[^,;.:]{0,120}?\b(?:to|that\b[^,;.:]{0,120}?|as\s+(?:an?\s+|the\s+)?"
    r"(?:venue|platform|place|host)\s+for(?:\s+(?:an?|the))?)\s+$"
)
_OFFER_REACH = 150
# How far before its trigger a verb of requesting governs it: "called for direct talks".
_REQUEST_BEFORE = 40
# A preposition of time putting the occasion after the one the clause tells: "ahead of
# President X's visit to Warsaw", "before his trip to Moscow" (Quirk et al. 9.42: the
# clause's event precedes the noun's, so the noun's is still ahead of it).
# So does "on the eve of", and the people owning the noun may be a plural ("on the eve of
# the Weimar triangle ministers' meeting").
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|before|in\s+advance\s+of|on\s+the\s+eve\s+of)\s+"
    r"(?:(?:his|her|their|its|our|my)\s+|(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['\u2019]s\s+"
    r"|the\s+(?:[\w-]+\s+){0,3}[\w-]+s['\u2019]\s+)"
    r"(?:(?:upcoming|planned|next|first|official|state|working)\s+)?$"
)
_AHEAD_REACH = 60
# The present perfect of a verb of going right before it (Quirk et al. 4.22: a result
# holding now): "I have come to Bucharest to deliver …", "she has just arrived in Kyiv to
# meet …"; the purpose after it is what the trip is for, not a trip still to come.
_ARRIVED = re.compile(r"\b(?:have|has|['\u2019]ve)\s+(?:just\s+|now\s+|already\s+)?$", re.I)
_ARRIVED_REACH = 20


def _own_reach(sentence: Sentence, end: int) -> int:
    """How far the noun's own predicate may lie: up to the next contact trigger, whose
    noun a later predicate tells of ("the meeting …, held in Paris, had taken place and
    Ukraine was ready for a next round in Berlin, set for February": the
    plan is the next round's, not the meeting's)."""
    later = sentence.scan.find(load_lexicon().contact_modes, end, sentence.end)
    return later[0].start() if later else sentence.end


def status_of(text: str, sentence: Sentence, start: int, end: int) -> ContactStatus:
    """The first status cue around the trigger or in the noun's own predicate ("A meeting
    … is scheduled for Friday"), a cue of calling off before any other ("the planned call
    was cancelled"), a message the speaker's side received held ("We will discuss the
    answers we have received") and an offer accepted before the offer ("accepted an
    invitation to visit"); else a verb of requesting governing it ("urged talks"); else
    held."""
    lexicon = load_lexicon()
    window_start = max(sentence.start, start - _STATUS_WINDOW)
    where = where_opening(text, window_start, start)
    if where is not None and past_clause(text, where):
        # "will travel to Kyiv next week, where he met X in 2021": a past relative clause
        # tells its own occasion, so the plan of the trip before it is not this one's.
        window_start = where.end()
    # A cue after the trigger is its own clause's: "had discussed it with X by phone, and
    # invited the Chancellor to visit Kyiv" proposes the visit, not the call.
    window_end = clause_end(text, end, window_after(text, end, _STATUS_AFTER, sentence.end))
    cues = [
        contact_status_of(category(cue))
        for cue in lexicon.contact_status.finditer(text, window_start, window_end)
    ]
    reach = _own_reach(sentence, end)
    for predicate in _PREDICATE.finditer(text, end, reach):
        stated = lexicon.contact_status.match(text, predicate.end(), sentence.end)
        if stated is not None:
            cues.append(contact_status_of(category(stated)))
    if "cancelled" in cues or stopped(text, end, reach):
        return "cancelled"  # "the planned call was cancelled", "the talks had stalled"
    if _ARRIVED.search(text, max(sentence.start, start - _ARRIVED_REACH), start) and (
        lexicon.going.match(text, start, end)
    ):
        return "held"  # "I have come to Bucharest to deliver a message": the trip is made
    if received(text, end, sentence.end):
        return "held"
    if _AHEAD_OF.search(text, max(sentence.start, start - _AHEAD_REACH), start):
        return "planned"
    if "proposed" in cues and lexicon.contact_acceptances.search(
        text, sentence.start, sentence.end
    ):
        return "planned"  # "invited X to visit Kyiv, and the invitation was accepted"
    if _OFFERED.search(text, max(sentence.start, start - _OFFER_REACH), start):
        return "proposed"  # "invited President of … X to visit Kyiv": the offer governs it
    if cues:
        return cues[0]
    request_start = max(sentence.start, start - _REQUEST_BEFORE)
    if sentence.scan.may_find(
        lexicon.contact_requests, request_start, start
    ) and lexicon.contact_requests.search(text, request_start, start):
        return "proposed"
    return "held"
