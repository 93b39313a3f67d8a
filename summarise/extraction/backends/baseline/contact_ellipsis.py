"""Contacts told with a part left out, as long documents tell occasions in passing: a second
occasion whose verb is elided ("I spoke with X this morning, and before that with Y"), and a
reciprocal verb whose other party is understood ("I said this to X when we spoke on
Friday", "When we spoke on Thursday, he promised …").

Apart from ``contacts`` because these have no trigger with parties of their own: the elided
occasion borrows the verb, mode and subject of the contact before it in its sentence, and
the reciprocal "we"/"they" takes its parties from the people named around it.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.contact_objects import objects_after
from summarise.extraction.backends.baseline.contacts import ContactDraft
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.schema import ContactMode

# A coordinated with-phrase set apart in time from the occasion before it: "…, and before
# that with Y", "and then with Y", "and later to Y" (gapping: the verb and subject of the
# first conjunct are understood, Quirk et al. 13.92). A plain "and with Y" may be the same
# occasion, so a time adverb must set the two apart.
_ELIDED = re.compile(
    r",?\s+and\s+(?:(?:before|after)\s+that|then|later|earlier|afterwards|subsequently)"
    r",?\s+(?:with|to)\s+"
)
# A reciprocal verb of speaking or meeting with no party after it ("when we spoke on
# Friday", "they met yesterday"): its subject holds both sides (Levin 36.1, reciprocal
# verbs with the collective subject alternation). A means adjunct may stand between the
# verb and its date and says the medium ("when we spoke by telephone on Monday").
_RECIPROCAL = re.compile(
    r"\b(?P<who>we|they)\s+(?:(?:last|also|first|briefly|had|have)\s+)*"
    r"(?P<verb>spoke|spoken|talked|met)\b"
    r"(?:\s+(?:by|on|over)\s+(?:the\s+)?(?:(?P<phone>(?:tele)?phone)|(?P<video>video(?:\s*link|conference)?))\b)?"
    r"(?!\s+(?:with|to|by)\b)",
    re.IGNORECASE,
)
# What the verb must hold, for a substring test to turn away most sentences before the
# search ("spoken" holds "spoke"): a case-insensitive search opening on a word boundary is
# tried at every position of the sentence.
_RECIPROCAL_VERBS = ("spoke", "talked", "met")
# How far after the verb its time may stand: "spoke on Friday", "met yesterday in Kyiv".
_DATED_WITHIN = 12


def told_in_passing(
    text: str, sentence: Sentence, previous: Sentence | None, found: list[ContactDraft]
) -> list[ContactDraft]:
    """The contacts a sentence tells beside those ``found`` with their triggers: an elided
    second occasion, or, with none found, a dated reciprocal verb."""
    if found:
        return _elided_occasions(text, sentence, found)
    told = _reciprocal_contact(text, sentence, previous)
    return [told] if told is not None else []


def _elided_occasions(
    text: str, sentence: Sentence, found: list[ContactDraft]
) -> list[ContactDraft]:
    """The second occasion of a sentence whose first contact has one subject: "I spoke with
    X this morning, and before that with Y" is Y's own occasion with the same subject; "X
    delivered its reply to Z, and Y handed over its own paper" is Y's letter to Z."""
    own = [c for c in found if c.sentence == sentence.index]
    if not own:
        return []
    first = own[0]
    elided: list[ContactDraft] = _second_senders(text, sentence, first)
    for gap in _ELIDED.finditer(text, sentence.start, sentence.end):
        if first.mode != "visit" and _place_at(sentence, gap.end()):
            continue  # "travel to Warsaw and then to Bucharest, where she will meet X"
        parties = [
            p
            for p in objects_after(text, sentence, gap.end(), sentence.end)
            if p.side != first.participants[0].side
        ]
        if not parties:
            continue
        elided.append(
            ContactDraft(
                participants=[first.participants[0], *parties],
                mode=first.mode,
                status=first.status,
                quotes=[(sentence.start, sentence.end)],
                sentence=sentence.index,
            )
        )
    return elided


def _place_at(sentence: Sentence, start: int) -> bool:
    """Whether a place is named at ``start`` ("and then to Bucharest"): a trip's second
    stop, which only a visit's second occasion goes on to; a meeting held on that trip is
    not repeated there with the place's state."""
    return any(m.start == start and m.place for m in sentence.mentions)


# A second conjunct whose sender sends a message of its own, its addressee left out as the
# first conjunct's (Quirk et al. 13.92): "…, and NATO handed over its own paper".
_AND_THEN = re.compile(r",?\s+and\s+(?:(?:on\s+the\s+same\s+day|in\s+parallel|also|then),?\s+)*")


@cache
def _sent_own() -> re.Pattern[str]:
    """A verb of sending and a text of the sender's own (lexicon.toml [contact_nouns]
    sending; replies, sent_texts)."""
    nouns = read_data("lexicon.toml")["contact_nouns"]
    verbs = "|".join(nouns["sending"])
    texts = "|".join([*nouns["replies"], *nouns["sent_texts"]])
    return re.compile(
        rf"\s+(?:also\s+)?(?:{verbs})\s+(?:its|their|his|her|a|an)\s+"
        rf"(?:(?:own|separate|written|formal)\s+)*(?:{texts})\b",
        re.IGNORECASE,
    )


_ADDRESSED = re.compile(r"\s+to\b")


def _second_senders(text: str, sentence: Sentence, first: ContactDraft) -> list[ContactDraft]:
    """The letters a coordinated sender adds to the correspondence before it."""
    if first.mode != "correspondence" or len(first.participants) < 2:
        return []
    addressee = first.participants[-1]
    letters: list[ContactDraft] = []
    for m in sentence.mentions:
        gap = _AND_THEN.search(text, max(sentence.start, m.start - 40), m.start)
        if m.ref is None or gap is None or gap.end() != m.start:
            continue
        sent = _sent_own().match(text, m.end, sentence.end)
        if sent is None or _ADDRESSED.match(text, sent.end()) or m.ref.side == addressee.side:
            continue  # "… its own paper to Ukraine" names its own addressee
        letters.append(
            ContactDraft(
                participants=[m.ref, addressee],
                mode="correspondence",
                status=first.status,
                quotes=[(sentence.start, sentence.end)],
                when=first.when,
                sentence=sentence.index,
            )
        )
    return letters


def _reciprocal_contact(
    text: str, sentence: Sentence, previous: Sentence | None
) -> ContactDraft | None:
    """A dated reciprocal "we spoke"/"they met": "we" is the speaker and the person the
    sentence names beside them (else the person the sentence before names); "they" are the
    people of two sides the sentence names. Undated, it names no occasion (the guide)."""
    if not sentence.scan.may_hold(_RECIPROCAL_VERBS, sentence.start, sentence.end):
        return None
    found = _RECIPROCAL.search(text, sentence.start, sentence.end)
    if found is None:
        return None
    when = sentence.scan.first(load_lexicon().when, found.end(), sentence.end)
    if when is None or when.start() - found.end() > _DATED_WITHIN:
        return None
    if found["who"].lower() == "we":
        speaker = sentence.first_person
        if speaker is None:
            return None
        others = _people(sentence, found.start(), speaker) or (
            _people(previous, previous.end, speaker)[-1:] if previous is not None else []
        )
        parties = [speaker, *others[-1:]]
    else:
        parties = _people(sentence, found.start(), None)
    if len({p.side for p in parties}) < 2:
        return None
    return ContactDraft(
        participants=parties,
        mode=_reciprocal_mode(found),
        status="held",
        quotes=[(sentence.start, sentence.end)],
        when=when.group(),
        sentence=sentence.index,
        passing=True,
    )


def _reciprocal_mode(found: re.Match[str]) -> ContactMode:
    """The medium its means adjunct says, else a meeting for "met" and none for speaking."""
    if found["phone"]:
        return "phone_call"
    if found["video"]:
        return "video_call"
    return "meeting" if found["verb"].lower() == "met" else "other"


def _people(sentence: Sentence, before: int, speaker: ActorRef | None) -> list[ActorRef]:
    """The people a sentence names before ``before``, one per side, none of the speaker's."""
    people: list[ActorRef] = []
    for m in sentence.mentions:
        ref = m.ref
        if m.start >= before or ref is None or not ref.is_person or m.kind in ("first", "joint"):
            continue
        if speaker is not None and ref.side == speaker.side:
            continue
        if all(p.side != ref.side for p in people):
            people.append(ref)
    return people
