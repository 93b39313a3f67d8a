"""Whose forces "their" and "they" stand for when the sentence names no party but the
speaker: the other party the text named last.

A speaker answering a question or going on about the other side says "their units" and
"they are regrouping" of the party just named ("the Russian Ministry of Defence says its
forces will concentrate … Yes, some of their units are pulling back"): the plural
pronoun stands for the nearest party named before it (Quirk et al. 6.23, anaphoric
reference), never for the speaker, who is "we". A verb of perceiving ("we see that they
are regrouping") tells what the speaker observes, so its subject lends no owner. Where the
nearest sentence naming a party names two, "their" could be either: no owner (precision
before recall).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.forces_phrase_owners import (
    named_with_forces,
    phrase_postmodifier_owner,
)
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.literal_gates import gated_search
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.movement_co_owners import they_subject
from summarise.extraction.backends.baseline.movement_draft import MovementDraft
from summarise.extraction.backends.baseline.movement_status import NOMINAL
from summarise.extraction.backends.baseline.movement_subjects import state_of
from summarise.extraction.backends.baseline.paragraph_owner import as_place
from summarise.extraction.backends.baseline.patterns import OPTIONAL_THE
from summarise.extraction.backends.baseline.quantities import Forces, find_forces
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import BE, HAVE, MODALS

# How many sentences back "their" may look for the party it stands for: an interview's
# question and the first sentences of the answer to it, not a paragraph of other matters.
REACH = 3
# "their" belongs to the forces phrase when it opens it or follows a partitive within it
# ("some of their units").
_POSSESSOR_REACH = 12


@cache
def _perceived() -> re.Pattern[str]:
    """A first-person verb of perceiving and its that-clause ("we also see that …"): what
    follows is observed, not done by the perceiver (lexicon.toml [forces] perceiving)."""
    verbs = read_data("lexicon.toml")["forces"]["perceiving"]
    return re.compile(rf"\b(?:[Ww]e|I)\s+(?:\w+\s+)?(?:{'|'.join(verbs)})\s+that\b", re.IGNORECASE)


# The cue of a presence perceived (lexicon.toml, deploy): "we see their ships in …".
_SEEN = re.compile(r"(?:see|observe|notice)", re.IGNORECASE)


def perceived(trigger: re.Match[str]) -> bool:
    """Whether the cue is a verb of perceiving that tells forces present somewhere."""
    return _SEEN.fullmatch(trigger.group()) is not None


def seen_owner(
    text: str,
    sentence: Sentence,
    forces: Forces | None,
    trigger: re.Match[str],
    earlier: Sequence[Sentence],
    told: MovementDraft | None = None,
) -> ActorRef | None:
    """The owner of forces a speaker perceives: named in their own phrase ("we see Russian
    units near …") or the party "their" stands for; never the perceiver, the subject of
    the verb ("we see thirty battalions near our border" names no owner)."""
    return antecedent_owner(text, sentence, forces, trigger, earlier, told) or named_with_forces(
        text, sentence, forces, trigger.span()
    )


@cache
def _perceived_doer() -> re.Pattern[str]:
    """A verb of perceiving and the noun phrase right after it, before the trigger: the
    subject of its bare infinitive or participle ("we have seen Russian forces move …")."""
    verbs = read_data("lexicon.toml")["forces"]["perceiving"]
    return re.compile(
        rf"\b(?:{'|'.join(verbs)}|saw)\s+(?P<doer>[^,;:.]{{1,40}}?)\s+$", re.IGNORECASE
    )


def perceived_doer(text: str, sentence: Sentence, trigger: re.Match[str]) -> ActorRef | None:
    """The owner of a movement a speaker perceives another party make, named as the subject
    of the perceived clause ("We have also seen Russian forces move field hospitals closer
    to the border", Quirk et al. 16.52: the object of "see" is the infinitive's subject):
    that party, not the perceiver and not the forces moved after the verb."""
    window = max(sentence.start, trigger.start() - 60)
    seen = gated_search(sentence.scan, _perceived_doer(), text, window, trigger.start())
    if seen is None:
        return None
    doers = [
        m
        for m in sentence.mentions
        # The doer's name opens the perceived noun phrase ("Russian forces", "the Russian
        # army"), not a place inside it ("troops in Belarus").
        if OPTIONAL_THE.fullmatch(text, seen.start("doer"), m.start)
        and m.end <= seen.end("doer")
        and m.kind != "first"
    ]
    owners = {state_of(m, sentence.first_person) for m in doers}
    owners.discard(None)
    return owners.pop() if len(owners) == 1 else None


@cache
def _perceived_mover() -> re.Pattern[str]:
    """A first-person verb of perceiving, its object and the trigger right after it, a
    participle or bare infinitive whose subject that object is (Quirk et al. 16.52): "we
    have observed more battalions moving toward the border", "we saw fresh units arrive".
    Not a that-clause, whose own subject the clause's rules read."""
    verbs = read_data("lexicon.toml")["forces"]["perceiving"]
    return re.compile(
        rf"\b(?:we|I)\s+(?:[\w'\u2019]+\s+){{0,3}}?(?:{'|'.join(verbs)})\s+"
        r"(?!(?:that|whether|how|what|no|any)\b)[^,;:.]{1,60}?\s+$",
        re.IGNORECASE,
    )


def perceives_mover(text: str, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """Whether the trigger is the verb of forces the speaker perceives moving; a movement
    noun ("we observed tactical exercises") is what is seen, no verb of its own."""
    if NOMINAL.search(trigger.group()) is not None:
        return False
    window = max(sentence.start, trigger.start() - 100)
    return (
        gated_search(sentence.scan, _perceived_mover(), text, window, trigger.start()) is not None
    )


def mover_seen_owner(
    text: str,
    sentence: Sentence,
    forces: Forces | None,
    trigger: re.Match[str],
    earlier: Sequence[Sentence],
    told: MovementDraft | None = None,
) -> ActorRef | None:
    """The owner of forces a speaker perceives moving: the party their own phrase or the
    perceived clause's subject names, else the one other party the sentence names before
    them ("Moscow has announced a pullback, but we have observed more units arriving"),
    else the one named in the nearest earlier sentence; never the perceiver."""
    named = seen_owner(text, sentence, forces, trigger, earlier, told) or perceived_doer(
        text, sentence, trigger
    )
    if named is not None:
        return named
    own = sentence.first_person.country if sentence.first_person is not None else None
    here = {
        p
        for m in sentence.mentions
        if m.end <= trigger.start() and (p := _party(text, m, sentence, own)) is not None
    }
    if here:
        return here.pop() if len(here) == 1 else None
    return _named_before(text, sentence, earlier, told, trigger.start())


def antecedent_owner(
    text: str,
    sentence: Sentence,
    forces: Forces | None,
    trigger: re.Match[str],
    earlier: Sequence[Sentence],
    told: MovementDraft | None = None,
) -> ActorRef | None:
    """The owner "their" before the forces, or "they" in what a speaker perceives, stands
    for: the one other party named in the nearest earlier sentence that names any, the
    owner of the movement told last (``told``), when told in the sentence just before and
    not the speaker's side, counted as named there ("some of their units are being drawn
    back. But we see that they are regrouping")."""
    pronoun = _their_forces(sentence, forces) or _perceived_they(text, sentence, trigger)
    return _named_before(text, sentence, earlier, told) if pronoun is not None else None


def they_forces_owner(
    text: str, sentence: Sentence, they_start: int, trigger: re.Match[str]
) -> ActorRef | None:
    """The owner of the forces an unresolved "they" takes up: the first forces named before
    it in the sentence, the subject it goes on with (Quirk et al. 6.18: "they" takes up the
    nearest fitting subject), owned by the party named with them ("Russian forces have
    launched missiles from Belarusian soil, and they moved troops toward Kyiv"; "The
    Ukrainian armed forces have brought up heavy artillery …, and they shell Donetsk")."""
    named = find_forces(sentence.scan, sentence.start, they_start, load_lexicon())
    return named_with_forces(text, sentence, named[0], trigger.span()) if named else None


def they_antecedent(
    text: str,
    sentence: Sentence,
    clause_start: int,
    trigger: re.Match[str],
    earlier: Sequence[Sentence],
    told: MovementDraft | None = None,
) -> ActorRef | None:
    """The party an unresolved "they" moving the forces stands for ("Well, there is some
    irony there, when they have over 100,000 troops on the border"), found as for
    "their" but only where it is the one party named in those sentences, a state named as
    a place included ("delivered Javelins to Ukraine. They have moved …" may be either);
    after forces named earlier in the sentence, "they" is those forces, their owner the one
    named with the first of them (the subject "they" takes up)."""
    they = they_subject(text, clause_start, trigger.start())
    if they is None or _unresolved(sentence, "they", they.start(), they.end()) is None:
        return None
    if find_forces(sentence.scan, sentence.start, they.start(), load_lexicon()):
        # "New units are arriving, and they are deploying": the forces themselves
        return they_forces_owner(text, sentence, they.start(), trigger)
    carried = subject_taken_up(text, sentence, they.start(), earlier)
    if carried is not None:
        return carried
    found = _named_before(text, sentence, earlier, told)
    own = sentence.first_person.country if sentence.first_person is not None else None
    named = {
        p
        for prev in earlier[-REACH:]
        for m in prev.mentions
        if (p := _party(text, m, prev, own, places=True)) is not None
    }
    return found if named <= {found} else None


# A verb group right after a forces phrase: the phrase is its clause's subject ("Russian
# forces are …", "our Armed Forces have not struck …").
# An of-genitive naming the owner may come between ("the Armed Forces of Belarus have …").
_SUBJECT_VERB = re.compile(
    rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s+(?:{BE}|{HAVE}|{MODALS})\b"
)
# "they" opening a sentence, after an opening quotation mark if any.
_THEY_OPENS = re.compile(r"[\s\"\u201c]*[Tt]hey\b")


def subject_taken_up(
    text: str, sentence: Sentence, they_start: int, earlier: Sequence[Sentence]
) -> ActorRef | None:
    """The owner of the forces a "they" opening its sentence takes up: the forces the
    sentence before has as its subject (Quirk et al. 6.18: "they" continues the subject
    just named), or, through sentences that themselves open on "they", the forces subject
    of the first of them. "Look at what Russian forces are really doing. They are
    shelling apartment blocks … They have encircled Mariupol"; "Our Armed Forces do not
    strike civilian infrastructure; they are striking military facilities" (split at
    the semicolon). Only when every forces subject there has one owner, named in its own
    phrase."""
    opening = _THEY_OPENS.match(text, sentence.start)
    if opening is None or opening.end() < they_start:
        return None
    for prev in reversed(earlier):
        owners = {
            named_with_forces(text, prev, f, (f.start, f.end))
            or phrase_postmodifier_owner(text, prev, f)
            for f in find_forces(prev.scan, prev.start, prev.end, load_lexicon())
            if _SUBJECT_VERB.match(text, f.end)
        }
        if owners:
            return owners.pop() if len(owners) == 1 else None
        if _THEY_OPENS.match(text, prev.start) is None:
            return None
    return None


def _named_before(
    text: str,
    sentence: Sentence,
    earlier: Sequence[Sentence],
    told: MovementDraft | None,
    upto: int | None = None,
) -> ActorRef | None:
    """The one other party named in the nearest earlier sentence that names any, or the
    owner of the movement told in the sentence just before; only when the sentence names
    none itself (before ``upto``, when given)."""
    own = sentence.first_person.country if sentence.first_person is not None else None
    if any(
        _party(text, m, sentence, own) is not None
        for m in sentence.mentions
        if upto is None or m.end <= upto
    ):
        return None  # "Moscow says their troops …": the sentence names its own antecedent
    last = told.actor if told is not None and told.sentence == sentence.index - 1 else None
    for back, prev in enumerate(reversed(earlier[-REACH:])):
        parties = {p for m in prev.mentions if (p := _party(text, m, prev, own)) is not None}
        if back == 0 and last is not None and own not in (last.name, last.country):
            parties.add(last)
        if parties:
            return parties.pop() if len(parties) == 1 else None
    return None


def _their_forces(sentence: Sentence, forces: Forces | None) -> Mention | None:
    """An unresolved "their" opening the forces phrase ("their ships", "some of their
    units")."""
    if forces is None:
        return None
    return _unresolved(sentence, "their", forces.start - _POSSESSOR_REACH, forces.end)


def _perceived_they(text: str, sentence: Sentence, trigger: re.Match[str]) -> Mention | None:
    """An unresolved "they" in the clause a first-person verb of perceiving takes, before
    the trigger ("we see that they are massing there and that reserves … are being
    brought up")."""
    seen = gated_search(sentence.scan, _perceived(), text, sentence.start, trigger.start())
    if seen is None:
        return None
    return _unresolved(sentence, "they", seen.end(), trigger.start())


def _unresolved(sentence: Sentence, word: str, start: int, end: int) -> Mention | None:
    """The first pronoun ``word`` between ``start`` and ``end`` the resolver left unread."""
    return next(
        (
            m
            for m in sentence.mentions
            if m.kind == "pronoun"
            and m.ref is None
            and m.text.lower() == word
            and start <= m.start
            and m.end <= end
        ),
        None,
    )


def _party(
    text: str, m: Mention, sentence: Sentence, own: str | None, *, places: bool = False
) -> ActorRef | None:
    """The party a mention names, other than the speaker's own side: a state named as a
    place ("near Belarus") names none unless ``places``, nor does a pronoun."""
    if m.kind in ("first", "pronoun") or (m.place and not places and as_place(text, m)):
        return None
    party = state_of(m, sentence.first_person)
    if party is None or (own is not None and own in (party.name, party.country)):
        return None
    return party
