"""Diplomatic contacts: a contact trigger (PLOVER's CONSULT: call, meet, visit, talks) with
its parties, mode, status and topics.

The parties are the sentence's subject (or the possessor: "Secretary Blinken's upcoming
meeting with …") and the parties named after the trigger ("spoke today with President
Anton Varga of Hungary"), or the two sides of a compound before it ("Russian-US talks").
A trigger with one side only ("the call", "the talks lasted") refers back to a contact
already reported and adds its quote there, as do sentences the parties speak together
("The leaders discussed …"). A meeting within one government is not a diplomatic contact.
Whom "I", "we" and "our" stand for is the sentence's ``first_person``: each step that needs
it reads it off the sentence it is handed rather than take it as a parameter of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarise.extraction.backends.baseline.clauses import one_clause
from summarise.extraction.backends.baseline.contact_anaphora import (
    definite,
    followed_up,
    in_series,
    refers_back,
)
from summarise.extraction.backends.baseline.contact_arguments import contact_topic
from summarise.extraction.backends.baseline.contact_forms import (
    correspondents,
    council_sides,
    format_members,
    members_meeting,
    signers,
)
from summarise.extraction.backends.baseline.contact_informing import told_of
from summarise.extraction.backends.baseline.contact_lookalikes import (
    attended,
    not_this_contact,
    part_of_gathering,
)
from summarise.extraction.backends.baseline.contact_media import (
    adjoining_medium,
    medium,
    says_no_medium,
    stated_medium,
)
from summarise.extraction.backends.baseline.contact_own_bodies import each_sides_own
from summarise.extraction.backends.baseline.contact_parties import find_parties
from summarise.extraction.backends.baseline.contact_places import (
    occasions_of,
    place_of,
    toured_places,
)
from summarise.extraction.backends.baseline.contact_quotes import contact_quote, relative_quote
from summarise.extraction.backends.baseline.contact_sides import implied_sides
from summarise.extraction.backends.baseline.contact_sides_before import unresolved_party
from summarise.extraction.backends.baseline.contact_status import status_of
from summarise.extraction.backends.baseline.contact_subjects import (
    clause_subject,
    fellow_visitors,
    fronted_owners,
    object_relative_sides,
    passive_agent,
    relative_subject,
    shares_subject,
    told_pair,
)
from summarise.extraction.backends.baseline.contact_trips import hosts_met
from summarise.extraction.backends.baseline.document import Frame
from summarise.extraction.backends.baseline.lexicon import (
    load_lexicon,
    mode_of,
)
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.times import dated_after, same_time, when_in
from summarise.extraction.backends.baseline.topics import topic_after
from summarise.schema import ContactMode, ContactStatus

# Contacts one side makes to another: a visit, a letter.
_ONE_WAY = frozenset({"visit", "correspondence"})
_WINDOW = 40
# "prospects for further negotiations": talks that may come, not talks held or planned.
_PROSPECT = re.compile(r"\b(?:prospects? (?:for|of)|possibility of|chance of)\s+(?:\w+\s+)?$", re.I)


@dataclass
class ContactDraft:
    participants: list[ActorRef]
    mode: ContactMode
    status: ContactStatus
    quotes: list[tuple[int, int]]
    topics: list[str] = field(default_factory=list)
    location: str | None = None
    when: str | None = None
    sentence: int = 0
    # Told in passing beside what its sentence says ("as I told X when we spoke on
    # Monday", "briefed X on his conversation with Y"): background to that sentence, not
    # the occasion later ones go on about.
    passing: bool = False

    @property
    def sides(self) -> frozenset[str]:
        return frozenset(a.side for a in self.participants)


def find_contacts(
    text: str,
    sentence: Sentence,
    frame: Frame,
    *,
    antecedent: bool = True,
    pair: tuple[ActorRef, ...] = (),
) -> tuple[list[ContactDraft], list[tuple[int, int]]]:
    """The contacts a sentence reports, and the quotes it adds to contacts reported before
    (a trigger with one side only). With no contact reported before (``antecedent``
    false), "the talks" of a lede presuppose one: its sides are the states it names.
    ``pair`` are the two of the exchange the sentence is part of, whom "our" may name."""
    lexicon = load_lexicon()
    found: list[ContactDraft] = []
    anaphoric: list[tuple[int, int]] = []
    triggers = sentence.scan.find(lexicon.contact_modes, sentence.start, sentence.end)
    if not triggers:
        return found, anaphoric
    habits = _habits(text, sentence)
    previous: tuple[re.Match[str], Mention | None] | None = None
    for trigger in triggers:
        if _habitual(text, trigger, habits) and not _running(trigger, verb=True):
            continue
        if part_of_gathering(text, sentence, trigger, triggers):
            continue
        relative = relative_subject(text, sentence, trigger.start())
        own = (
            relative
            or clause_subject(text, sentence, trigger.start(), sentence.subject)
            or passive_agent(text, sentence, trigger.start(), sentence.subject)
            or sentence.subject
        )
        if previous is not None and shares_subject(text, previous[0], trigger):
            own = previous[1]  # "… and would hold talks with Y": the same subject's
        previous = (trigger, own)
        if not_this_contact(text, sentence, trigger, own):
            continue
        special = each_sides_own(text, sentence, trigger, pair) or _formed_sides(
            text, sentence, trigger, own, antecedent=antecedent
        )
        if not special and refers_back(text, sentence, trigger):
            presupposed = None if antecedent or found else _presupposed(sentence, trigger)
            if presupposed is None:
                anaphoric.append((sentence.start, sentence.end))
            else:
                found.append(presupposed)
            continue
        if not special and unresolved_party(text, sentence, trigger.start(), own):
            continue
        mode = mode_of(category(trigger))
        if mode == "other" and not special and (own is None or own.kind == "joint"):
            continue  # "The leaders discussed … with …": a topic of the call, not a contact
        if _PROSPECT.search(text, max(sentence.start, trigger.start() - _WINDOW), trigger.start()):
            continue
        unstated = says_no_medium(trigger)
        if unstated:
            mode = medium(text, frame, triggers, [])
        parties = special or find_parties(text, sentence, trigger.start(), trigger.end(), own)
        parties = implied_sides(
            sentence,
            trigger,
            mode,
            parties,
            own is None,
            negotiation=mode == "talks" and (_running(trigger) or in_series(trigger)),
        )
        if len({p.side for p in parties}) < 2:
            if len(parties) < 2:
                anaphoric.append((sentence.start, sentence.end))
            continue
        parties = _relative_occasion(text, sentence, trigger, relative, mode, parties, found)
        if not parties:
            continue  # "met X, who arrived in Kyiv on a visit": the meeting is the occasion
        if unstated:
            mode = medium(text, frame, triggers, parties)
        # "fly to Bucharest, where I'll meet with X": X hosts the trip's visit.
        mode = "visit" if hosts_met(text, sentence, trigger, triggers, parties) else mode
        found.extend(
            _drafts(text, sentence, trigger, triggers, mode, own, parties, relative=relative)
        )
    # A negotiation held often with no sides of its own is no quote of the occasion before.
    # The earlier occasion the sentence's own follows up on is read apart (``not_this_contact``
    # takes "following up on their call" for a time phrase, no occasion of this sentence).
    return found + _followed_up(text, sentence, triggers, found), [] if habits else anaphoric


def _relative_occasion(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    relative: Mention | None,
    mode: ContactMode,
    parties: list[ActorRef],
    found: list[ContactDraft],
) -> list[ActorRef]:
    """The parties of a contact told in a relative clause, or none when it is the occasion
    of one its antecedent takes part in, reported before in the sentence: "met X, who
    arrived in Kyiv on a visit" names no side the meeting lacks. One with a party of its
    own is an occasion apart ("spoke with X, who recently held talks with Y in Moscow", "who
    briefed him on his call with Y"), and so is the visit of several listed visitors ("met
    with A and B, who came to Ukraine on a joint visit"), whose sides are all of them."""
    if relative is None:
        return parties
    fellows = fellow_visitors(text, sentence, relative, trigger) if mode == "visit" else []
    if fellows:
        return [*fellows, *parties]
    sides = {p.side for p in parties}
    if any(relative.ref in c.participants and sides <= c.sides for c in found):
        return []
    return parties


def _habits(text: str, sentence: Sentence) -> list[re.Match[str]]:
    """The sentence's phrases of habit ("more than once", "every day")."""
    lexicon = load_lexicon()
    if not sentence.scan.may_hold(lexicon.habitual_phrases, sentence.start, sentence.end):
        return []
    return list(lexicon.habitual.finditer(text, sentence.start, sentence.end))


def _habitual(text: str, trigger: re.Match[str], habits: list[re.Match[str]]) -> bool:
    """ "spoke with the Americans more than once": a contact of habit names no occasion and
    is none; but a running negotiation held "almost daily" is one (the guide's "the
    negotiations, now held almost daily", one held talks item: ``_running``). The habit
    is its own clause's: "We talk with our partners every day, and the two presidents
    spoke on Sunday", "we had a long conversation with X, and I told him what I have said
    many times here" each report one occasion beside a habit (``one_clause``)."""
    return any(
        one_clause(text, min(h.end(), trigger.end()), max(h.start(), trigger.start()))
        for h in habits
    )


def _running(trigger: re.Match[str], *, verb: bool = False) -> bool:
    """Whether the trigger names talks by their noun ("the negotiations", "consultations"),
    or with ``verb`` by the verb of negotiating too: a negotiation goes on in rounds, so
    held often it is still one contact."""
    lexicon = load_lexicon()
    word = trigger.group()
    return lexicon.running_nouns.search(word) is not None or (
        verb and lexicon.negotiating.search(word) is not None
    )


def _formed_sides(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    own: Mention | None,
    *,
    antecedent: bool,
) -> list[ActorRef]:
    """The sides a set form of contact names itself (a joint statement's signers, a
    council's two sides, a format's members, the states whose people meet, a letter's
    correspondents, the people of the main clause whose occasion a fronted "In their call,"
    names, the one who proposes and the one told that "the two" meet): they stand in for
    the parties read around the trigger, and keep a definite noun from referring back.
    People of several states going somewhere are no meeting of theirs ("the ministers of A
    and B will visit Kyiv")."""
    reciprocal = mode_of(category(trigger)) not in _ONE_WAY
    return (
        signers(text, sentence, trigger, own)
        or council_sides(text, sentence, trigger)
        or format_members(text, sentence, trigger)
        or (members_meeting(text, sentence, trigger) if reciprocal else [])
        or (fronted_owners(text, sentence, trigger) if reciprocal else [])
        or object_relative_sides(text, sentence, trigger.start())
        or (told_pair(text, sentence, trigger) if reciprocal else [])
        or correspondents(
            text,
            sentence,
            trigger,
            refers_back=antecedent and definite(text, sentence.start, trigger.start()),
        )
    )


def _drafts(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    triggers: list[re.Match[str]],
    mode: ContactMode,
    own: Mention | None,
    parties: list[ActorRef],
    *,
    relative: Mention | None = None,
) -> list[ContactDraft]:
    """The contacts of a trigger whose parties are known: status, topic, place and date
    are read once and shared by each occasion it reports. One told in a relative clause
    (``relative`` its antecedent) is told in passing beside the main clause's."""
    # "will travel … to attend a summit": the verb attending it governs its status.
    if mode == "other":
        # "consulted them during a video call": a verb of consulting says no medium, its
        # sentence may.
        mode = stated_medium(triggers) or mode
    elif mode == "meeting":
        mode = adjoining_medium(text, trigger, triggers) or mode
    attending = attended(text, sentence, trigger)
    governed = attending.start() if attending is not None else trigger.start()
    status = status_of(text, sentence, governed, trigger.end())
    topic = contact_topic(text, trigger.end(), sentence.end)
    location = place_of(text, sentence, trigger, mode)
    occasions = occasions_of(trigger.group().lower(), own, parties)
    if mode == "visit" and len(parties) > 2:
        location = toured_places(text, sentence, trigger, parties[1:]) or location
    return [
        ContactDraft(
            participants=each,
            mode=mode,
            status=status,
            quotes=[
                relative_quote(text, sentence, relative.end, trigger)
                if relative is not None
                else contact_quote(text, sentence, trigger, triggers)
            ],
            topics=[topic] if topic else [],
            location=location,
            when=dated_after(sentence, trigger) or when_in(sentence),
            sentence=sentence.index,
            passing=relative is not None or told_of(text, sentence, trigger.start()),
        )
        for each in occasions
    ]


def _followed_up(
    text: str, sentence: Sentence, triggers: list[re.Match[str]], found: list[ContactDraft]
) -> list[ContactDraft]:
    """The earlier occasion the sentence's own contact follows up on ("spoke by phone this
    morning with X, following up on their call on Sunday"): the same parties, held, dated
    apart by its own date; undated, or dated as the occasion reported, it is that one."""
    reported = found[-1] if found else None
    earlier: list[ContactDraft] = []
    for trigger in triggers:
        when = dated_after(sentence, trigger)
        if (
            reported is None
            or when is None
            or same_time(when, reported.when)
            or not followed_up(text, sentence, trigger)
        ):
            continue
        earlier.append(
            ContactDraft(
                participants=list(reported.participants),
                mode="other" if says_no_medium(trigger) else mode_of(category(trigger)),
                status="held",
                quotes=[(trigger.start(), _date_end(sentence, trigger, when))],
                when=when,
                sentence=sentence.index,
                passing=True,
            )
        )
    return earlier


def _date_end(sentence: Sentence, trigger: re.Match[str], when: str) -> int:
    """Where the date ``dated_after`` read after a trigger ends in the text."""
    dated = sentence.scan.first(load_lexicon().when, trigger.end(), sentence.end)
    return dated.end() if dated is not None and dated.group() == when else trigger.end()


def _presupposed(sentence: Sentence, trigger: re.Match[str]) -> ContactDraft | None:
    """ "During the talks, the representatives of Ukraine and Russia agreed …": the
    states a sentence names take part in the occasion it presupposes."""
    states: list[ActorRef] = []
    for m in sentence.mentions:
        ref = m.ref
        if ref is not None and ref.kind == "state" and m.kind == "body" and ref not in states:
            states.append(ref)
    if len(states) != 2:
        return None
    return ContactDraft(
        participants=states,
        mode=mode_of(category(trigger)),
        status="held",
        quotes=[(sentence.start, sentence.end)],
        when=when_in(sentence),
        sentence=sentence.index,
    )


_VERB_AFTER = re.compile(r"\s+(?:(?:also|further|again|jointly)\s+)?")


def joint_topics(text: str, sentence: Sentence) -> list[str]:
    """What parties speaking together took up: "The leaders discussed X", "They
    reaffirmed their support for Y"."""
    start = (
        sentence.claims[0].subject.end
        if sentence.claims and sentence.claims[0].subject
        else sentence.start
    )
    # Past the verb: "The leaders reaffirmed their support for …".
    lexicon = load_lexicon()
    verb = _VERB_AFTER.match(text, start, sentence.end)
    if verb is not None:
        at, end = verb.end(), sentence.end
        hit = sentence.scan.at(lexicon.speech, at, end) or sentence.scan.at(
            lexicon.contact_topics, at, end
        )
        if hit is not None:
            start = hit.end()
    topic = topic_after(text, start, sentence.end)
    return [topic] if topic else []
