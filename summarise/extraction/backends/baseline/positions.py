"""Positions: a stance trigger in a sentence, held by its subject or by the speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarise.extraction.backends.baseline.context import Sentence, principal
from summarise.extraction.backends.baseline.coref import Mention
from summarise.extraction.backends.baseline.mentions import ActorKey
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.position_topics import position_topic
from summarise.extraction.backends.baseline.reader import Span
from summarise.extraction.backends.baseline.summaries import position_summary
from summarise.extraction.backends.baseline.topic import Topic
from summarise.extraction.backends.baseline.words import load_grammar

_AND = re.compile(r"\s+(?:and|&)\s+")
_TOPIC_OVERLAP = 0.5
# Stance nouns whose owner is their target: "Kiev's sabotage" is an accusation about Kiev.
_ABOUT_THE_OWNER = frozenset({"accuse"})
# Between a possessor and its noun: "Russia\u2019s main security demands".
_POSSESSOR_GAP = re.compile(r"['\u2019]s\s+(?:[\w\u201c\u201d\"-]+\s+){0,2}[\u201c\"]?")
_PASSIVE_AGENT = re.compile(r"\s+by\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are|feeling|felt)\s+$", re.IGNORECASE)
# ", which threatens": a relative clause whose antecedent ends where this match starts.
_RELATIVE = re.compile(r"\s*,?\s*\bwhich\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_RELATIVE_REACH = 30
# "Don't think", "did not believe": a view held in the negative.
_NEGATED = re.compile(r"(?:\bnot|\bnever|n['\u2019]t)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Stances whose trigger addresses its target: "urged Russia", "accused the US". A warning
# or a view addressed to someone is about a third party ("warned Ukraine's president
# Russia could invade").
_ADDRESSED = frozenset({"demand", "accuse", "support", "oppose", "commit", "threaten"})


@dataclass
class PositionDraft:
    holder: ActorKey
    via: ActorKey | None
    stance: str
    topic: str
    target: ActorKey | None
    summary: str
    quotes: list[str] = field(default_factory=list)
    when: str | None = None
    sentence: int = 0
    clause: tuple[int, int] = (0, 0)
    trigger: str = ""
    topic_form: str = "noun"


def find_positions(sentence: Sentence) -> list[PositionDraft]:
    """The positions a sentence states, restatements within it merged."""
    text = sentence.text
    candidates: list[tuple[re.Match[str], str, ActorKey, ActorKey | None]] = []
    for trigger in sentence.stances:
        stance = category(trigger)
        if stance == "ignore" or _passive(text, sentence.start, trigger):
            continue
        if stance not in _ABOUT_THE_OWNER and _possessed(sentence, trigger.start()):
            continue
        if _held_by_a_thing(sentence, trigger.start()):
            continue
        for source in _holders(sentence, trigger.start()):
            holder, via = _holder_and_via(sentence, source, trigger.start())
            candidates.append((trigger, stance, holder, via))
    # "other" is the fallback stance: a holder with a clearer one here needs no other
    # (and its topic need not be read).
    clear = {holder for _, stance, holder, _ in candidates if stance != "other"}
    found: list[PositionDraft] = []
    for trigger, stance, holder, via in candidates:
        if stance == "other" and holder in clear:
            continue
        new = _position(sentence, trigger, stance, holder, via)
        if not any(same_position(old, new) or _same_clause(old, new) for old in found):
            found.append(new)
    return found


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


def _held_by_a_thing(sentence: Sentence, pos: int) -> bool:
    """A trigger in a relative clause about a thing states no one's stance: in "Russian
    aggression, which threatens regional peace" the aggression threatens; "the UK, which
    supports Ukraine" still holds its support."""
    floor = max(sentence.start, pos - _RELATIVE_REACH)
    if "which" not in sentence.text[floor:pos].lower():
        return False
    m = _RELATIVE.search(sentence.text, floor, pos)
    if m is None:
        return False
    return not any(mention.end == m.start() for mention in sentence.mentions)


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
) -> tuple[ActorKey, ActorKey | None]:
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
    holder: ActorKey,
    via: ActorKey | None,
) -> PositionDraft:
    clause = sentence.clause(trigger.start())
    topic = position_topic(sentence, trigger, stance, holder)
    # Only a view is summarised differently in the negative ("doubted that ...").
    negated = stance == "other" and bool(_NEGATED.search(sentence.text, clause[0], trigger.start()))
    return PositionDraft(
        holder=holder,
        via=via,
        stance=stance,
        topic=topic.text,
        target=_target(sentence, topic, stance, holder),
        summary=position_summary(
            holder, stance, topic, sentence.lexicon.summaries, load_grammar(), negated=negated
        ),
        quotes=[sentence.quote],
        when=sentence.when(),
        sentence=sentence.index,
        clause=clause,
        trigger=trigger.group(),
        topic_form=topic.form,
    )


def _target(sentence: Sentence, topic: Topic, stance: str, holder: ActorKey) -> ActorKey | None:
    """The party whose conduct the position is about: the one addressed ("urged
    Russia"), the one acting in the topic ("Russia could invade"), a threat's condition
    ("if Moscow invades") or object ("sanctions against Russia"), or a party that
    qualifies the topic's first noun ("further Russian incursion") - not a name that
    merely falls inside it ("the need to include Ukraine in talks")."""
    spans = [
        (topic.addressee if stance in _ADDRESSED else None, True),
        (topic.subject, True),
        (topic.condition, True),
        (topic.against if stance == "threaten" else None, True),
        (topic.head, topic.head_names),
    ]
    for span, names in spans:
        if span is not None:
            found = _named_in(sentence.mentions, span, holder, names=names)
            if found is not None:
                return found
    return None


def _named_in(
    mentions: list[Mention], span: Span, holder: ActorKey, *, names: bool
) -> ActorKey | None:
    """The first party other than the holder named within ``span``; with ``names``
    false, only one named as a modifier or possessor ("any Russian use of ...")."""
    for m in mentions:
        if not (span[0] <= m.start and m.end <= span[1]) or m.actor == holder:
            continue
        if m.pronoun and not m.possessive:
            continue
        if names or m.modifier or m.possessive:
            return m.actor
    return None
