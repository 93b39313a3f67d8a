"""Whose military movement it is: the owner is always a state (schema rule): the state
named with the forces ("Russia's military build-up", "Russian Army's deterrence forces"),
the agent of a passive ("handed over by foreign partners") or of the action a movement is
the purpose of ("the measures taken by the West to beef up their forces"), or the subject
of the clause (a person stands for their state; "I"/"we" for the speaker's). A group the
vocabulary does not know ("Western countries", "illegal armed groups") owns what it does as
subject or agent, named as the text names it (the guide). A supply received is the
giver's, named after "from".
"""

from __future__ import annotations

import re
from functools import cache

from summarise.actors import country_of
from summarise.extraction.backends.baseline.clause_owners import (
    others_that_clause,
    second_clause_forces_owner,
    where_forces,
)
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.group_words import group_modifier
from summarise.extraction.backends.baseline.inclusions import INCLUSION
from summarise.extraction.backends.baseline.lexicon import load_grammar, load_lexicon
from summarise.extraction.backends.baseline.literal_gates import gated_search
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.movement_forces import ARRIVING
from summarise.extraction.backends.baseline.movement_parts import whole_owner
from summarise.extraction.backends.baseline.movement_subjects import (
    AND_GOVERNING,
    CONTRACTED_FIRST,
    RELATIVE_SUBJECT,
    antecedent,
    clause_subject,
    judged,
    state_of,
)
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.refs import ActorRef, state
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import (
    BE,
    HAVE,
    IRREGULAR_PASTS,
    MODALS,
    VERB_GROUP_WORD,
)
from summarise.extraction.backends.baseline.word_classes import alternation

_AGENT = re.compile(r"\s+by\s+(?:the\s+)?")
# "the shelling of Ukrainian positions, in particular settlements, by illegal armed groups":
# a nominal trigger's agent follows its object.
_AGENT_REACH = 60
# "deliveries of weapons that have been seized by the army": the agent of a relative
# clause is that clause's, not the trigger's.
_RELATIVE_PRONOUN = re.compile(r"\b(?:that|which|who|whom)\b")
# "the measures taken by the West to beef up", "the decision of the United Kingdom to
# provide": the party after "by" or the of-genitive of a decision is the infinitive's subject.
_AGENT_BEFORE = re.compile(r"\b(?:by|of)\s+(?P<agent>.{1,40}?)\s+to\s+(?:\w+\s+)?$")
_BASED = re.compile(r"-based\b")
# A source adjunct names who tells, not whose the forces are (Quirk et al. 8.84).
_SOURCE = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
# … and so does the possessor of a noun of evidence (Quirk et al. 8.127): "our information is
# that …", "their intelligence shows …".
_EVIDENCE = re.compile(
    r"\s+(?:" + "|".join(sorted(load_grammar().evidence_nouns)) + r")\b", re.IGNORECASE
)
# A list or an inclusion after a comma is another phrase: "toward Ukraine's border,
# including units that arrived by rail" (a fronted adverbial, "Following Norway's
# exercises, the frigates returned", still names whose forces they are).
_APART = re.compile(rf";|,\s+(?:{INCLUSION}|as well as|and|but)\b")
_FROM = re.compile(r"\s+from\s+(?:the\s+)?")
# A recipient named after "to" between a giving verb and what it gives.
_RECIPIENT_FIRST = re.compile(r"\s+(?:over\s+)?to\s+(?:the\s+)?$")
_WITH_AFTER = re.compile(r"\bwith\b")
_GAP_TO_SOURCE = 30
# A giver is the subject only when the verb follows it closely ("we will supply"); in
# "thanked for assistance provided by the United States" the subject is the recipient.
SUBJECT_GAP = 25


def owner(
    text: str,
    sentence: Sentence,
    forces: Forces | None,
    trigger: re.Match[str],
) -> ActorRef | None:
    """Whose movement it is, from the evidence nearest the forces outwards: their own
    phrase, what follows them, the whole they are part of, an agent, then the clause's
    subject; a farther party is read only when no nearer one names the owner."""
    named = named_with_forces(text, sentence, forces, trigger)
    if named is not None:
        return named
    postmodifier = _postmodifier_owner(text, sentence, forces, trigger)
    if postmodifier is not None:
        return postmodifier
    ours = _our_relative(text, sentence, forces, trigger)
    if ours is not None:
        return ours
    whole = whole_owner(sentence, forces.start) if forces is not None else None
    if whole is not None:
        return whole
    agent = _agent(text, sentence, trigger)
    if agent is not None:
        return agent
    thanks = _thanks(text, sentence, forces, trigger)
    if thanks is not None:
        return _thanked(sentence, thanks)
    group_subject = _group_subject(text, sentence, trigger.start())
    if group_subject is not None:
        return group_subject
    relative = RELATIVE_SUBJECT.search(text, sentence.start, trigger.start())
    if relative is not None:
        return antecedent(sentence, relative.start())
    near = clause_subject(sentence, trigger.start()) or _forces_subject(sentence, trigger.start())
    if near is not None:
        return near
    second = second_clause_forces_owner(sentence, trigger.start())
    if second is not None:
        return second
    speaker = sentence.first_person
    if speaker is not None and CONTRACTED_FIRST.search(
        text, max(sentence.start, trigger.start() - 40), trigger.start()
    ):
        return state(speaker.country) if speaker.country else speaker
    subject = sentence.subject
    if subject is not None and gated_search(
        sentence.scan, _own_clause(), text, subject.end, trigger.start()
    ):
        return None  # "we have seen the opposite: 7,000 troops have arrived": seen, not sent
    if subject is not None and _told_by_another(sentence, subject, trigger.start()):
        return None
    if subject is not None and _in_relative(text, subject.end, trigger.start()):
        return None
    if subject is not None and others_that_clause(sentence, subject, trigger.start()):
        return None
    if subject is not None and where_forces(sentence.scan, subject.end, trigger.start()):
        return None
    if subject is not None and subject.end <= trigger.start():
        governed = AND_GOVERNING.search(
            text, max(subject.end, trigger.start() - 60), trigger.start()
        )
        if (
            category(trigger) == "supply"
            and trigger.start() - subject.end > SUBJECT_GAP
            and governed is None
        ):
            return None
        if judged(sentence.scan, subject.end, trigger.start()):
            return None
        return state_of(subject, sentence.first_person)
    return None


def named_with_forces(
    text: str,
    sentence: Sentence,
    forces: Forces | None,
    trigger: re.Match[str],
) -> ActorRef | None:
    """The owner named in the forces' own phrase: a possessor or adjective ("Russia's
    escalating military buildup", "the Russian Army's deterrence forces") or a noun
    adjunct ("NATO forces"); "their forces" names nobody, so the owner is sought further."""
    head_start = forces.start if forces is not None else trigger.start()
    head_end = forces.end if forces is not None else trigger.end()
    for m in reversed(sentence.mentions):
        if m.end <= head_end and m.start >= head_start - 40 and (m.possessive or m.adjective):
            if _BASED.match(text, m.end) or (m.kind == "pronoun" and m.ref is None):
                continue  # "Germany-based servicemen": a place, not an owner
            if _SOURCE.search(text, max(0, m.start - 20), m.start):
                continue  # "according to our data, Ukraine has …": who tells, not whose
            if m.possessive and _EVIDENCE.match(text, m.end):
                continue  # "our information is that more forces are arriving": the same
            if m.end <= head_start and _APART.search(text, m.end, head_start):
                continue  # "toward Ukraine's border, including units": another phrase's
            if m.end <= head_start and _owns_another_noun(sentence, m.end, head_start):
                continue  # "Despite Russian protests, 200 more soldiers arrived": not theirs
            if trigger.end() <= m.start and _RECIPIENT_FIRST.match(text, trigger.end(), m.start):
                continue  # "hand over to the Ukrainian army 200 missiles": the recipient
            if trigger.end() <= m.start and _WITH_AFTER.search(text, m.end, head_start):
                continue  # "equip the Ukrainian army with drones": the recipient too
            if m.end <= trigger.start() < head_start and "," in text[m.end : trigger.start()]:
                continue  # "instead of pushing Kiev to keep its word, are pumping weapons"
            if m.end <= head_start or m.start >= head_start:
                return state_of(m, sentence.first_person)
    # A place ("Donetsk militias") or a name standing for no party owns nothing; a state's
    # own name does, also read in one run with a model ("two U.S. F-35 fighters").
    for m in sentence.mentions:
        if m.kind == "group" and trigger.end() <= head_start and m.end == head_end:
            continue  # "the Kiev regime has brought 3,000 foreign mercenaries": what it moves
        if head_start <= m.start and m.end <= head_end and (not m.place or _state_named(m)):
            adjunct = state_of(m, sentence.first_person)
            if adjunct is not None:
                return adjunct
    return None


# A phrase closed before the forces by a comma or a semicolon. Not by a colon: what follows
# a colon spells out what the phrase before it named ("continues to strengthen its grouping
# near the border: new units of the 41st Army have been redeployed"), so its owner holds.
_PHRASE_END = re.compile(r"[,;]")


def _owns_another_noun(sentence: Sentence, owner_end: int, head_start: int) -> bool:
    """Whether an owner's word before the forces belongs to a phrase of its own, closed
    before them, whose noun is neither forces nor a movement: "Despite Russian protests,
    200 more soldiers arrived in Estonia" (the protests are Russia's, the soldiers are not
    said to be). A state's adjective or genitive determines the noun of its own phrase; it
    names the forces' owner across the comma only when that noun is forces or their
    movement ("As for the British forces, 300 more troops …", "After the Russian exercises,
    the troops returned …"). An owner unsure is no owner: the others are asked next."""
    closed = _PHRASE_END.search(sentence.text, owner_end, head_start)
    if closed is None:
        return False
    lexicon = load_lexicon()
    own = (owner_end, closed.start())
    return (
        sentence.scan.first(lexicon.force_nouns, *own) is None
        and sentence.scan.first(lexicon.activities, *own) is None
    )


# Modifiers between a state's adjective and the forces noun it names ("Ukrainian armed
# forces"), and the verb group between that noun and the trigger ("have concentrated").
_MODIFIERS = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")
_VERB_GROUP_AFTER = re.compile(rf"\s+(?:{VERB_GROUP_WORD}){{0,3}}")


def _forces_subject(sentence: Sentence, trigger_start: int) -> ActorRef | None:
    """The state whose adjective names the forces that are the trigger's subject: "the
    Ukrainian armed forces have concentrated about 125,000 troops near the line of contact"
    is Ukraine's build-up, however far the adjective stands from the troops moved; the
    subject's own forces are the mover, not the forces of a movement told before."""
    text = sentence.scan.text
    before = [m for m in sentence.mentions if m.end <= trigger_start]
    if not before or not before[-1].adjective:
        return None
    m = before[-1]
    noun = sentence.scan.first(load_lexicon().force_nouns, m.end, trigger_start)
    if (
        noun is None
        or _MODIFIERS.fullmatch(text, m.end, noun.start()) is None
        or _VERB_GROUP_AFTER.fullmatch(text, noun.end(), trigger_start) is None
        or any(group_modifier(w) for w in text[m.end : noun.start()].split())
    ):
        return None  # "Ukrainian nationalist units had moved": a group, named as written
    return state_of(m, sentence.first_person)


# A relative clause with no pronoun of its own whose subject is "we" (Quirk et al. 17.15):
# "the forces we have put on alert", "the troops that we sent to Poland".
_OUR_RELATIVE = re.compile(
    rf"\s+(?:that\s+|which\s+)?(?:we|I)\s+(?:(?:{HAVE}|{MODALS}|{BE}|just|already)\s+)*(?:\w+\s+){{0,2}}$",
    re.IGNORECASE,
)


def _our_relative(
    text: str, sentence: Sentence, forces: Forces | None, trigger: re.Match[str]
) -> ActorRef | None:
    """Forces the trigger's relative clause tells "we" moved ("The forces we have put on
    alert are defensive") are the speaker's side's: "they" later in the sentence is them,
    and the movement told before is no one else's to carry over."""
    speaker = sentence.first_person
    if forces is None or speaker is None or not forces.end <= trigger.start():
        return None
    if _OUR_RELATIVE.fullmatch(text, forces.end, trigger.start()) is None:
        return None
    if _perceiving().search(text, forces.end, trigger.start()) is not None:
        return None  # "the troops we have watched move to the border": seen, not sent
    return state(speaker.country) if speaker.country else speaker


def _state_named(m: Mention) -> bool:
    """Whether a place mention opens with the name of the state it stands for ("U.S.
    F-35"), not with one of its cities or regions ("Donetsk")."""
    words = m.text.split()
    return bool(words) and m.ref is not None and country_of(words[0]) == m.ref.name


def _agent(text: str, sentence: Sentence, trigger: re.Match[str]) -> ActorRef | None:
    """The agent of a passive ("handed over to Ukraine by foreign partners"), or of the
    action whose purpose the movement is ("the measures taken by the West to beef up
    their forces")."""
    agent = _AGENT.search(text, trigger.end(), sentence.end)
    if (
        agent is not None
        and agent.start() - trigger.end() < _AGENT_REACH
        and _RELATIVE_PRONOUN.search(text, trigger.end(), agent.start()) is None
    ):
        after = [
            m for m in sentence.mentions if m.start >= agent.end() and m.start - agent.end() < 5
        ]
        if after:
            return state_of(after[0], sentence.first_person)
        group = load_lexicon().agent_groups.match(text, agent.end())
        if group is not None:
            return ActorRef(group["group"], "other")
    purpose = _AGENT_BEFORE.search(text, max(sentence.start, trigger.start() - 40), trigger.start())
    if purpose is not None:
        starts = {purpose.start("agent"), purpose.start("agent") + len("the ")}
        agent_of = next((m for m in sentence.mentions if m.start in starts), None)
        if agent_of is not None and agent_of.end == purpose.end("agent"):
            return state_of(agent_of, sentence.first_person)
    return None


# "thanked the Prime Minister for the second batch of weapons, which was delivered …": the
# party thanked for what is given is its giver.
_THANKED = re.compile(r"\bthank(?:s|ed|ing)?\s+(?P<who>[^,;:]{2,60}?)\s+for\s")
_THANKS_REACH = 160
# Another clause between the thanks and what moves: coordinated after a comma ("…, and 300
# missiles arrived") or opened by a verb of saying ("… and said that …"); what it tells is
# not what the party is thanked for.
_ANOTHER_CLAUSE = re.compile(
    r"[;]|,\s+(?:and|but|while|whereas)\s"
    rf"|\b(?:and|but)\s+(?:also\s+)?(?:{alternation('clause_saying_verbs')})\b"
)


def _thanks(
    text: str, sentence: Sentence, forces: Forces | None, trigger: re.Match[str]
) -> re.Match[str] | None:
    """The thanks a supply is named in ("thanked X for the delivery of …"), also weapons
    told arriving ("thanked the partners for the new batches of anti-tank weapons that
    arrived in Ukraine": weapons that arrive are supplied, ``what_moves_decides``). The
    thanks stand before the forces thanked for, however far after them the verb comes ("for
    the second batch of Stinger systems, which arrived on Sunday")."""
    arriving = forces is not None and forces.unit == "weapons" and ARRIVING.match(trigger.group())
    if category(trigger) != "supply" and not arriving:
        return None
    first = min(trigger.start(), forces.start) if forces is not None else trigger.start()
    window = max(sentence.start, first - _THANKS_REACH)
    found = list(_THANKED.finditer(text, window, trigger.start()))
    if not found or _ANOTHER_CLAUSE.search(text, found[-1].end(), first):
        return None  # "thanked Poland for its support and said that 300 missiles arrived"
    return found[-1]


def _thanked(sentence: Sentence, thanks: re.Match[str]) -> ActorRef | None:
    """The giver is the party thanked; one not named ("his counterpart", unresolved) owns
    it still, never the thanker, who received it. A group thanked ("thanked the partners
    for …") is the giver as the text names it: whose partners they are does not matter
    when they are the ones thanked for giving."""
    who = next(
        (
            m
            for m in sentence.mentions
            if thanks.start("who") <= m.start < thanks.end("who") and not m.possessive
        ),
        None,
    )
    if who is not None and who.kind == "group" and who.ref is not None:
        return who.ref
    return state_of(who, sentence.first_person) if who is not None else None


# A party named after the forces (a postmodifier, Quirk et al. 17.37-17.46): "the Armed
# Forces of Ukraine" (the of-genitive names whose); "anti-tank missiles from the United
# Kingdom" (weapons from a state are that state's aid; troops from a state may be only
# leaving it, "US troops from Italy", so "from" names the owner of weapons alone).
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# Nouns of a drill or a build-up stand for the forces doing it, their owner after "of".
_NOUN_FOR_FORCES = frozenset({"exercise", "mass"})


def _postmodifier_owner(
    text: str,
    sentence: Sentence,
    forces: Forces | None,
    trigger: re.Match[str],
) -> ActorRef | None:
    """The party of an of-genitive after the forces, or after a drill or build-up noun
    that stands for them ("the exercises of the Southern Military District")."""
    if forces is None and category(trigger) in _NOUN_FOR_FORCES:
        head_start, head_end = trigger.start(), trigger.end()
        link = _OF.match(text, head_end)
    elif forces is None:
        return None
    else:
        head_start, head_end = forces.start, forces.end
        link = _OF.match(text, head_end)
        if link is None and forces.unit == "weapons":
            link = _FROM.match(text, head_end)
    if link is None:
        return None
    # The named body may take the forces in: "Armed Forces of Ukraine" is one mention.
    m = next(
        (
            m
            for m in sentence.mentions
            if m.start == link.end() or m.start <= head_start < link.end() <= m.end
        ),
        None,
    )
    return state_of(m, sentence.first_person) if m is not None else None


# A subject opens its clause, perhaps after its determiner ("Our Western colleagues"), and
# only a verb group ("keep", "will go on") stands between it and the trigger.
_CLAUSE_OPENING = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but)\s+|(?:^|\s)(?:[Oo]ur|[Tt]he|[Tt]heir)\s+)$"
)
# … or an aside set off by commas between them: "Our Western colleagues, instead of pushing
# Kiev to implement them, are pumping Ukraine with weapons" (Quirk et al. 15.54).
_ASIDE_REACH = 100
_VERB_GROUP = re.compile(rf"(?:,[^,;:.]{{1,{_ASIDE_REACH}}},)?(?:\s+[a-z]+){{1,3}}\s+")


def _group_subject(text: str, sentence: Sentence, trigger_start: int) -> ActorRef | None:
    """ "Western countries keep supplying Ukraine": a group the vocabulary does not know as
    the subject just before the verb moves as the text names it (the guide)."""
    window = text[
        max(sentence.start, trigger_start - SUBJECT_GAP - 40 - _ASIDE_REACH) : trigger_start
    ]
    for found in load_lexicon().agent_groups.finditer(window):
        start = trigger_start - len(window) + found.start()
        end = trigger_start - len(window) + found.end()
        if _VERB_GROUP.fullmatch(text, end, trigger_start) is None:
            continue
        if _CLAUSE_OPENING.search(text[max(sentence.start, start - 6) : start]) is not None:
            return ActorRef(found["group"], "other")
    return None


# A relative clause opened by its pronoun and verb ("the troops that remained in Belarus
# after …"), not closed by a comma before the trigger.
_RELATIVE_OPEN = re.compile(
    rf"\b(?:that|which|who)\s+(?:(?:{BE}|{HAVE}|{MODALS}|also|still)\s+)*"
    rf"(?:\w+ed|{IRREGULAR_PASTS}|{BE}|{HAVE})\b[^,;:]*$",
    re.IGNORECASE,
)


def _in_relative(text: str, subject_end: int, trigger_start: int) -> bool:
    """A trigger inside a relative clause ("Ukraine wants to attack the troops that
    remained in Belarus after their joint exercises") tells of the clause's antecedent
    (Quirk et al. 17.8), not of the sentence's subject."""
    return _RELATIVE_OPEN.search(text, subject_end, trigger_start) is not None


# The auxiliaries of a passive after its subject: "I'm told", "we were told", "I have been
# assured".
_PASSIVE_AUX = re.compile(
    rf"(?:['\u2019](?:m|re|s)|\s+(?:am|{BE})(?:\s+been)?|\s+(?:{HAVE})\s+been)\s+", re.IGNORECASE
)


def _told_by_another(sentence: Sentence, subject: Mention, trigger_start: int) -> bool:
    """Forces told in what another party says ("… where he tells me the troops are on
    exercises") or in what the subject is told ("I am told the troops are …"): the
    complement of a verb of saying (Quirk et al. 16.31) is the teller's report, not the
    main subject's act."""
    speech = load_lexicon().speech
    passive = _PASSIVE_AUX.match(sentence.text, subject.end, trigger_start)
    if passive is not None and sentence.scan.at(speech, passive.end(), trigger_start):
        return True
    for m in sentence.mentions:
        if not subject.end <= m.start < trigger_start or m.kind == "first" or m.possessive:
            continue
        said = sentence.scan.first(speech, m.end, min(trigger_start, m.end + 12))
        if said is not None and not sentence.text[m.end : said.start()].strip():
            return True
    return False


@cache
def _perceiving() -> re.Pattern[str]:
    """A verb of perceiving (lexicon.toml [forces] perceiving)."""
    verbs = read_data("lexicon.toml")["forces"]["perceiving"]
    return re.compile(rf"\b(?:{'|'.join(verbs)}|saw)\b", re.IGNORECASE)


@cache
def _own_clause() -> re.Pattern[str]:
    """What a subject perceives, told after a colon, is a clause with a subject of its own
    (Quirk et al. 15.59): the perceiver does not move its forces (lexicon.toml [forces]
    perceiving)."""
    verbs = read_data("lexicon.toml")["forces"]["perceiving"]
    return re.compile(rf"\b(?:{'|'.join(verbs)})\b[^:;.]*[:;]", re.IGNORECASE)


def giver(
    text: str,
    sentence: Sentence,
    forces: Forces | None,
    clause_end: int,
) -> ActorRef | None:
    """ "Ukraine received Javelin missiles from the United States": the receiver is the
    subject, the supplier the party after "from" (CAMEO codes RECEIVE &WEAPON as the
    giver's 072); with no giver named, no owner."""
    if forces is None:
        return None
    source = _FROM.search(text, forces.end, clause_end)
    if source is None or source.start() - forces.end > _GAP_TO_SOURCE:
        return None
    m = next((m for m in sentence.mentions if m.start == source.end()), None)
    if m is None or m.possessive:
        return None  # "from our partners": "our" is whose partners, not the giver
    return state_of(m, sentence.first_person)


def recipient(sentence: Sentence, trigger_start: int) -> str | None:
    subject = sentence.subject
    if subject is None or subject.end > trigger_start or subject.ref is None:
        return None
    return subject.ref.country if subject.ref.kind == "state" else None
