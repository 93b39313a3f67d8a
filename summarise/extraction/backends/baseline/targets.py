"""At whom a stance is aimed: the first party named after the cue that is not the holder's
own side, in the cue's own clause (not a place, a goal, a party attacked or supplied); or,
with none after it, the owner of the conduct named before the cue, the clause's subject, or
whoever is named as posing a threat.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.mentions import LIST_GAP, Mention
from summarise.extraction.backends.baseline.patterns import WORD, word_alternation
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.word_classes import alternation


def target_after(
    text: str,
    mentions: list[Mention],
    start: int,
    end: int,
    holder: ActorRef,
    *,
    charged: bool = False,
    via: ActorRef | None = None,
) -> ActorRef | None:
    """The first party after ``start`` that is not the holder's own side nor its voice
    (``via``), in the cue's own clause: a party named in a relative or reason clause after
    it ("thanks for the unity of the West, which surprised Mr Putin") is not whom the
    stance is directed at, nor is one named as a place ("tensions in Eastern Europe"), or
    listed with one ("end users in Russia and Belarus"), nor, for a charge (``charged``),
    the party attacked."""
    # Where the clause ends is looked for only once a party could be the target: most
    # cues have none after them. No mention from ``end`` on, or past the clause's end once
    # known, can be the target, nor can any after it (mentions are in order and never
    # overlap), so the place and attacker checks stop there.
    clause_end: int | None = None
    place_end: int | None = None
    for m in mentions:
        if m.start < start:
            continue
        if m.start >= end or (clause_end is not None and m.end > clause_end):
            break
        if m.ref is None:
            continue
        if m.kind in ("first", "outlet", "joint"):
            continue
        if _named_as_place(text, start, m, place_end):
            place_end = m.end
            continue
        if charged and _attacked().search(text, max(start, m.start - _ATTACKED_REACH), m.start):
            continue  # "Russia's war against Ukraine": the party attacked is not charged
        if charged and _supplied().search(text, max(start, m.start - _GOAL_REACH), m.start):
            continue  # "pump weapons into Ukraine": the party supplied is not charged
        if m.ref.side == holder.side or m.ref in (holder, via):
            continue
        if clause_end is None:
            clause_end = _side_clause(text, start, end)
        if m.end > clause_end:
            continue
        return m.ref
    return None


@cache
def _attacked() -> re.Pattern[str]:
    """The party an attack is made on ("war against Ukraine", "an attack on Ukraine", "the
    invasion of Ukraine"), or a harm done to ("wants to invade Ukraine", "thought he could
    split NATO"): a charge or a warning of the attack is aimed at the attacker. The attacks
    are the lexicon's combat events and the grammar's nouns of a charged attack that no
    combat is read from ("aggression"); the harms, the verbs of `[wished_harm]`."""
    lexicon = read_data("lexicon.toml")
    events = "|".join(lexicon["combat"]["events"])
    harms = "|".join([*lexicon["wished_harm"]["acts"], *lexicon["wished_harm"]["dividing"]])
    return re.compile(
        rf"(?<![\w-])(?:(?:{events}|{alternation('attack_nouns')})"
        rf"\s+(?:against|on)|invasion\s+of|{harms})\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


_ATTACKED_REACH = 30


@cache
def _supplied() -> re.Pattern[str]:
    """The party arms are supplied to ("supplying Ukraine with weapons", "pump weapons into
    Ukraine", "supplies of weapons to Ukraine"): a charge of the supply is aimed at the
    supplier, its clause's subject (``subject_party``), not at the recipient."""
    return re.compile(
        rf"(?<![\w-])(?:{alternation('supplying_words')})"
        r"(?:\s+(?:[\w\u2019'-]+\s+){0,4}?(?:into|to))?\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


def _named_as_place(text: str, start: int, m: Mention, place_end: int | None) -> bool:
    """A party named as where something is or goes, or listed after one that is ("in the
    EU and NATO": both are places); an owner or an adjective after "and" names a party of
    its own ("tensions in Eastern Europe and Russia's role in them")."""
    listed = place_end is not None and not (m.possessive or m.adjective)
    if listed and LIST_GAP.fullmatch(text, place_end or 0, m.start) is not None:
        return True
    if _LOCATIVE.search(text, max(start, m.start - _LOCATIVE_REACH), m.start) is not None:
        return True
    return _goal().search(text, max(start, m.start - _GOAL_REACH), m.start) is not None


@cache
def _goal() -> re.Pattern[str]:
    """Where forces go or people flee from: "these forces are not going to Ukraine", "send
    U.S. forces into Moldova", "people fleeing Ukraine" name a movement's goal or source, a
    place, not whom the view is aimed at; "send weapons to Ukraine" names the recipient.
    The forces are the lexicon's troops, the nouns a movement's forces are read by."""
    forces = "|".join(read_data("lexicon.toml")["force_nouns"]["troops"])
    going, sending, fleeing = (
        alternation(n) for n in ("going_verbs", "sending_verbs", "fleeing_verbs")
    )
    return re.compile(
        rf"(?<![\w-])(?:(?:{going})\s+(?:to|into)"
        rf"|(?:{sending})"
        rf"(?:\s+[\w.\u2019'-]+){{0,3}}?\s+(?:{forces})\s+(?:to|into)"
        rf"|{fleeing})\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


_GOAL_REACH = 60


_LOCATIVE = re.compile(
    r"(?<![\w-])(?:in|across|throughout|within|near|around)\s+(?:the\s+)?$", re.IGNORECASE
)
_LOCATIVE_REACH = 20


def _side_clause(text: str, start: int, end: int) -> int:
    """Where a relative or reason clause or an aside set off by a dash or a bracket
    ("measures if demands - including a pledge not to include Ukraine - are not met")
    after ``start`` begins, or ``end``."""
    aside = _ASIDE.search(text, start, end)
    if aside is not None:
        end = aside.start()
    opener = word_alternation(load_grammar().side_clause_openers).search(text, start, end)
    return opener.start() if opener is not None else end


_ASIDE = re.compile(r"\s[-\u2013\u2014]\s|\(")


def owner_before(
    text: str,
    mentions: list[Mention],
    start: int,
    cue: int,
    holder: ActorRef,
    via: ActorRef | None = None,
) -> ActorRef | None:
    """ "Kiev's chronic sabotage of …": with no party after the cue, the owner of the
    conduct named just before it is the target; never the holder's side nor its voice."""
    for m in reversed(mentions):
        if m.end > cue or m.start < start:
            continue
        if not m.possessive or m.ref is None or m.ref.side == holder.side or m.ref == via:
            return None
        gap = text[m.end : cue].split()
        return m.ref if len(gap) <= _OWNER_GAP else None
    return None


_OWNER_GAP = 3


def subject_party(
    text: str,
    mentions: list[Mention],
    start: int,
    cue: int,
    holder: ActorRef,
    via: ActorRef | None = None,
) -> ActorRef | None:
    """ "Russia refused to hold the meeting", "the Russian troops must leave our land": with
    no party named after the cue, a charge or a demand is aimed at its clause's subject, the
    party named first in the clause (after "that", when it is reported) with at most a
    determiner, a conjunction or a quotation mark before it; never the holder's own side nor
    its voice ("Speaking on behalf of NATO, the Polish minister said …": the minister is
    NATO's)."""
    grammar = load_grammar()
    for m in mentions:
        if m.start < start or m.end > cue or m.kind in _NO_TARGET_KINDS or m.ref is None:
            continue
        if m.ref.side == holder.side or m.ref in (holder, via):
            continue  # the one reporting ("Ana Rusu said that …"), or the holder's own side
        marks = [i for i, c in enumerate(text[start : m.start]) if c in _SUBJECT_MARKS]
        clause_from = start + marks[-1] + 1 if marks else start
        gap = [w.lower() for w in WORD.findall(text, clause_from, m.start)]
        if "that" in gap:
            gap = gap[len(gap) - gap[::-1].index("that") :]  # "said on Monday that the …"
        if any(w not in grammar.determiners and w not in _JOINING for w in gap):
            return None
        return m.ref
    return None


_NO_TARGET_KINDS = frozenset({"first", "outlet", "joint"})
_SUBJECT_MARKS = frozenset(",;:\u2013\u2014")
_JOINING = frozenset({"that", "and", "but", "so"})

# "a threat" (of a party, or to one): the party posing it is named before it, if at all.
THREAT = re.compile(r"threat\b", re.IGNORECASE)


def threatener(
    text: str, mentions: list[Mention], start: int, cue: int, holder: ActorRef
) -> ActorRef | None:
    """Another party named, as owner or adjective, within a few words before the cue: a
    threat with no one named as posing it ("calling it a threat to Moldova" of a build-up
    already warned of) charges no one anew."""
    for m in reversed(mentions):
        if m.end > cue or m.start < start:
            continue
        near = len(text[m.end : cue].split()) <= _THREATENER_GAP
        other = m.ref is not None and m.ref.side != holder.side
        return m.ref if near and other and (m.possessive or m.adjective) else None
    return None


_THREATENER_GAP = 4
