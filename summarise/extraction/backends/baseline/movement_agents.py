"""The owner named as a doer beyond the forces' phrase: the agent of a passive or of the
action a movement is the purpose of ("the steps the West has taken to beef up their
forces"), a group the vocabulary does not know as the subject ("Western countries keep
supplying Ukraine"), or a state's forces as the subject ("the Ukrainian armed forces have
concentrated …"). Apart from ``movement_owners`` because each reads one construction
around the trigger, asked in turn by ``owner``."""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.group_words import group_modifier
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.movement_subjects import state_of
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import VERB_GROUP_WORD

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
# A giver is the subject only when the verb follows it closely ("we will supply"); in
# "thanked for assistance provided by the United States" the subject is the recipient.
SUBJECT_GAP = 25


# Modifiers between a state's adjective and the forces noun it names ("Ukrainian armed
# forces"), and the verb group between that noun and the trigger ("have concentrated").
_MODIFIERS = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")
_VERB_GROUP_AFTER = re.compile(rf"\s+(?:{VERB_GROUP_WORD}){{0,3}}")


def forces_subject_owner(sentence: Sentence, trigger_start: int) -> ActorRef | None:
    """The state whose adjective names the forces that are the trigger's subject: "the
    Ukrainian armed forces have concentrated some 125,000 troops along the line of contact"
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


def agent_owner(text: str, sentence: Sentence, trigger: re.Match[str]) -> ActorRef | None:
    """The agent of a passive ("handed over to Ukraine by foreign partners"), or of the
    action whose purpose the movement is ("the measures the West has taken to beef up
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


# A subject opens its clause, perhaps after its determiner ("Our Western colleagues"), and
# only a verb group ("keep", "will go on") stands between it and the trigger.
_CLAUSE_OPENING = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but)\s+|(?:^|\s)(?:[Oo]ur|[Tt]he|[Tt]heir)\s+)$"
)
# … or an aside set off by commas between them: "Our Western colleagues, instead of pushing
# Kiev to implement them, are pumping Ukraine with weapons" (Quirk et al. 15.54).
_ASIDE_REACH = 100
_VERB_GROUP = re.compile(rf"(?:,[^,;:.]{{1,{_ASIDE_REACH}}},)?(?:\s+[a-z]+){{1,3}}\s+")


def group_subject_owner(text: str, sentence: Sentence, trigger_start: int) -> ActorRef | None:
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
