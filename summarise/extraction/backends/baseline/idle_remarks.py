"""Clauses with a cue that are idle talk, not a view: manners (``courtesies``), a pointer
to other documents, a verb of saying with only a topic after it, and a speaker's remark
that names no other party and no issue of war and peace, unless it is the speaker's own
pledge or a charge against what was just told. Apart from ``non_positions`` (whose cue it
is) because these ask what the clause is about, whoever holds it."""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.clauses import opened_by_and
from summarise.extraction.backends.baseline.courtesies import courtesy, gives_thanks
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.stances import StanceCue
from summarise.extraction.backends.baseline.verb_forms import (
    BE,
    BE_NONFINITE,
    DO,
    HAVE,
    IRREGULAR_PASTS,
    MODALS,
)
from summarise.schema import Stance

# A fact sheet's pointer to other documents ("For more information on today's designations,
# visit …", "For further details, see the releases of …"): where to read, not a stance.
_POINTER = re.compile(r"\s*for (?:more|further|additional) (?:information|details)\b", re.I)


# Why a speaker's remark that names no party and no issue of war and peace is no position:
# a transcript also holds courtesies, procedure and anecdote.
NAMES_NOTHING = (
    "a speaker's remark that names no other party and no issue of war and peace "
    "(idle_remarks.about_something; the issues are [issues] in lexicon.toml)"
)
# The speaker's own side pledging its own future act ("We will do everything necessary.",
# "we are committed to explaining why we are right", "I promise you that."): an undertaking
# of a party in the crisis is a position whatever it names. "We" or "I" right before a
# future or a verb of pledging, only auxiliaries between; not carrying on ("we will continue
# our consultations": procedure), readiness, what is under way ("we are taking steps"), nor
# a negated future: what one will not give up is ground held only when it is ground
# (`[forsworn]`; "we will not give up a single minute of rest" is narrative).
_OWN_PLEDGE = re.compile(
    r"\b(?:we|I)(?:\s+(?:also|certainly|always|now|do|are|am)\b)*"
    r"(?:\s+(?:will|shall)(?:\s+(?:also|certainly|always|now))*\s+(?!continu|not\b|never\b)\w+"
    r"|\s+(?:committed|promise|pledge|vow|commit)|\s+(?:are|am)\s+going\s+to)\b",
    re.IGNORECASE,
)
# A demonstrative standing for something told: "this activity", "these steps", "such
# methods", "this is …", "that was …". A "that" opening a clause ("I think that …") or a
# time ("this morning", "that week": the lexicon's ``when``) stands for nothing told.
_DEMONSTRATIVE = re.compile(
    r"\b(?:this|these|those|such|that(?=\s+(?:is|was|are|were)\b))\b", re.IGNORECASE
)


# A speaker's worry is a view of the crisis whatever its clause names: "We are deeply
# concerned.", "The situation is extremely worrying.", "I am alarmed by how quickly the
# numbers are growing." Said in a transcript or an address, it answers what was put to the
# speaker or told just before, of the crisis the document is about; the manners, procedure
# and anecdote that ``NAMES_NOTHING`` keeps out thank, ask, pledge and hope, and seldom
# worry. (A refusal or a denial naming nothing is as often a clause restating a view its
# sentence states already, "These restrictions are illegitimate", "They are defensive",
# or an aside, "it is too early to draw conclusions", and stays out.)
_STANDS_BARE: frozenset[Stance] = frozenset({"concern"})


def stands_bare(stance: Stance) -> bool:
    """Whether a speaker's remark naming nothing (``NAMES_NOTHING``) in this stance is a
    view all the same: a worry (``_STANDS_BARE``)."""
    return stance in _STANDS_BARE


def charges_what_was_told(text: str, piece: tuple[int, int], stance: Stance) -> bool:
    """An accusation whose clause names nothing but a demonstrative ("We regard this
    activity as provocative.", "In our view, these steps are plainly provocative.", "This
    is their deliberate tactic."): a charge against an act told before, of conflict by
    itself, which ``positions`` keeps although the clause names no party and no issue
    (``NAMES_NOTHING``), when it points back at no one sentence (``points_back``). The
    anecdote that guard keeps out has no such pointer: "It has been a brutal week of
    travel.", "the coffee this morning was outrageous". A denial, refusal or worry
    naming nothing is as often an answer to what the clause does not say ("I do not
    think that is true.", "We do not want this, but …"), and stays out."""
    if stance != "accuse":
        return False
    when = load_lexicon().when
    return any(
        when.match(text, found.start(), piece[1]) is None
        for found in _DEMONSTRATIVE.finditer(text, piece[0], piece[1])
    )


def _own_pledge(text: str, piece: tuple[int, int], cue: StanceCue, stance: Stance) -> bool:
    """Whether the commitment cue is the speaker's own side pledging its future act
    (``_OWN_PLEDGE`` running into the cue); not a heading that opens a list ("we commit
    to undertake the following measures:"), whose items are the pledges."""
    if stance != "commit" or ":" in text[cue.end : piece[1] + 1]:
        return False
    pledges = _OWN_PLEDGE.finditer(text, piece[0], cue.end)
    return any(m.start() <= cue.start < m.end() for m in pledges)


def why_idle(
    text: str,
    sentence: Sentence,
    claim: Claim,
    piece: tuple[int, int],
    cue: StanceCue,
    stance: Stance,
) -> str | None:
    """Why the clause is manners, or a speaker's remark that names nothing of war and peace,
    or None when it is neither; worded for ``--explain``, as ``why_not_held``. A threat is
    of war and peace whatever it names, a conditional's ("if this goes on, we will
    respond") and one's own measure foretold ("if this goes on, our response will be
    tough")."""
    if courtesy(text, cue.start, cue.end, piece[1], sentence):
        return "manners: thanks, a welcome, wishes or congratulations (courtesies)"
    if _POINTER.match(text, sentence.start) is not None:
        return "a pointer to other documents ('For more information, visit …')"
    if cue.stance == "other" and cue.start == cue.end and _topic_only(text, claim, piece):
        return "a verb of saying with only a topic after it (idle_remarks)"
    threat = (cue.conditional or cue.measure) and stance == "threaten"
    # The department the speaker names acting takes the clause's items: its own name is
    # no more what the clause is about than the holder's, but for a measure it takes.
    besides = None if cue.measure else claim.actor
    # A measure's verb opening a piece after a bare "and" shares its subject's clause with
    # the piece before, and with it what it is about: "imposed sanctions on VTB and froze
    # the assets of six oligarchs" names the sanctions' target once for both measures.
    second = cue.measure and cue.start == piece[0] and opened_by_and(text, piece[0])
    about = (sentence.start, piece[1]) if second else piece
    if (
        claim.voice == "speech"
        and not threat
        and not _own_pledge(text, piece, cue, stance)
        and not about_something(
            text,
            sentence,
            *about,
            claim,
            gives_thanks(text, cue.start, cue.end),
            besides=besides,
        )
    ):
        return NAMES_NOTHING
    return None


# What makes the words after a verb of saying a statement: a verb ("that Russia is …",
# "the talks must continue"), a negation, or a quotation.
CLAUSE = re.compile(
    rf"\b(?:that|not|never|no|{BE}|{BE_NONFINITE}|{HAVE}|{DO}|{MODALS}|{IRREGULAR_PASTS}|"
    r"\w+ed|\w+ing)\b|[\u201c\u201d\"]",
    re.IGNORECASE,
)


# A topic after a verb of saying opens with a preposition ("commented on", "spoke about")
# or an indefinite noun phrase ("announced a day of national unity"); "said the deployment
# needs …" opens a clause whose verb no pattern can tell from a plural.
_TOPIC_OPENS = re.compile(r"\s+(?:on|about|of|upon|regarding|concerning|an?)\s", re.IGNORECASE)


def _topic_only(text: str, claim: Claim, piece: tuple[int, int]) -> bool:
    """A verb of saying with only a noun phrase after it ("commented on Russia's latest
    statements", "spoke about the economy this afternoon"): it names what was talked about
    and states nothing, so there is no view to hold."""
    if claim.predicate is None or not piece[0] <= claim.predicate[1] <= piece[1]:
        return False  # "…, said Eva Lind": what was said stands before the verb
    start = claim.predicate[1]
    return (
        _TOPIC_OPENS.match(text, start, piece[1]) is not None
        and CLAUSE.search(text, start, piece[1]) is None
    )


def about_something(
    text: str,
    sentence: Sentence,
    start: int,
    end: int,
    claim: Claim,
    thanks: bool = False,
    *,
    besides: ActorRef | None = None,
) -> bool:
    """The stretch ``text[start:end]`` names a party (not the holder, nor ``besides``, a
    party that stands for the holder) or an issue of war and peace, or is a second main
    clause that takes back with "they"/"them"/"their" what the first clause of its
    sentence names (``_takes_back``)."""
    own = (claim.holder, besides)
    if _names_something(text, sentence, start, end, own, thanks):
        return True
    return _takes_back(text, sentence.start, start, end) and _names_something(
        text, sentence, sentence.start, start, own, thanks
    )


def _names_something(
    text: str,
    sentence: Sentence,
    start: int,
    end: int,
    own: tuple[ActorRef | None, ActorRef | None],
    thanks: bool,
) -> bool:
    named = any(
        start <= m.start < end
        and m.ref is not None
        and m.kind not in ("first", "joint")
        and not (thanks and m.kind == "group")
        and m.ref not in own
        for m in sentence.mentions
    )
    # A transcript also holds courtesies, procedure and anecdote: a remark that names no
    # party must name an issue of war and peace. Thanks to a group named by what it is to the
    # speaker ("I thank our partners who are helping us") are an address's manners, as thanks
    # to "you" are.
    return named or load_lexicon().issues.search(text, start, end) is not None


# A second main clause joined to the first by a coordinator, with a personal subject of its
# own: "…, and we will …", "… but I think they …", "…, and that we will …".
_COORDINATED = re.compile(r"(?:^|\W)(?:and|but|yet)(?:\s+that)?[\s,]*$", re.IGNORECASE)
_OWN_SUBJECT_OPENS = re.compile(r"\s*(?:I|we|they)\b", re.IGNORECASE)


@cache
def _plural_pronoun() -> re.Pattern[str]:
    plural = "|".join(sorted(load_grammar().plural_pronouns))
    return re.compile(rf"\b(?:{plural})\b", re.IGNORECASE)


def _takes_back(text: str, sentence_start: int, start: int, end: int) -> bool:
    """The clause ``text[start:end]`` is the second of two main clauses joined by "and",
    "but" or "yet" (``_COORDINATED``), opens on a subject of its own and, after it, holds a
    plural pronoun: the pronoun takes back what the first clause named ("Our economies
    are tightly linked, and we will do all we can to protect them."; "… the risk of
    false-flag operations that Russia could use as a pretext, and we will go on calling
    them out"), so a remark on it is about that (pos23's census, class 2). "It", "he" and
    "she" are left out: "it" is mostly a placeholder ("it is good to be back"), a person
    named before as often only met. Two noun phrases joined ("… their families, and their
    enablers to …") are no second clause; nor is a comma splice ("You opened your markets
    to a few, I will not name them")."""
    if start <= sentence_start or _COORDINATED.search(text, sentence_start, start) is None:
        return False
    opening = _OWN_SUBJECT_OPENS.match(text, start, end)
    return opening is not None and _plural_pronoun().search(text, opening.end(), end) is not None
