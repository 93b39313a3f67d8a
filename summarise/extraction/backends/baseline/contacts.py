"""Diplomatic contacts: a contact trigger with its parties, mode and status.

A trigger with fewer than two parties ("during the phone call", "the leaders'
conversation") refers back to a contact the article already reported: the draft is
returned without participants and the article-level merge adds its quote to that one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarise.extraction.backends.baseline.contact_topics import contact_topics
from summarise.extraction.backends.baseline.context import Sentence, principal
from summarise.extraction.backends.baseline.coref import Mention
from summarise.extraction.backends.baseline.mentions import ActorKey
from summarise.extraction.backends.baseline.patterns import category

_DEFINITE = re.compile(r"(?:\b(?:the|a|this|that|their|his|her)|['\u2019]s?)\s+$", re.IGNORECASE)
_NOT_A_CALL = re.compile(r"\s+(?:on|upon|for|up)\b", re.IGNORECASE)
_NOT_A_MEETING = re.compile(r"\b(?:are|is|were|was|be|been|not|n't|n\u2019t)\s+$", re.IGNORECASE)
_AND = re.compile(r"\s*,?\s*(?:and|&)\s+(?:the\s+)?")
_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")
_STATUS_ORDER = ("cancelled", "proposed", "planned", "held")
_ANAPHORIC_ONLY = frozenset({"conversation"})
_PLACED = frozenset({"visit", "meeting", "talks", "summit"})
# What may stand between "spoke", "met", "visited", "discussed ... with" and the other
# party: "spoke to", "talks with", "with his counterparts in".
_OBJECT_GAP = re.compile(
    r"\s*(?:(?:to|with|between|and)\s+)?"
    r"(?:(?:his|her|their|its)\s+(?:counterparts?|opposite numbers?)\s+(?:in|from)\s+)?"
    r"(?:the\s+)?"
)


@dataclass
class ContactDraft:
    participants: list[ActorKey]
    mode: str
    status: str
    location: str | None = None
    topics: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    when: str | None = None
    # (holder, topic) of the positions voiced in the contact's sentence.
    voiced: list[tuple[ActorKey, str]] = field(default_factory=list)

    @property
    def anaphoric(self) -> bool:
        """Fewer than two sides: a reference back to a contact already reported."""
        return len({party(a) for a in self.participants}) < 2


def find_contacts(sentence: Sentence) -> list[ContactDraft]:
    text = sentence.text
    found: list[ContactDraft] = []
    lowered = sentence.quote.lower()
    for trigger in sentence.contact_modes:
        word = trigger.group().lower()
        definite = _DEFINITE.search(text, sentence.start, trigger.start()) is not None
        if word == "call" and (not definite or _NOT_A_CALL.match(text, trigger.end())):
            continue
        if word.startswith(("met", "meet")) and _NOT_A_MEETING.search(
            text, sentence.start, trigger.start()
        ):
            continue
        mode = category(trigger)
        if mode == "phone_call" and "video" in lowered:
            mode = "video_call"
        clause_start, clause_end = sentence.clause(trigger.start())
        parties = [] if word in _ANAPHORIC_ONLY else _parties(sentence, trigger, clause_end)
        if len({party(a) for a in parties}) < 2 and not (definite or word in _ANAPHORIC_ONLY):
            continue
        found.append(
            ContactDraft(
                participants=parties,
                mode=mode,
                status=_status(sentence, clause_start, clause_end),
                location=_location(sentence, trigger, clause_end, mode),
                topics=contact_topics(sentence, trigger.start()),
                quotes=[sentence.quote],
                when=sentence.when(),
            )
        )
    return found


def _parties(sentence: Sentence, trigger: re.Match[str], clause_end: int) -> list[ActorKey]:
    text = sentence.text
    parties: list[ActorKey] = []
    subject = _subject(sentence, trigger.start())
    if subject is not None:
        parties.append(principal(subject)[0])
    previous: Mention | None = None
    for m in sentence.objects_after(trigger.end(), clause_end):
        if m.pronoun and m.possessive:
            continue
        if previous is None and not _OBJECT_GAP.fullmatch(text, trigger.end(), m.start):
            break
        if previous is not None and not _coordinated(text, previous, m):
            break
        actor = _host(m) if trigger.group().lower().startswith("visit") else m.actor
        if actor not in parties:
            parties.append(actor)
        previous = m
    return parties


def party(actor: ActorKey) -> str:
    """Parties from one state are one side: a meeting among them is not diplomacy."""
    return actor.state or actor.name


def _coordinated(text: str, previous: Mention, mention: Mention) -> bool:
    """'Poland and Germany', 'Romania, Germany and Poland'; a comma alone joins only places."""
    if _AND.fullmatch(text, previous.end, mention.start):
        return True
    both_places = previous.place is not None and mention.place is not None
    return both_places and _COMMA.fullmatch(text, previous.end, mention.start) is not None


def _subject(sentence: Sentence, pos: int) -> Mention | None:
    """The subject, or a possessive just before the trigger: "Mr Johnson's call"."""
    for m in reversed(sentence.mentions):
        if m.end <= pos and m.possessive and not sentence.text[m.end : pos].strip(" '\u2019s"):
            return m
    return sentence.subject_before(pos)


def _host(mention: Mention) -> ActorKey:
    """A visit's host is the state visited: "visited Kiev" -> Ukraine."""
    if mention.place is not None:
        return ActorKey(mention.place, "state")
    return mention.actor


def _location(sentence: Sentence, trigger: re.Match[str], clause_end: int, mode: str) -> str | None:
    if mode not in _PLACED:
        return None
    places = [m for m in sentence.objects_after(trigger.end(), clause_end) if m.place is not None]
    if not places:
        return None
    if mode == "visit":
        capitals = [m for m in places if m.actor.kind == "government"]
        return (capitals or places)[0].text
    in_place = [m for m in places if sentence.text[: m.start].rstrip().endswith((" in", " at"))]
    return in_place[0].text if in_place else None


def _status(sentence: Sentence, start: int, end: int) -> str:
    cues = {
        category(m) for m in sentence.lexicon.contact_status.finditer(sentence.text, start, end)
    }
    for status in _STATUS_ORDER:
        if status in cues:
            return status
    return "held"
