"""Which occasion a contact is. A sentence referring back to the contact before ("the
call", "they") adds its quote there, unless it dates the contact apart ("They had also spoken
by phone on January 2") or sets one ahead of a contact held ("The two leaders agreed to meet
next week"): the guide makes an earlier or next occasion its own item. The contact before
is the one its speaker or its "two leaders" took part in, not merely the last reported.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.contact_anaphora import in_series
from summarise.extraction.backends.baseline.contact_places import place_of
from summarise.extraction.backends.baseline.contact_status import status_of
from summarise.extraction.backends.baseline.contacts import ContactDraft
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.lexicon import (
    contact_status_of,
    load_lexicon,
    mode_of,
)
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.principal import HEAD_OFFICES
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.times import dated_after, same_time, when_in
from summarise.schema import ContactMode, ContactStatus


def of_its_kind(
    contacts: list[ContactDraft], sentence: Sentence, last: ContactDraft
) -> ContactDraft:
    """The contact a sentence adding its quote goes on about: of the latest one's sides, the
    one its trigger names ("Our talks were substantive" after "We last spoke by telephone two
    weeks ago" goes on about the talks, not the call recalled since)."""
    triggers = sentence.scan.find(load_lexicon().contact_modes, sentence.start, sentence.end)
    modes = {mode_of(category(t)) for t in triggers}
    if not modes or last.mode in modes:
        return last
    named = [c for c in contacts if c.sides == last.sides and c.mode in modes and not c.passing]
    return named[-1] if named else last


def referred_to(contacts: list[ContactDraft], sentence: Sentence) -> ContactDraft | None:
    """The contact a sentence refers back to ("our meeting", "the talks"): the latest one;
    in a transcript turn the latest one the speaker's side took part in, since a guest who
    speaks of "our meeting" means the meeting he is at, not another his host mentioned; and
    for "the two leaders" the latest one the leaders themselves held, not the talks between
    their states they spoke of."""
    # A contact told in passing ("when we spoke on Monday") is none a later sentence goes
    # on about while the document has another.
    contacts = [c for c in contacts if not c.passing] or contacts
    if not contacts:
        return None
    speaker = sentence.first_person if sentence.turn else None
    if speaker is not None:
        own = [c for c in contacts if speaker.side in c.sides]
        if own:
            return own[-1]
    subject = sentence.subject
    if subject is not None and subject.kind == "joint" and _LEADERS.search(subject.text):
        personal = [c for c in contacts if all(p.is_person for p in c.participants)]
        if personal:
            return personal[-1]
    if _JOINT_THEY.fullmatch(subject.text if subject is not None else "") and any(
        c.voice == "joint" for c in sentence.claims
    ):
        # "They agreed to meet in Madrid" after "The leaders underscored …": the heads of
        # the readout's occasion, not a minister's or a vice president's contact told since.
        heads = [c for c in contacts if all(_head(p) for p in c.participants)]
        if heads:
            return heads[-1]
    return contacts[-1]


def _head(party: ActorRef) -> bool:
    """A head of state or government: who "the leaders" of a readout are."""
    return party.is_person and (party.role or "").lower() in HEAD_OFFICES


def others_round(sentence: Sentence, last: ContactDraft) -> bool:
    """Whether the sentence names only rounds of a series ("The Russian side says
    yesterday's second round …") while the contact before is held in none (a call, a
    letter): the round is other talks', so the sentence is no quote of that contact."""
    triggers = sentence.scan.find(load_lexicon().contact_modes, sentence.start, sentence.end)
    return bool(triggers) and last.mode not in _IN_ROUNDS and all(map(in_series, triggers))


# Joint subjects that are people: "the two leaders", "the presidents", "both ministers".
_LEADERS = re.compile(r"(?:leaders|presidents|ministers|heads of state)$", re.IGNORECASE)
_JOINT_THEY = re.compile(r"[Tt]hey")


def another_occasion(text: str, sentence: Sentence, last: ContactDraft) -> ContactDraft | None:
    """A sentence referring back to the contact before reports another occasion of the same
    parties when it dates it apart ("They had also spoken by phone on January 2"; a dated
    call after a meeting is another occasion too), sets it ahead of a contact held ("The
    two leaders agreed to meet next week") or names the next round of a series ("A fourth
    round will be held")."""
    lexicon = load_lexicon()
    sides = last.sides
    joined = _JOINED_BY.search(text, sentence.start, sentence.end)
    floor = joined.end() if joined is not None else sentence.end
    others = [
        m.ref
        for m in sentence.mentions
        if m.ref is not None and m.ref.side not in sides and not _placed(text, sentence, m)
    ]
    if any(m.ref in others and m.start < floor for m in sentence.mentions):
        return None  # "Liz Truss agreed to visit Moscow": parties of its own, not the last's
    for trigger in sentence.scan.find(lexicon.contact_modes, sentence.start, sentence.end):
        if in_series(trigger) and last.mode not in _IN_ROUNDS:
            continue  # "The third round took place in Minsk" after a call: other talks' round
        when = dated_after(sentence, trigger) or _dated_around(text, sentence, trigger)
        ahead = _ahead(text, sentence, trigger) if last.status == "held" else None
        if ahead is not None:
            mode = mode_of(category(trigger))
            where = place_of(text, sentence, trigger, mode)
            return _occasion(sentence, last, mode, ahead, when or when_in(sentence), others, where)
        if when is not None and last.status == "held" and _earlier(text, sentence, trigger):
            mode = mode_of(category(trigger))
            where = place_of(text, sentence, trigger, mode)
            return _occasion(sentence, last, mode, "held", when, others, where)
        status = status_of(text, sentence, trigger.start(), trigger.end())
        if (in_series(trigger) or _ANOTHER.search(text, sentence.start, trigger.start())) and (
            status != last.status
        ):
            # "We agreed to continue in the third round" after a round held: the next round
            # in a series is another occasion; "the second round lasted five hours" after
            # it was held is the same one.
            mode = mode_of(category(trigger))
            where = place_of(text, sentence, trigger, mode)
            return _occasion(sentence, last, mode, status, when or when_in(sentence), others, where)
        if when is None:
            continue
        mode = mode_of(category(trigger))
        if mode != last.mode or not same_time(when, last.when):
            status = status_of(text, sentence, sentence.start, sentence.start)
            where = place_of(text, sentence, trigger, mode)
            return _occasion(sentence, last, mode, status, when, others, where)
    return None


# "in Vilnius", "at the Kremlin": a place where the occasion is held, not a party to it; so
# is a gathering it is held beside ("on the margins of the NATO Summit in Madrid", "at the
# informal CIS summit").
_AT_PLACE = re.compile(
    r"\b(?:in|at|on\s+the\s+(?:margins|sidelines)\s+of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?$"
)


# A party's name as the modifier of a gathering ("the EU summit"), or the gathering's own
# name read as the party's ("the NATO Summit"), perhaps of its leaders ("the G7 Leaders'
# Summit").
_GATHERING = re.compile(
    r"(?:['\u2019]s?)?\s+(?:[Ll]eaders['\u2019]?\s+)?(?:[Ss]ummit|[Ss]ession)\b"
)
_GATHERING_END = re.compile(r"\s(?:[Ss]ummit|[Ss]ession)$")


def _placed(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether a place name stands as where something is held ("the next meeting in
    Vilnius"), not as a party ("talks with Lithuania"); or a body names the gathering beside
    which it is held ("on the margins of the NATO Summit")."""
    return bool(
        _AT_PLACE.search(text, max(sentence.start, mention.start - 30), mention.start)
    ) and (
        mention.place
        or _GATHERING.match(text, mention.end) is not None
        or _GATHERING_END.search(mention.text) is not None
    )


def _occasion(
    sentence: Sentence,
    last: ContactDraft,
    mode: ContactMode,
    status: ContactStatus,
    when: str | None,
    joined: list[ActorRef],
    location: str | None,
) -> ContactDraft:
    """The occasion of the last contact's parties and those who joined it ("on a call that
    also took in the leaders of the Baltic states"), where its own trigger places it ("the
    next meeting in Vilnius")."""
    return ContactDraft(
        participants=[*last.participants, *dict.fromkeys(joined)],
        mode=mode,
        status=status,
        quotes=[(sentence.start, sentence.end)],
        location=location,
        when=when,
        sentence=sentence.index,
    )


# Occasions held in rounds (a round of talks, of consultations, of meetings); a call or a
# letter is none.
_IN_ROUNDS = frozenset({"talks", "meeting", "summit"})
# "He proposed another meeting", "open to a new round of talks": a determiner of another
# instance (Quirk et al. 6.56 "another", "a further") makes the noun a new occasion of the
# parties before, like an ordinal.
_ANOTHER = re.compile(
    r"\b(?:another|a\s+(?:new|further|second|follow-up))\s+(?:[a-z][\w-]*\s+)?$", re.IGNORECASE
)
# "the previous conversation", "their earlier call", "the exchange begun during their
# conversation on 3 March": a determiner of an earlier instance, or the occasion where what
# goes on now began, sets the noun before the occasion reported (the determiner may open
# the trigger itself: "previous conversation").
_EARLIER_WORD = rf"(?:{'|'.join(read_data('grammar.toml')['earlier_determiners'])})\s+"
_EARLIER = re.compile(
    rf"(?:\b{_EARLIER_WORD}(?:[a-z][\w-]*\s+)?|"
    r"\b(?:begun|began|started|initiated|launched)\s+(?:during|at|in)\s+"
    r"(?:(?:the|their|our|his|her)\s+)?)$",
    re.IGNORECASE,
)
_EARLIER_TRIGGER = re.compile(_EARLIER_WORD, re.IGNORECASE)


def _earlier(text: str, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """Whether the trigger names an occasion before the one reported (``_EARLIER``)."""
    if _EARLIER_TRIGGER.match(trigger.group()):
        return True
    start = max(sentence.start, trigger.start() - 40)
    return _EARLIER.search(text, start, trigger.start()) is not None


# "a call that also included X": the parties after it joined the occasion; named before it,
# parties are a contact's own.
_JOINED_BY = re.compile(
    r"\b(?:that|which|who)\s+(?:also\s+)?(?:included|includes|involved|was joined by)\s+"
)
# "the exchange of views begun on 26 January": a participle of taking place between an
# occasion and its date, also past the noun's between-phrase ("the conversation between
# the two leaders took place on December 9").
_HELD_ON = re.compile(
    r"(?:\s+between\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?"
    r"\s+(?:(?:that|which)\s+)?(?:(?:was|were|had been)\s+)?"
    r"(?:begun|began|held|started|took place)\s+"
)
# "last spoke on January 31, on a call", "in December, at the informal CIS summit": a date
# before the occasion it dates, with nothing but a preposition and the noun's own
# premodifiers between.
_DATED_BEFORE = re.compile(
    r",?\s+(?:(?:on|in|during|at|by|over)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2})?)?"
)


def _dated_around(text: str, sentence: Sentence, trigger: re.Match[str]) -> str | None:
    """The date of an occasion given by a participle after it ("begun on 26 January") or
    standing right before it in its clause ("last spoke together on January 29, on a
    call"): the grammar ties either date to the occasion, not to the sentence."""
    held = _HELD_ON.match(text, trigger.end(), sentence.end)
    lexicon = load_lexicon()
    if held is not None:
        dated = sentence.scan.at(lexicon.when, held.end(), sentence.end)
        if dated is not None:
            return dated.group()
    for dated in sentence.scan.find(lexicon.when, sentence.start, trigger.start()):
        if _DATED_BEFORE.fullmatch(text, dated.end(), trigger.start()):
            return dated.group()
    return None


# How far before its trigger a plan governs it: "will hold talks", "agreed to meet".
_AHEAD_BEFORE = 12
# A verb of going on with the occasion between the cue and its noun ("both teams will
# continue the consultations online next week", "will resume their talks"): the cue governs the
# noun across it, so the next session is set ahead. Not "our": a speaker closing a meeting
# of his own ("We will continue our consultations") goes on with his side's own work.
_GOING_ON = re.compile(r"\b(?:continue|resume)\s+(?:(?:the|their)\s+)?$", re.IGNORECASE)


def _ahead(text: str, sentence: Sentence, trigger: re.Match[str]) -> ContactStatus | None:
    """The status of a contact planned or proposed by a cue governing the trigger itself
    ("agreed to meet", "will hold talks") or by the noun's own future predicate ("the next
    round will be held"), not one somewhere in its sentence ("In the call, the President
    said he will …")."""
    start = max(sentence.start, trigger.start() - _AHEAD_BEFORE)
    going_on = _GOING_ON.search(text, max(sentence.start, trigger.start() - 40), trigger.start())
    if going_on is not None:
        start = max(sentence.start, going_on.start() - _AHEAD_BEFORE)
    for cue in load_lexicon().contact_status.finditer(text, start, trigger.end()):
        status = contact_status_of(category(cue))
        if cue.start() < trigger.start() and status in ("planned", "proposed"):
            return status
    return "planned" if _FUTURE_PREDICATE.match(text, trigger.end(), sentence.end) else None


# The noun's own predicate set ahead: "the next round will be held next week", "the next
# meeting is scheduled for May", also past the noun's of-phrase ("Consultations of the
# delegations will continue tomorrow").
_FUTURE_PREDICATE = re.compile(
    r"(?:\s+of\s+(?:the\s+|their\s+|both\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?"
    r"\s+(?:will|shall|(?:is|are)\s+(?:to|scheduled|planned|expected|due|set))\b"
)
