"""A plan, offer, proposal or hope of the holder's own to meet, or that a body of both sides
meet: the contact item holds it (the guide: a plan or offer to meet is a contact's
status, `planned` or `proposed`), and it is no view towards another party. ``non_positions``
asks these of a stance cue; asking others to meet stays a demand.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.contact_forms import format_members
from summarise.extraction.backends.baseline.cue_holders import INTENT
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.patterns import window_after
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.stances import StanceCue

# What stands between a pledge or plan and the contact or movement it is of: "offered to
# meet", "plans to come to", "will hold a phone conversation", "will take part in the summit".
STEP_GAP = re.compile(
    r"\s+(?:to\s+)?(?:(?:take\s+)?part\s+in\s+)?(?P<article>(?:an?|the)\s+)?", re.IGNORECASE
)
_OWN_INFINITIVE = re.compile(r"\s+to\s+", re.IGNORECASE)
_PARTY_WITHIN = 40


# Who is proposed or hoped to meet, when it is the speaker's own side or a body of both
# sides: "that we …", "our governments", "the intergovernmental commission"; or "the two"
# after the one it is proposed to ("proposed to Foreign Minister Lavrov that the two meet":
# the proposer and the one told; without him "the two" may be any pair, as a mediator's).
# The one it is proposed to, named, may stand before: "proposed to Antony Blinken that we
# meet" (not "grateful to you and to our team for …").
_TOLD = (
    r"to\s+(?:the\s+)?(?-i:[A-Z])[\w\u2019'.-]*(?:\s+(?-i:[A-Z])[\w\u2019'.-]*){0,3}\s+(?=that\s)"
)
_MEETING_SUBJECT = re.compile(
    rf"\s+(?:(?P<told>{_TOLD}))?"
    r"(?:that\s+)?(?:we|our\s+[\w-]+|the\s+(?:[\w-]+\s+){0,2}"
    r"(?:commission|committee|working\s+group|council)|(?P<pair>the\s+two))\s+(?P<rest>[^.;:!?]{1,90})",
    re.IGNORECASE,
)
# A meeting as what is proposed, the proposal's object: "proposed another meeting",
# "suggested a call with Moscow". The verb of proposing is the cue.
_PROPOSING = re.compile(r"(?:propos|suggest)\w*", re.IGNORECASE)
_MEETING_OBJECT = re.compile(
    r"\s+(?:(?:holding|convening|to\s+hold|to\s+convene)\s+)?"
    r"(?:an?|another|a\s+new|a\s+further|a\s+second|further|new|the\s+next)\s+",
    re.IGNORECASE,
)
# At most one word between the determiner and the meeting: "a new round of talks".
_ONE_WORD = re.compile(r"(?:[\w-]+\s+)?")
# One lower-case modifier before a step's contact: "a bilateral meeting", "a separate
# telephone conversation"; a capitalised word is a name ("a Bratislava meeting").
_MODIFIER = re.compile(r"(?-i:[a-z])[\w-]*\s+")
# How far after the determiner the meeting proposed may begin.
_OBJECT_WITHIN = 30
# Others' meeting named after it: "talks between Kyiv and Moscow", "a meeting of the Russian
# and Ukrainian ministers", a proposal to others (a demand) — unless it is a format the
# proposer belongs to ("a summit of the Normandy format leaders" proposed by France).
_OTHERS_MEETING = re.compile(r"\s+(?:between|of)\b", re.IGNORECASE)


def meeting_proposed(
    text: str, sentence: Sentence, cue: StanceCue, holder: ActorRef | None = None
) -> bool:
    """A proposal or hope that one's own side, or a body of both sides, meet ("I propose
    that the joint commission meet in Astana", "I propose too that we
    instruct our governments to hold their next meeting …", "I hope the joint commission
    will meet before the summer"): a meeting proposed or planned, which the contact item
    holds (the guide: a plan or offer to meet is a contact's status), no view towards
    another party. Asking others to talk ("we propose that the parties meet") stays a
    demand: its subject is neither."""
    if cue.stance not in ("demand", "support"):
        return False
    proposed = _MEETING_SUBJECT.match(text, cue.end, sentence.end)
    if proposed is not None and (proposed["pair"] is None or proposed["told"] is not None):
        return sentence.scan.first(load_lexicon().contact_modes, *proposed.span("rest")) is not None
    return _own_people_meet(text, sentence, cue, holder) or _meeting_as_object(
        text, sentence, cue, holder
    )


# "that" and what follows it, up to the clause's end.
_THAT_CLAUSE = re.compile(rf"\s+(?:{_TOLD})?that\s+(?P<rest>[^.;:!?]{{1,90}})", re.IGNORECASE)


def _own_people_meet(
    text: str, sentence: Sentence, cue: StanceCue, holder: ActorRef | None
) -> bool:
    """A proposal that the proposer's own people meet: a person of its side as the
    that-clause's subject ("We have also proposed that Secretary Blinken sit down with Foreign
    Minister Lavrov", from the United States), or the people of a format its state belongs
    to ("suggested that the Normandy format foreign ministers meet in
    Berlin", from Russia). Its people meeting is its own contact, proposed; another side's
    person ("proposed that President Kowal meet …") or a format of others stays a demand."""
    country = holder.country if holder is not None else None
    clause = _THAT_CLAUSE.match(text, cue.end, sentence.end)
    if clause is None or country is None:
        return False
    start, end = clause.span("rest")
    contact = sentence.scan.first(load_lexicon().contact_modes, start, end)
    if contact is None:
        return False
    subject = next((m for m in sentence.mentions if start <= m.start < contact.start()), None)
    if (
        subject is not None
        and subject.start == start
        and subject.ref is not None
        and subject.ref.is_person
        and subject.ref.country == country
    ):
        return True
    return any(member.country == country for member in format_members(text, sentence, contact))


def _meeting_as_object(
    text: str, sentence: Sentence, cue: StanceCue, holder: ActorRef | None
) -> bool:
    """A meeting proposed as the proposal's object, the proposer one of its parties ("He
    proposed another meeting, possibly in Geneva", "proposed holding a summit of
    Normandy format leaders" from one of the four): the contact item holds it, `proposed`.
    A meeting of others named after it ("proposed talks between Kyiv and Moscow") asks them
    to meet: a demand."""
    if _PROPOSING.fullmatch(text, cue.start, cue.end) is None:
        return False
    gap = _MEETING_OBJECT.match(text, cue.end, sentence.end)
    if gap is None:
        return False
    contact = sentence.scan.first(
        load_lexicon().contact_modes,
        gap.end(),
        window_after(text, gap.end(), _OBJECT_WITHIN, sentence.end),
    )
    if contact is None or _ONE_WORD.fullmatch(text, gap.end(), contact.start()) is None:
        return False
    if _OTHERS_MEETING.match(text, contact.end()) is None:
        return True
    country = holder.country if holder is not None else None
    return country is not None and any(
        member.country == country for member in format_members(text, sentence, contact)
    )


def own_contact_step(text: str, sentence: Sentence, cue: StanceCue) -> bool:
    """A plan, offer or pledge of the holder's own whose object is a contact ("he plans to
    meet President Duda", "has offered to meet President Putin in Vienna", "will hold a
    phone conversation with …"): the contact item holds it, planned or proposed (the guide:
    an offer to meet at a named place is a `proposed` contact), and it is no view. A
    proposal is one's own step only as an infinitive ("proposed to meet Putin"); a
    request of another ("called for a meeting", "urged Moscow to talk") stays a position."""
    # Readiness ("ready to meet", "prepared to hold talks") takes the side of talks: a stance.
    if cue.stance not in ("commit", "accuse", "demand") or load_lexicon().readiness_words.search(
        text, cue.start, cue.end
    ):
        return False
    if cue.stance == "accuse" and (
        INTENT.fullmatch(text, cue.start, cue.end) is None
        or not text[cue.start : cue.end].lower().endswith(" to")
    ):
        # An aim to act ("plans to meet"); "preparing for talks" is a stance on them.
        return False
    gap = (_OWN_INFINITIVE if cue.stance == "demand" else STEP_GAP).match(text, cue.end)
    if gap is None:
        return False
    contact = _step_object(text, sentence, gap)
    # Offering to host others' talks is a mediator's undertaking, not a meeting of its own;
    # and a contact told by a verb is with a party named just after it ("determined to
    # meet all the criteria" meets none); one named as a noun ("will hold a meeting",
    # "will take part in the summit") is a contact whoever it is with.
    return (
        contact is not None
        and not contact.group().lower().startswith("host")
        and (
            gap.groupdict().get("article") is not None
            or any(
                m.ref is not None and contact.end() <= m.start <= contact.end() + _PARTY_WITHIN
                for m in sentence.mentions
            )
        )
    )


def _step_object(text: str, sentence: Sentence, gap: re.Match[str]) -> re.Match[str] | None:
    """The contact a step's gap leads to: just after it; and after an article, also a mode
    that holds its article ("will hold a call with …": "call" alone is mostly the verb, so
    the mode is "a call") or a mode after one modifier ("will hold a bilateral meeting")."""
    modes = load_lexicon().contact_modes
    contact = sentence.scan.at(modes, gap.end(), sentence.end)
    if contact is not None or gap.groupdict().get("article") is None:
        return contact
    contact = sentence.scan.at(modes, gap.start("article"), sentence.end)
    if contact is not None:
        return contact
    modifier = _MODIFIER.match(text, gap.end(), sentence.end)
    return None if modifier is None else sentence.scan.at(modes, modifier.end(), sentence.end)
