"""The other owners of one movement: states coordinated with its owner as the trigger's
subject or as the genitive of its forces ("Lithuania and Latvia delivered", "the armed
forces of Russia and Belarus started"), each moving the same forces (Quirk et al. 13.2).
Apart from ``movement_owners`` because a coordination is read after the owner is known.
So are the owner a pronoun subject carries on from the clause or sentence before ("…, and
it has moved", "they will return"), and the forces such a "they" stands for.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.movement_subjects import judged, state_of
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.schema import Quantity

_AND = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_CO_OWNER_REACH = 60
# The genitive of any forces noun: "the armed forces of Russia and Belarus", "warships of
# Russia, China and Iran".
_OF_BEFORE = re.compile(r"\s+of\s+(?:the\s+)?$")
_SUBJECT_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}")


def co_owners(sentence: Sentence, actor: ActorRef, before: int) -> list[ActorRef]:
    """The states coordinated with the owner before the trigger: "Lithuania and Latvia
    delivered", "the armed forces of Russia and Belarus have started" (a coordinated subject or
    genitive is each member's, Quirk et al. 13.2: one movement per state)."""
    text = sentence.scan.text
    mentions = [m for m in sentence.mentions if m.end <= before]
    for i, m in enumerate(mentions):
        if state_of(m, sentence.first_person) != actor:
            continue
        others: list[ActorRef] = []
        last = m
        for after in mentions[i + 1 :]:
            if _AND.fullmatch(text, last.end, after.start) is None:
                break
            other = state_of(after, sentence.first_person)
            if other is None or other.kind != "state" or other == actor:
                break
            others.append(other)
            last = after
        # The group must be the trigger's own subject, right before its verb, or the
        # genitive of its forces ("the armed forces of Russia and Belarus have started"), not a
        # judge of it further off ("Belarus and Russia note with concern the deployment").
        genitive = _genitive(text, m)
        subject = _SUBJECT_GAP.fullmatch(text, last.end, before)
        if (not genitive and subject is None) or judged(sentence.scan, last.end, before):
            return []
        return others
    return []


# State adjectives joined before one forces or drill noun: "Lithuanian and Polish troops",
# "the Russian and Belarusian armed forces" (Quirk et al. 13.2: the forces are each state's).
# Not a hyphenated pair: "the joint Russian-Belarusian exercise" names the drill by its
# partners, and is told as the reporting side's (the labels give the second state 1 time in 3).
_JOINED_ADJECTIVES = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def adjective_co_owners(
    sentence: Sentence,
    actor: ActorRef,
    head_start: int,
    head_end: int,
) -> list[ActorRef]:
    """The states whose adjectives are joined with the owner's adjective before the forces'
    head (or the drill noun's): one movement for each."""
    text = sentence.scan.text
    first_person = sentence.first_person
    near = [m for m in sentence.mentions if head_start - 40 <= m.start and m.end <= head_end]
    for i, m in enumerate(near):
        if not _state_adjective(m) or state_of(m, first_person) != actor:
            continue
        chain = [m]
        for step in (-1, 1):
            j, last = i + step, m
            while 0 <= j < len(near):
                left, right = (near[j], last) if step < 0 else (last, near[j])
                if not _state_adjective(near[j]) or not _JOINED_ADJECTIVES.fullmatch(
                    text, left.end, right.start
                ):
                    break
                chain.append(near[j])
                j, last = j + step, near[j]
        others = [state_of(o, first_person) for o in chain[1:]]
        return [o for o in others if o is not None and o.kind == "state" and o != actor]
    return []


def _state_adjective(m: Mention) -> bool:
    """A state's adjective as written, capitalised: "Polish", not the "based US" left of
    "Germany-based US troops" (a place's suffix read into the next name)."""
    return m.adjective and m.text[:1].isupper()


def _genitive(text: str, m: Mention) -> bool:
    """Whether ``m`` is the genitive of a forces noun, before it ("the armed forces of
    Russia") or read with it as one name ("Warships of Russia")."""
    inner = m.text.rfind(" of ")
    pos = m.start + inner + len(" of ") if inner >= 0 else m.start
    return _forces_of(text, max(0, m.start - _CO_OWNER_REACH), pos)


def _forces_of(text: str, window: int, pos: int) -> bool:
    """Whether a forces noun and "of" stand right before ``pos``."""
    of = _OF_BEFORE.search(text, window, pos)
    if of is None:
        return False
    nouns = load_lexicon().force_nouns.finditer(text, window, of.start())
    return any(noun.end() == of.start() for noun in nouns)


# "Russia has gathered 130,000 troops along Ukraine's borders, and it has moved more
# battalions toward Belarus": the pronoun subject of a clause coordinated with the clause of
# the movement told just before carries on its subject (Quirk et al. 13.5, 13.71), not the
# nearest party named in a place or possessive; so does a demonstrative naming its forces
# again ("allowed 30,000 Russian troops to stage there, and those forces then crossed into
# Ukraine", Quirk et al. 6.44).
_AND_PRONOUN = re.compile(
    r",?\s+and\s+(?:it|they|(?:those|these)\s+(?:[\w-]+\s+)?"
    r"(?:forces|troops|units|soldiers|servicemen))\s+(?:[a-z]+\s+){0,3}$"
)


def continued_owner(
    text: str, trigger_start: int, clause_floor: int, told: ActorRef | None
) -> ActorRef | None:
    """The owner of the movement told before in the sentence, when this trigger's subject is
    a pronoun coordinated after it."""
    if told is None:
        return None
    window = max(clause_floor, trigger_start - 40)
    return told if _AND_PRONOUN.search(text, window, trigger_start) is not None else None


# "Western countries continue to supply Ukraine with weapons and to send instructors there":
# an infinitive coordinated with the infinitive of the movement told just before shares its
# understood subject (Quirk et al. 13.58), the owner of that movement, and is a clause of
# its own, quoted from its "to" up to the next comma or the sentence's end.
_AND_TO = re.compile(r",?\s+(?:and|or)\s+(?:also\s+)?(?P<to>to)\s+$")
_INFINITIVE_CLOSE = re.compile(r"[,;:]|[.!?]?\s*$")


def coordinated_infinitive(
    text: str, trigger_start: int, clause_floor: int, clause_end: int
) -> tuple[int, int] | None:
    """The span of the infinitive clause the trigger opens when it is coordinated with an
    infinitive before it ("… to supply …, and to send instructors there"): from its "to"
    to the next comma or the end of the clause."""
    window = max(clause_floor, trigger_start - 20)
    found = _AND_TO.search(text, window, trigger_start)
    if found is None:
        return None
    close = _INFINITIVE_CLOSE.search(text, trigger_start, clause_end)
    return found.start("to"), close.start() if close is not None else clause_end


def shared_infinitive_owner(
    text: str, trigger_start: int, clause_floor: int, told: ActorRef | None
) -> ActorRef | None:
    """The owner of the movement told before in the sentence, when this trigger is an
    infinitive coordinated with that movement's ("… to supply …, and to send …")."""
    if told is None:
        return None
    window = max(clause_floor, trigger_start - 20)
    return told if _AND_TO.search(text, window, trigger_start) is not None else None


# "Units of the Eastern Military District have arrived in Belarus. Upon completion of the
# exercise, they will return to their permanent bases.": "they" as the subject of a
# movement verb, right after a movement told, are its forces (Quirk et al. 6.18); their
# owner is that movement's.
_THEY_SUBJECT = re.compile(
    r"\b[Tt]hey(?:['\u2019](?:ll|re|ve))?\s+"
    r"(?:(?:will|would|are|were|have|had|shall|then|also|now|soon|begin\s+to|began\s+to)\s+)*$"
)
# … opening its clause: the sentence, or after a comma, a semicolon, "and" or "then".
_CLAUSE_OPENED = re.compile(r"(?:^[\s\"\u201c]*|(?:[,;]|\band|\bthen)\s+)$")


def forces_told_before(
    text: str,
    clause_start: int,
    trigger_start: int,
    told: tuple[str, Quantity | None, ActorRef] | None,
) -> tuple[Forces, ActorRef] | None:
    """The forces and owner of the movement told just before, when this trigger's subject
    is "they" and names no forces of its own."""
    if told is None:
        return None
    they = they_subject(text, clause_start, trigger_start)
    if they is None:
        return None
    forces_text, quantity, actor = told
    return Forces(they.start(), they.start(), forces_text, "troops", quantity), actor


def they_subject(text: str, clause_start: int, trigger_start: int) -> re.Match[str] | None:
    """ "they" as the subject of the trigger's verb, opening its clause."""
    they = _THEY_SUBJECT.search(text, clause_start, trigger_start)
    if they is None or not _CLAUSE_OPENED.search(text[clause_start : they.start()]):
        return None
    return they
