"""Sides a contact's form implies beyond its subject and the parties named after its
trigger: the host a visitor's place names ("is in Kyiv on a visit", "will come here"), the
host of talks held in another state's place ("his talks in Moscow"), the organisation a
gathering is named for ("an extraordinary NATO Summit"), the writer of a post with its
subject left out ("Had a phone call with …"), the states a delegation stands for, and
the sides of running talks told by their delegations ("the Russian side", "our delegation").

Apart from ``contact_parties`` (the grammar of subjects, owners and objects) because these
are inferences from a contact's kind and place, and change with the schema's reading of
visits and gatherings.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.patterns import window_after
from summarise.extraction.backends.baseline.refs import ActorRef, state
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.schema import ContactMode

_WINDOW = 40


def implied_sides(
    sentence: Sentence,
    trigger: re.Match[str],
    mode: ContactMode,
    parties: list[ActorRef],
    subjectless: bool,
    *,
    negotiation: bool = False,
) -> list[ActorRef]:
    """``parties`` with the sides the contact's form implies (see the module); for running
    talks or a round of them (``negotiation``) the delegations named come before a host:
    "the Ukrainian delegation, judging by the second round in Belarus" names the venue."""
    speaker = sentence.first_person
    text = sentence.text
    if _HERE.fullmatch(trigger.group().lower()):
        parties = _visit_here(text, sentence, trigger.start())
    if (
        subjectless
        and speaker is not None
        and _SUBJECTLESS.fullmatch(text, sentence.start, trigger.start())
    ):
        parties = [speaker, *(p for p in parties if p.side != speaker.side)]
    if mode == "visit" and len({p.side for p in parties}) < 2:
        parties = [*parties, *_host_before(sentence, trigger.start())]
    if mode in ("summit", "meeting"):
        parties = _with_convener(sentence, trigger, parties)
    if negotiation:
        parties = negotiating_sides(sentence, trigger, parties)
    if mode in ("talks", "meeting") and len({p.side for p in parties}) == 1:
        parties = [*parties, *host_after(sentence, trigger.end(), parties)]
    if _DELEGATION.search(
        text,
        max(sentence.start, trigger.start() - _WINDOW),
        window_after(text, trigger.end(), _WINDOW),
    ):
        parties = [_state_of(p) for p in parties]
    return parties


# A first-person post with its subject left out: "Had a phone call with …", "Just talked to
# …", "Held talks with …": the one who writes is the subject.
_SUBJECTLESS = re.compile(
    r"\s*(?:(?:[Jj]ust|[Aa]lso|[Tt]oday|[Tt]hen|[Aa]gain|[Hh]ad|[Hh]eld|[Hh]ave)\s+)*"
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,2})?"
)


def _with_convener(
    sentence: Sentence, trigger: re.Match[str], parties: list[ActorRef]
) -> list[ActorRef]:
    """ "attend an extraordinary NATO Summit", "the EU summit": an organisation named as
    the gathering's modifier convenes it and takes part."""
    for m in sentence.mentions:
        ref = m.ref
        if ref is None or ref.kind != "organisation" or m.start >= trigger.start():
            continue
        if (m.end >= trigger.end() or not sentence.text[m.end : trigger.start()].strip()) and all(
            p.side != ref.side for p in parties
        ):
            return [*parties, ref]
    return parties


_IN_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")


def host_after(sentence: Sentence, end: int, parties: list[ActorRef]) -> list[ActorRef]:
    """ "his talks in Moscow": one side's talks held in another state's place are talks
    with that state, the host (with no ``parties`` yet, the state placed there)."""
    placed = _IN_PLACE.match(sentence.text, end, sentence.end)
    if placed is None:
        return []
    host = next(
        (m.ref for m in sentence.mentions if m.start == placed.end() and m.kind == "body"),
        None,
    )
    if host is None or host.kind != "state" or any(p.side == host.side for p in parties):
        return []
    return [host]


# "is in Kyiv on a two-day visit", "arrived in Riga for an official visit": the place the
# visitor is in, right before the visit that brought him.
_IN_BEFORE_VISIT = re.compile(
    r"\bin\s+(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:on|for)\s+(?:a|an|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)


def _host_before(sentence: Sentence, start: int) -> list[ActorRef]:
    """The host of a visit named by the place its visitor is in before it."""
    found = _IN_BEFORE_VISIT.search(sentence.text, max(sentence.start, start - 60), start)
    if found is None:
        return []
    place = next(
        (m.ref for m in sentence.mentions if m.start == found.start("place") and m.ref),
        None,
    )
    return [] if place is None else [state(place.country) if place.country else place]


# Going to where the speaker is: "will come here", "will be here tomorrow".
_HERE = re.compile(r".* here")
# Between a visitor and "coming here": an auxiliary of the present or future (not the
# be or modal classes: a visit told in the past is not to come), no clause boundary.
_VISITOR_GAP = re.compile(r"\s+(?:(?:is|are|will|would|also|be|soon)\s+)*$|\s+$")


def _visit_here(text: str, sentence: Sentence, start: int) -> list[ActorRef]:
    """ "…; the Italian Foreign Minister will be here in three days": "here" is where the
    speaker is, so the speaker's state hosts, and the visitor is the person right before
    the verb; with no speaker or no such person, nobody is known."""
    speaker = sentence.first_person
    if speaker is None or speaker.country is None:
        return []
    before = [m for m in sentence.mentions if m.end <= start and m.ref is not None]
    if not before or not _VISITOR_GAP.fullmatch(text, before[-1].end, start):
        return []
    visitor = before[-1].ref
    assert visitor is not None
    host = state(speaker.country)
    return [] if not visitor.is_person or visitor.side == host.side else [visitor, host]


# "send a delegation to hold talks", "met with an American delegation": delegations speak
# for their states, so the contact is between states, not the people who sent them.
_DELEGATION = re.compile(r"\bdelegations?\b", re.IGNORECASE)


def _state_of(party: ActorRef) -> ActorRef:
    return state(party.country) if party.is_person and party.country else party


# "our delegation", "our negotiators": the people the speaker's state sends to the talks.
_OWN_PEOPLE = re.compile(r"\s+(?:delegation|negotiators|negotiating\s+team|side)\b", re.IGNORECASE)
# "the negotiations with the Russian delegation": the side the talks are held with.
_WITH_SIDE = re.compile(r"\s+with\s+$")


def negotiating_sides(
    sentence: Sentence,
    trigger: re.Match[str],
    parties: list[ActorRef],
) -> list[ActorRef]:
    """``parties`` of running talks ("the negotiations", "the next round of talks") with
    the sides its sentence names by their delegations: a negotiation is held between
    delegations, each its state's side ("Our delegation is in touch with the Russian
    side, and the next round of talks will be held on Monday"). A side named only in
    the talks' with-phrase holds them with the speaker's state ("The negotiations with the
    Russian delegation continue"); a side only reporting on them ("The Russian side says
    the second round …") names no other. A party named only as a side ("the Russian
    delegation remains ready to go on with the talks") is its state, not its leader."""
    speaker = sentence.first_person
    text = sentence.text
    # A party the sentence names only as a side ("the Russian delegation") is its state.
    by_name = {m.ref for m in sentence.mentions if m.kind != "side"}
    by_side = {m.ref for m in sentence.mentions if m.kind == "side"}
    as_sides = list(
        dict.fromkeys(_state_of(p) if p in by_side and p not in by_name else p for p in parties)
    )
    if len({p.side for p in as_sides}) >= 2:
        return as_sides  # the talks' own parties: a side named elsewhere is no third
    sides = list(as_sides)
    for m in sentence.mentions:
        if m.kind == "side" and m.ref is not None:
            ref = _state_of(m.ref)
        elif (
            m.kind == "first"
            and m.possessive
            and speaker is not None
            and speaker.country is not None
            and _OWN_PEOPLE.match(text, m.end, sentence.end)
        ):
            ref = state(speaker.country)
        else:
            continue
        if all(p.side != ref.side for p in sides):
            sides.append(ref)
        if (
            len({p.side for p in sides}) == 1
            and m.start > trigger.end()
            and _WITH_SIDE.fullmatch(text, trigger.end(), m.start)
            and speaker is not None
            and speaker.country is not None
            and speaker.side != ref.side
        ):
            sides.insert(0, state(speaker.country))
    return sides if len({p.side for p in sides}) >= 2 else as_sides
