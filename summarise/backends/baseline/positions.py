"""Positions: a stance trigger in a sentence, held by its subject or by the speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarise.backends.baseline.actors import ActorRef
from summarise.backends.baseline.context import Sentence, principal
from summarise.backends.baseline.coref import Mention
from summarise.backends.baseline.patterns import category

# Words that open a topic phrase but do not belong to it.
_TOPIC_LEAD = re.compile(
    r"^(?:[\u2019']s\b|[\s\u201c\u201d\"'\u2018\u2019,]+|(?:about|over|on|of|for|that|to|with|regarding|at|against|the|a|an|"
    r"his|her|its|their|our|any|there|is|was|are|be)\b)+",
    re.IGNORECASE,
)
_TOPIC_TAIL = re.compile(
    r"(?:\s+(?:and|or|to|of|the|in|that|a|an|as|with|for|on|by|from|would|will|was|is))+$",
    re.IGNORECASE,
)
_QUOTE_MARKS = re.compile(r"[\u201c\u201d\"\u2018]|(?<!\w)[\u2019']|[\u2019'](?!\w)")
_TOPIC_WORDS = 8
# Where a topic phrase ends: punctuation, but not the comma of "100,000" nor the dots of
# "U.S.".
_TOPIC_STOP = re.compile(r"[;:?!()\u2013\u2014]|\s-\s|(?<![A-Z])\.|,(?!\d)")
_AND = re.compile(r"\s+(?:and|&)\s+")
_TOPIC_OVERLAP = 0.5
# Stance nouns whose owner is their target: "Kiev's sabotage" is an accusation about Kiev.
_ABOUT_THE_OWNER = frozenset({"accuse"})
# Between a possessor and its noun: "Russia\u2019s main security demands".
_POSSESSOR_GAP = re.compile(r"['\u2019]s\s+(?:[\w\u201c\u201d\"-]+\s+){0,2}[\u201c\"]?")
_PASSIVE_AGENT = re.compile(r"\s+by\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|feeling|felt)\s+$", re.IGNORECASE)
# A speech verb opening a topic taken from before the trigger: "stressed any incursion".
_LEADING_VERB = re.compile(r"\s*(?:\w+(?:ed|s)|said|told)\b\s*")


@dataclass
class PositionDraft:
    holder: ActorRef
    via: ActorRef | None
    stance: str
    topic: str
    target: ActorRef | None
    summary: str
    quotes: list[str] = field(default_factory=list)
    when: str | None = None
    sentence: int = 0
    clause: tuple[int, int] = (0, 0)
    trigger: str = ""


def find_positions(sentence: Sentence) -> list[PositionDraft]:
    """The positions a sentence states, restatements within it merged."""
    text = sentence.text
    found: list[PositionDraft] = []
    for trigger in sentence.stances:
        stance = category(trigger)
        if stance == "ignore" or _passive(text, sentence.start, trigger):
            continue
        if stance not in _ABOUT_THE_OWNER and _possessed(sentence, trigger.start()):
            continue
        for source in _holders(sentence, trigger.start()):
            holder, via = _holder_and_via(sentence, source, trigger.start())
            new = _position(sentence, trigger, stance, holder, via)
            if not any(same_position(old, new) or _same_clause(old, new) for old in found):
                found.append(new)
    # "other" is the fallback stance: a holder with a clearer one here needs no other.
    clear = {p.holder for p in found if p.stance != "other"}
    return [p for p in found if p.stance != "other" or p.holder not in clear]


def _same_clause(a: PositionDraft, b: PositionDraft) -> bool:
    """Two triggers of one stance in one clause ("urged Russia to step back") are one
    position, unless they name different targets ("blamed the US, accused the West")."""
    same = (a.holder, a.stance, a.clause) == (b.holder, b.stance, b.clause)
    return same and (a.target is None or b.target is None or a.target == b.target)


def same_position(a: PositionDraft, b: PositionDraft) -> bool:
    """One position restated (granularity rule 1): same holder and stance, and the same
    topic or target."""
    if (a.holder, a.stance) != (b.holder, b.stance):
        return False
    if a.target is not None and a.target == b.target:
        return True
    wa, wb = _content_words(f"{a.trigger} {a.topic}"), _content_words(f"{b.trigger} {b.topic}")
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= _TOPIC_OVERLAP


def _content_words(topic: str) -> set[str]:
    return {w for w in re.findall(r"\w+", topic.lower()) if len(w) > 3}


def _possessed(sentence: Sentence, pos: int) -> bool:
    """A stance noun owned by someone named in an object ("rejected Russia's main demands",
    "ignoring Russia's concerns") describes that party's stance, not the subject's."""
    for m in reversed(sentence.mentions):
        if m.end <= pos:
            gap = sentence.text[m.end : pos]
            return m.possessive and not m.pronoun and _POSSESSOR_GAP.fullmatch(gap) is not None
    return False


def _passive(text: str, floor: int, trigger: re.Match[str]) -> bool:
    """A participle in the passive is done to the subject, not its stance: "allies feeling
    threatened by Russia", "the military was called upon"; "is determined to" is active."""
    words = trigger.group().lower().split()
    if not words[0].endswith("ed") or words[-1] == "to":
        return False
    return bool(
        _PASSIVE_AGENT.match(text, trigger.end())
        or _PASSIVE_BEFORE.search(text, floor, trigger.start())
    )


def _holders(sentence: Sentence, pos: int) -> list[Mention]:
    """Whose stance a trigger states: the subject (and any coordinated with it) or the speaker.

    Inside a quotation a third party named as subject holds the stance only when a
    spokesperson or an office is reporting it ("Downing Street said: 'The Prime Minister
    expressed concern'"); a commentator's quotation is the commentator's view.
    """
    speaker = sentence.speaker
    subject = sentence.subject_before(pos)
    if subject is None:
        return [] if speaker is None else [speaker]
    continued = sentence.lexicon.reporting_participle.search(
        sentence.text, sentence.start, subject.start
    )
    if continued is not None:
        main = sentence.subject_before(continued.start()) or speaker
        return [] if main is None else [main]
    zone = sentence.zones.zone(pos)
    reported = (zone >= 0 and subject.zone == zone) or (
        speaker is not None and subject.start > speaker.end
    )
    if reported and speaker is not None and not speaker.spokesperson and speaker.is_person:
        return [speaker]
    holders = [subject]
    for m in reversed(sentence.mentions):
        if m.end <= holders[0].start and m.subject_ok:
            if not _AND.fullmatch(sentence.text, m.end, holders[0].start):
                break
            holders.insert(0, m)
    return holders


def _holder_and_via(
    sentence: Sentence, source: Mention, pos: int
) -> tuple[ActorRef, ActorRef | None]:
    holder, via = principal(source)
    speaker = sentence.speaker
    if (
        via is None
        and speaker is not None
        and speaker.actor != holder
        and sentence.zones.zone(pos) >= 0
        and principal(speaker)[0].state == holder.state
    ):
        via = speaker.actor
    return holder, via


def _position(
    sentence: Sentence,
    trigger: re.Match[str],
    stance: str,
    holder: ActorRef,
    via: ActorRef | None,
) -> PositionDraft:
    text = sentence.text
    clause_start, clause_end = sentence.clause(trigger.start())
    objects = [m for m in sentence.objects_after(trigger.end(), clause_end) if m.actor != holder]
    target = objects[0].actor if objects else None
    topic_start = trigger.end()
    if objects and not text[trigger.end() : objects[0].start].strip():
        topic_start = objects[0].end
    topic = topic_phrase(text, topic_start, clause_end, sentence.lexicon.when)
    if not topic:
        before = [
            m.end
            for m in sentence.mentions
            if clause_start <= m.start and m.end <= trigger.start() and not m.modifier
        ]
        start = max([clause_start, *before[-1:]])
        lead = _LEADING_VERB.match(text, start)
        start = lead.end() if lead else start
        topic = topic_phrase(text, start, trigger.start(), sentence.lexicon.when)
    topic = topic or trigger.group()
    return PositionDraft(
        holder=holder,
        via=via,
        stance=stance,
        topic=topic,
        target=target,
        summary=sentence.lexicon.summaries[stance].format(holder=holder.name, topic=topic),
        quotes=[sentence.quote],
        when=sentence.when(),
        sentence=sentence.index,
        clause=(clause_start, clause_end),
        trigger=trigger.group(),
    )


def topic_phrase(text: str, start: int, end: int, when: re.Pattern[str]) -> str:
    """A short noun phrase from ``text[start:end]``: times and leading function words
    dropped, cut at the first punctuation that ends a phrase."""
    chunk = _TOPIC_LEAD.sub("", when.sub("", text[start:end]))
    chunk = _QUOTE_MARKS.sub("", _TOPIC_STOP.split(chunk, maxsplit=1)[0])
    chunk = _TOPIC_LEAD.sub("", chunk)
    words = chunk.split()[:_TOPIC_WORDS]
    return _TOPIC_TAIL.sub("", " ".join(words)).strip()
