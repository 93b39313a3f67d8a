"""The stance of another side that a holder's clause relays (``relayed_by``), not the
holder's own: a stance named as that side's by its possessor ("Russia's demand that NATO
pull back", ``voiced_by``), its own act forsworn ("Russia is not going to attack anyone",
``forsworn_by``), an undertaking it gave ("the Russian side agreed to the corridor",
``undertaken_by``) or help it gives ("the West continues to provide Kiev with weapons",
``given_by``). Each is read from the named party standing as the cue's subject or
possessor, of another side than the holder.

Apart from ``cue_holders``, which reads whose the cue's stance is among the holder's side,
another's wish or a thing's, because these name the other side that holds it: positions
reads ``relayed_by`` to give the item to that side, non_positions ``given_by`` to leave
out another's help the speaker only tells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon, stance_of
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.patterns import (
    WORD,
    WORD_BEFORE,
    category,
    first_word_past,
)
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.stance_cues import intent_openings, openings_pattern
from summarise.schema import Stance

# What may stand between a possessor and its stance noun: "Russia's latest demands",
# "Kyiv's repeated calls for".
_BETWEEN_OWNER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?")
# "We share President Zelenskyy's concern": a stance shared is the sharer's own as well.
_SHARED = re.compile(r"\b(?:share|shares|shared|sharing)\s+$", re.IGNORECASE)


def voiced_by(
    text: str, mentions: Sequence[Mention], cue: tuple[int, int], holder: ActorRef
) -> tuple[ActorRef, Stance] | None:
    """The party whose voiced stance the noun at ``cue`` names, with that stance, when it
    is another side's than the holder's: a named possessor just before a noun of a stance
    voiced ("Russia's demand that …", "the OSCE Chairman-in-Office's call for restraint").
    The holder's own side's ("Russia's demands", said by Putin), a pronoun's or "our"
    stays the holder's, as whose it is is the speaker's or cannot be told; so does one of
    a person whose state is not known, on either side."""
    lexicon = load_lexicon()
    if lexicon.voiced.match(text, cue[0], cue[1]) is None:
        return None
    own = lexicon.stances.match(text, cue[0], cue[1])
    owner = next((m for m in reversed(mentions) if m.end <= cue[0]), None)
    if (
        own is None
        or owner is None
        or not owner.possessive
        or owner.kind in ("pronoun", "first", "joint")
        or owner.ref is None
        or owner.ref.side == holder.side
        or any(r.is_person and r.country is None for r in (owner.ref, holder))
        or _BETWEEN_OWNER.fullmatch(text, owner.end, cue[0]) is None
        or _SHARED.search(text, max(0, owner.start - 12), owner.start) is not None
    ):
        return None
    return owner.ref, stance_of(category(own))


# A first undertaking of the same subject, coordinated before this one: "agreed to the
# corridor and promised a ceasefire" (no comma or other clause between).
_COORDINATED = re.compile(
    r"\s(?:" + "|".join(sorted(load_grammar().undertaking_words)) + r")\b[^,;:]*\band\s*$",
    re.IGNORECASE,
)


def undertaken_by(
    text: str, mentions: Sequence[Mention], start: int, cue: tuple[int, int], holder: ActorRef
) -> ActorRef | None:
    """The party whose own undertaking the commitment cue at ``cue`` states, when that
    party is another side than the holder: "The Russian side agreed to the corridor and
    promised a ceasefire", told in Kyiv, is Russia's undertaking, which the speaker only
    reports (the guide: a view a speaker attributes to another party is that party's).
    Its subject stands just before it, with nothing but auxiliaries and adverbs between
    ("Ankara is prepared to host", "the Russian side again assured"), and is a named party:
    a pronoun's, "we"'s, an object's or a possessor's undertaking stays the holder's, and
    so does one of a person whose state is not known."""
    verb = WORD.match(text, cue[0], cue[1])
    if verb is None or verb.group().lower() not in load_grammar().undertaking_words:
        return None  # "will maintain", "will take place": a future told, not a word given
    return _other_side_subject(text, mentions, start, cue, holder)


def forsworn_by(
    text: str, mentions: Sequence[Mention], start: int, cue: tuple[int, int], holder: ActorRef
) -> ActorRef | None:
    """The party whose own act the forsworn cue at ``cue`` disowns or whose yielding it
    forswears, when that party is another side than the holder: "Putin has told the world
    that Russia is not going to attack anyone", said in Washington, is Russia's denial the
    speaker relays, as an undertaking told is its giver's. The cue opens on its auxiliary
    ("is not going to", "will not"), its subject just before it, as for an undertaking."""
    if _forsworn().match(text, cue[0], cue[1]) is None:
        return None
    return _other_side_subject(text, mentions, start, cue, holder)


def given_by(
    text: str, mentions: Sequence[Mention], start: int, cue: tuple[int, int], holder: ActorRef
) -> ActorRef | None:
    """The party whose help the assistance cue at ``cue`` tells of, when that party is
    another side than the holder: "the West continues to provide Kiev with military
    assistance", said by Moscow, or "the Netherlands has allocated aid", said in Beijing,
    is the giver's act the speaker reports, not the speaker's support (the guide:
    assistance *offered* is `support`, the offerer's). The giver is the subject just before
    the cue, as for an undertaking; one's own side giving ("we will continue to provide",
    "Poland will …" said in Warsaw) stays the holder's."""
    if _giving().fullmatch(text, cue[0], cue[1]) is None:
        return None
    return _other_side_subject(text, mentions, start, cue, holder)


@cache
def _giving() -> re.Pattern[str]:
    """The openings of help given (lexicon.toml's `[assistance] giving`)."""
    return openings_pattern(read_data("lexicon.toml")["assistance"]["giving"])


@cache
def _forsworn() -> re.Pattern[str]:
    """The openings of negated intent that a forsworn cue starts with (lexicon.toml's
    `[refusals]` and `[forsworn]` openings), without a subject pronoun before them."""
    return openings_pattern(intent_openings(read_data("lexicon.toml")))


def _other_side_subject(
    text: str, mentions: Sequence[Mention], start: int, cue: tuple[int, int], holder: ActorRef
) -> ActorRef | None:
    """The cue's subject, a named party of another side than ``holder``, standing just
    before it with nothing but auxiliaries and adverbs between."""
    grammar = load_grammar()
    subject = next((m for m in reversed(mentions) if start <= m.start and m.end <= cue[0]), None)
    if (
        subject is None
        or subject.ref is None
        or subject.kind in ("first", "pronoun", "joint", "outlet")
        or subject.possessive
        or subject.adjective
    ):
        return None
    between = _COORDINATED.sub("", text[subject.end : cue[0]])
    if first_word_past(between, 0, len(between), grammar.between_subject_and_verb) is not None:
        return None
    before = WORD_BEFORE.search(text, max(start, subject.start - 30), subject.start)
    if before is not None and before.group(1).lower() in grammar.prepositions:
        return None  # "talks with Russia agreed …": an object's phrase, not the subject
    owner = subject.principal or subject.ref
    if owner.side == holder.side or any(r.is_person and r.country is None for r in (owner, holder)):
        return None
    return owner


def relayed_by(
    text: str,
    mentions: Sequence[Mention],
    start: int,
    cue: tuple[int, int],
    holder: ActorRef,
    undertaking: bool,
    stance: Stance,
) -> tuple[ActorRef, Stance] | None:
    """Another side whose stance the holder's clause relays, with that stance: one it
    voiced ("Russia's demand that NATO pull back", ``voiced_by``), its own act forsworn
    ("Russia is not going to attack anyone", ``forsworn_by``), or, for a commitment
    (``undertaking``), one it gave ("Russia agreed to the corridor", ``undertaken_by``,
    whose subject may stand before the clause from ``start``: "X agreed to A and promised
    B")."""
    voiced = voiced_by(text, mentions, cue, holder)
    if voiced is not None:
        return voiced
    if stance in ("deny", "commit"):
        forsworn = forsworn_by(text, mentions, start, cue, holder)
        if forsworn is not None:
            return forsworn, stance
    if not undertaking:
        return None
    owner = undertaken_by(text, mentions, start, cue, holder)
    return (owner, "commit") if owner is not None else None
