"""Clauses of one attributed stretch, each with its own stance cue.

"rejecting the use of force, calling for de-escalation, supporting diplomacy"
and "reaffirmed his commitment to X, and welcomed Y" state several positions in one
sentence (granularity rule 1: two stances in one sentence are two items). A stretch is cut
where a clause boundary stands between two stance cues; each piece keeps its own cue. It is
also cut before a second that-clause of one verb of saying ("emphasized that A and that
B"), cue or none: whether that clause states a view of its own, ``positions`` decides;
before a further act a party is called on to do where one asks for talks and the other
does not ("to withdraw its forces and to return to the negotiating table": two demands);
and a dash closing an apposition to a subject's stance noun ends what was asked, the
predicate's clause then starting at that subject ("our key demands - A, B - have been
ignored": a demand and a charge). A bare "and" before a cue of another stance in a plain
verb opens that stance's verb phrase ("express support for A and call for B"), and an
object that repeats the preposition its cue ends with is a view of its own ("the
importance of A and of B"). So is a second punitive measure after a bare "and", when the
first has its object ("imposed sanctions on A and froze the assets of B": one item per
distinct measure). The cuts inside a cue's complement (further acts called for, repeated
objects) are ``cue_complements``'.
"""

from __future__ import annotations

import itertools
import re

from summarise.extraction.backends.baseline.cue_complements import demanded_acts, second_objects
from summarise.extraction.backends.baseline.governing import predicated, subject_start
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.patterns import FULL_STOP, WORD, category
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.stance_cues import disclaimed_intent
from summarise.extraction.backends.baseline.verb_forms import BE, DO, HAVE, IRREGULAR_PASTS, MODALS

# Where one coordinated clause ends and the next begins. Every boundary opens with a space
# or a mark: the lookahead turns every other position away before the alternatives.
_BOUNDARY = re.compile(
    r"(?=[\s;:,])(?:\s*;\s*|:\s+|,\s+(?:and|but|while|whereas|as well as)\s+|"
    r"\s+(?:while|whereas)\s+|\s+as well as\s+|,\s+(?=\w+ing\b)|"
    rf"\s+(?:and|but)\s+(?:(?:{HAVE}|{MODALS}|also|then)\s+)?(?=\w+(?:ed|es)\b)|"
    # Irregular pasts of saying and stance open a verb phrase too: "and said Israel was
    # ready", "but made clear that …".
    rf"\s+(?:and|but)\s+(?:also\s+|then\s+)?(?=(?:{IRREGULAR_PASTS})\b)|"
    # A second that-clause is a second statement: "warned that … and that …".
    r"\s+and\s+that\s+|"
    # An auxiliary after "and" opens a verb phrase whatever the verb: "and has laid out".
    # A dash, typed as two hyphens in transcripts too ("-- she's a courageous woman -- and …").
    rf"\s+and\s+(?:{HAVE}|{MODALS})\s+(?=\w)|\s+(?:--|[\u2013\u2014])\s+|"
    # "But" before an auxiliary opens a verb phrase of the same subject, whatever its cue:
    # "was ready for negotiations but would not accept ultimatums".
    rf"\s+but\s+(?=(?:{MODALS}|cannot|{DO}|{BE})\b))",
    re.IGNORECASE,
)


# A stated reason that charges another party ("imposing costs in response to Putin's brutal
# invasion", "measures related to today's blatant violation") is a second position, the
# guide's accusation, beside the one it gives a reason for. Lower case only: "in
# Connection with the Hostile Actions" names a decree.
_REASON_PHRASES = (
    "in response to",
    "in connection with",
    "in light of",
    "related to",
    "because of",
    "due to",
)
_CHARGE_REASON = re.compile(r"\s+(?:" + "|".join(_REASON_PHRASES) + r")\s+")
# A demonstrative points back at an act already named, whose charge is already an item
# (the guide: one reported statement, one item): "in response to this act of aggression".
_ANAPHORIC = re.compile(r"(?:this|that|these|those|such)\b", re.IGNORECASE)
_WORD = re.compile(r"\w")
_PUNCTUATION = re.compile(r"[,;:\u2013\u2014]")
_COMPLEMENT = re.compile(r"(?:for|to)\s", re.IGNORECASE)
# A bare "and" before the second verb phrase of the same subject, its modal or its "have"
# of possession included ("and had no plans to"); "and have agreed to" reports a second act.
_SAME_SUBJECT = re.compile(
    rf"\s+and\s+(?:(?:{HAVE})\s+(?=(?:no|a|an|the|any)\s)|(?:{MODALS}|also|then)\s+)?",
    re.IGNORECASE,
)


# A bare "and" right before a cue of another stance: the boundaries above read a verb
# after "and" by its ending or auxiliary, which the plain present of a plural or
# first-person subject has none of ("The Parties express support for the proposals and
# call for their prompt consideration": a support and a demand, granularity rule 1).
_AND_BEFORE = re.compile(r"\s+and\s+(?:(?:also|further|jointly|[a-z]+ly)\s+)?$")
# The endings of a verb's present and past: a cue whose head the lexicon also knows with
# one of them is a verb in its plain form ("call for": "calls for"), where a noun
# phrase's modifier ("a fair and peaceful settlement"), a gerund sharing the object of
# the verb before it ("by identifying and freezing the assets") and an auxiliary ("and
# will provide", which the boundaries above leave alone) are not.
_ENDINGS = ("s", "es", "d", "ed")


# How far back from a piece's start the "and" that opened it is looked for.
_AND_REACH = 24


def opened_by_and(text: str, start: int) -> bool:
    """The piece at ``start`` is a verb phrase cut after a bare "and" (a second measure, or
    another stance's verb of the same subject): its subject and what it is about are in
    the piece before."""
    return _AND_BEFORE.search(text, max(0, start - _AND_REACH), start) is not None


def _verb_after_and(text: str, before: re.Match[str], cue: re.Match[str]) -> re.Match[str] | None:
    """The "and" that opens the verb phrase of ``cue`` after the phrase of ``before``, or
    None."""
    join = _AND_BEFORE.search(text, before.end(), cue.start())
    if join is None or not _plain_verb(cue) or _shares_object(text, before, join, cue):
        return None
    return join


# The punitive cues that take a measure (a verb: "imposed", "froze", "ban") and those that
# name one (a noun: "sanctions"): the lexicon's groups of [punitive].
_MEASURE_TAKEN = "action"
_MEASURE_CUES = (_MEASURE_TAKEN, "measure")


def _second_measure(
    text: str, cues: list[re.Match[str]], before: re.Match[str], cue: re.Match[str]
) -> re.Match[str] | None:
    """The bare "and" that opens a second measure taken after a first with its object:
    "imposed sanctions on Gazprombank and froze the assets of four oligarchs", "will freeze
    the reserves and ban the export of chips" (the guide: one item per distinct measure).
    Not two verbs of one object ("freeze and seize the assets": the first has none;
    ``_shares_object``), nor gerunds of one charge (``_charged_gerunds``)."""
    if category(cue) != _MEASURE_TAKEN or category(before) not in _MEASURE_CUES:
        return None
    join = _AND_BEFORE.search(text, before.end(), cue.start())
    if join is None or _WORD.search(text, before.end(), join.start()) is None:
        return None
    if _shares_object(text, before, join, cue) or _charged_gerunds(text, cues, before, cue):
        return None
    return join


_ING_HEAD = re.compile(r"\w+ing\b", re.IGNORECASE)
# A non-finite verb right before "and": a gerund, or an infinitive after "to".
_GERUND_BEFORE = re.compile(r"\w+ing$", re.IGNORECASE)
_INFINITIVE_BEFORE = re.compile(r"\bto\s+[a-z]+$")


def _shares_object(
    text: str, before: re.Match[str], join: re.Match[str], cue: re.Match[str]
) -> bool:
    """A non-finite verb of the cue's own form right before "and" shares the object after
    the cue: "by identifying and freezing the assets", "to identify and freeze the
    assets". A noun before "and" that looks like one is none when a finite verb follows:
    "imposed sanctions on Russian shipping and froze the accounts" takes two measures."""
    if _ING_HEAD.match(cue.group()) is not None:
        return _GERUND_BEFORE.search(text, before.end(), join.start()) is not None
    return (
        _plain_verb(cue) and _INFINITIVE_BEFORE.search(text, before.end(), join.start()) is not None
    )


_WORD_BEFORE = re.compile(r"(\w+)\s+$")
# How far back the word governing the first measure's verb is looked for.
_GOVERNOR_REACH = 24


def _charged_gerunds(
    text: str, cues: list[re.Match[str]], before: re.Match[str], cue: re.Match[str]
) -> bool:
    """A gerund after "and" parallel to a first measure's gerund that a preposition governs
    is that preposition's object too: "accused Kyiv of imposing sanctions on its citizens
    and freezing their accounts", "blamed Moscow for banning the books and punishing the
    teachers" state one charge, whose acts are the accused's, not the speaker's. A
    progressive's verbs ("are imposing sanctions on A and freezing the assets of B") are
    governed by no preposition: two measures."""
    if _ING_HEAD.match(cue.group()) is None:
        return False
    taker = next(
        (
            c
            for c in reversed(cues)
            if c.start() <= before.start() and category(c) == _MEASURE_TAKEN
        ),
        None,
    )
    if taker is None or _ING_HEAD.match(taker.group()) is None:
        return False
    governor = _WORD_BEFORE.search(text, max(0, taker.start() - _GOVERNOR_REACH), taker.start())
    return governor is not None and governor.group(1).lower() in load_grammar().prepositions


def _plain_verb(cue: re.Match[str]) -> bool:
    """The cue's head is a verb the lexicon knows with an ending too, in the cue's class."""
    head = WORD.match(cue.group())
    if head is None:
        return False
    rest = cue.group()[head.end() :]
    lexicon = load_lexicon()
    for ending in _ENDINGS:
        for pattern in (lexicon.stances, lexicon.punitive):
            verb = head.group() + ending + rest
            inflected = pattern.match(verb, 0, len(verb))
            if inflected is not None and category(inflected) == category(cue):
                return True
    return False


def one_clause(text: str, start: int, end: int) -> bool:
    """No boundary of coordinated clauses stands in ``text[start:end]``: what is said at
    one end (a phrase of habit) still belongs to the verb at the other, as across "we meet
    regularly, exchange information by telephone" but not across ", and the presidents
    spoke on Sunday"."""
    return _BOUNDARY.search(text, start, end) is None


def split_clauses(scan: TextScan, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut between stance cues at clause boundaries; one piece when
    it holds fewer than two cues."""
    text = scan.text
    lexicon = load_lexicon()
    cues = [
        m for m in scan.find(lexicon.stances, start, end) if category(m) not in ("other", "ignore")
    ]
    # A punitive measure is a cue of its own: "Russia will bear the responsibility, and it
    # will face severe consequences" is a warning and a threat.
    cues += scan.find(lexicon.punitive, start, end)
    cues.sort(key=lambda m: m.start())
    if len(cues) < 2:
        return [
            o
            for s, e in _that_clauses(scan, start, end)
            for c in _with_charge(scan, cues, s, e)
            for p in demanded_acts(scan, cues, *c)
            for o in second_objects(scan, cues, *p)
        ]
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for before, after in itertools.pairwise(cues):
        cut = None
        # The boundary may look ahead into the next cue (", calling for"), so the search
        # runs to the cue's end, and a boundary must end where that cue starts or before.
        for b in _BOUNDARY.finditer(text, before.end(), after.end()):
            if b.end() <= after.start() and not _joined(text, before, after, b):
                cut = b
        if cut is None and category(before) != category(after):
            cut = _verb_after_and(text, before, after)
        if cut is None:
            cut = _second_measure(text, cues, before, after)
        if cut is None:
            continue
        pieces.append((piece_start, cut.start()))
        piece_start = _predicate_start(text, before, after, cut)
    pieces.append((piece_start, end))
    return [
        o
        for s, e in pieces
        if e > s
        for t in _that_clauses(scan, s, e)
        for c in _with_charge(scan, cues, *t)
        for p in demanded_acts(scan, cues, *c)
        for o in second_objects(scan, cues, *p)
    ]


_DASHES = ("\u2013", "\u2014", "--")


def _predicate_start(text: str, head: re.Match[str], cue: re.Match[str], cut: re.Match[str]) -> int:
    """Where the clause after ``cut`` starts. "our key demands - no further enlargement,
    no strike weapons - have been ignored": a dash closing an apposition to the subject's
    head ``head`` is no clause boundary but the end of what was asked, a statement of its
    own (the piece before); the clause whose predicate holds ``cue`` starts at its subject,
    which its stance is taken on, and is quoted whole."""
    if cut.group().strip() not in _DASHES or not predicated(text, head.end(), cue.start()):
        return cut.end()
    subject = subject_start(text, head)
    return cut.end() if subject is None else subject


# "said that A and that B", "underscored that A, but that B": a second that-clause of the
# one verb of saying is a second statement (granularity rule 1), with or without a cue of
# its own. Not "and that is why …", where "that" is a pronoun and no clause follows (the
# singular forms only, not the be and have classes: the pronoun takes a singular verb).
_SECOND_THAT = re.compile(
    r",?\s+(?:and|but)\s+that\s+(?!(?:is|was|'s|\u2019s|has|had|will|would|means?)\b)",
    re.IGNORECASE,
)
_FIRST_THAT = re.compile(r"\bthat[\s,]", re.IGNORECASE)
# The word both need: most pieces hold no "that", and are passed whole without a search.
_THAT = ("that",)
# Words between a verb of saying and its "that": "told reporters on Tuesday that".
_SAYING_GAP = 4


def _that_clauses(scan: TextScan, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut before each that-clause coordinated with a first one that a
    verb of saying opens in the piece: the second "that" repeats the first, so both hang on
    that verb. Relative clauses ("measures that target banks and that …") are not cut."""
    text = scan.text
    if not scan.may_hold(_THAT, start, end):
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for second in _SECOND_THAT.finditer(text, start, end):
        if not _said_that(scan, piece_start, second.start()):
            continue
        pieces.append((piece_start, second.start()))
        piece_start = second.end()
    pieces.append((piece_start, end))
    return pieces


def _said_that(scan: TextScan, start: int, end: int) -> bool:
    """A verb of saying opens a that-clause in ``text[start:end]``."""
    text = scan.text
    first = _FIRST_THAT.search(text, start, end)
    if first is None:
        return False
    verbs = scan.find(load_lexicon().speech, start, first.start())
    return bool(verbs) and len(text[verbs[-1].end() : first.start()].split()) <= _SAYING_GAP


def second_that_clause(text: str, start: int) -> bool:
    """The piece at ``start`` is a that-clause coordinated with an earlier one: what it
    says hangs on the first one's verb of saying."""
    return _AFTER_SECOND_THAT.search(text, max(0, start - _SECOND_THAT_REACH), start) is not None


_AFTER_SECOND_THAT = re.compile(r"\b(?:and|but)\s+that\s+$", re.IGNORECASE)
_SECOND_THAT_REACH = 16


def _with_charge(
    scan: TextScan, cues: list[re.Match[str]], start: int, end: int
) -> list[tuple[int, int]]:
    """``(start, end)``, and after it the charge its stated reason makes, read without its
    opener: "in response to Putin's brutal invasion" accuses. The piece itself stays whole:
    its stance skips the reason's cues, and its topic stops at the reason."""
    if not scan.may_hold(_REASON_PHRASES, start, end):
        return [(start, end)]
    text = scan.text
    for reason in _CHARGE_REASON.finditer(text, start, end):
        before = any(start <= c.start() < reason.start() for c in cues)
        # The reason's first cue decides, as a clause's does: "in response to its support
        # of Putin's war" is not read as a charge.
        first = next((c for c in cues if reason.end() <= c.start() < end), None)
        restated = _ANAPHORIC.match(text, reason.end()) is not None
        if before and not restated and first is not None and category(first) == "accuse":
            return [(start, end), (reason.end(), end)]
    return [(start, end)]


def _joined(
    text: str, cue: re.Match[str], following: re.Match[str], boundary: re.Match[str]
) -> bool:
    """Two cue words joined by a bare "and" with nothing between ("unprovoked and
    unjustified", "welcomed and endorsed") head one phrase: no clause ends there. Nor does
    one before a second infinitive, which has no verb of its own to take a stance and
    shares the first one's: "the best course would be for Paris to wait, and for Kyiv to
    refuse the offer"."""
    if _COMPLEMENT.match(text, boundary.end()) or _joined_participle(text, following, boundary):
        return True
    # Two stances are two items (granularity rule 1): "for its support and asked for more".
    if _PUNCTUATION.search(boundary.group()) or (
        category(cue) != category(following) and not _disclaimed_with_denial(text, cue, following)
    ):
        return False
    # One stance taken twice by one subject in a bare coordination of its verb phrases is
    # one position (the guide: Kirby's "not permanent" and "not going to fight in Ukraine"
    # are one commitment): "was not going to invade anybody and had no plans to move brigades".
    if _WORD.search(text, cue.end(), boundary.start()) is None:
        return True
    same = _SAME_SUBJECT.match(text, boundary.start())
    return same is not None and same.end() == boundary.end()


def _disclaimed_with_denial(text: str, cue: re.Match[str], following: re.Match[str]) -> bool:
    """A hostile act disowned, then intent disclaimed by the same subject: "the republic was
    not going to invade anybody and had no plans to move its brigades to the frontier"
    answers the charge in both verb phrases, one denial (the guide, "No plans": when the
    same sentence answers a claim, it is `deny`), though intent disclaimed alone pledges."""
    return (
        category(cue) == "deny"
        and category(following) == "commit"
        and disclaimed_intent().fullmatch(text, following.start(), following.end()) is not None
    )


# A joined participle right before the next cue, which it modifies: "and coordinated ".
_PARTICIPLE_BEFORE = re.compile(r"([a-z]+)\s+$", re.IGNORECASE)
# "and coordinated sanctions with Washington": the verb and its object, then its partner.
_WITH_AFTER = re.compile(r"\s+with\b", re.IGNORECASE)


def _joined_participle(text: str, following: re.Match[str], boundary: re.Match[str]) -> bool:
    """A bare "and" before a participle of concert that modifies the next cue's noun
    ("take swift and coordinated measures", "met with severe and coordinated costs") joins
    two adjectives of one noun phrase, not two verb phrases; "and coordinated the measures
    with" and "and coordinated sanctions with Washington" are verbs."""
    if boundary.group().strip().lower() != "and":
        return False
    word = _PARTICIPLE_BEFORE.fullmatch(text, boundary.end(), following.start())
    return (
        word is not None
        and word.group(1).lower() in load_grammar().joined_participles
        and _WITH_AFTER.match(text, following.end()) is None
    )


# Where one clause of a sentence ends for the arguments of a trigger in it: a strong mark or
# a comma before a conjunction of another clause.
_CLAUSE_MARK = re.compile(rf"[;:!?]|{FULL_STOP}|,\s+(?:but|while|which|because)\b")
# A relative clause opening after a comma: its subject is the noun phrase before it.
_RELATIVE_OPENED = re.compile(r",\s+which$")


def clause_around(text: str, sentence: Sentence, pos: int) -> tuple[int, int]:
    """The clause of ``sentence`` holding ``pos``: a movement's or an attack's forces, owner
    and place are read inside it, not across a "but" or a semicolon into another event."""
    start, end = sentence.start, sentence.end
    for m in _CLAUSE_MARK.finditer(text, sentence.start, sentence.end):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def antecedent_clause(text: str, sentence: Sentence, clause_start: int) -> int:
    """Where a passive's subject may stand: in a relative clause ("the second batch of
    weapons, which was delivered to Ukraine"), back in the clause of its antecedent."""
    if _RELATIVE_OPENED.search(text, max(sentence.start, clause_start - 10), clause_start):
        return clause_around(text, sentence, clause_start - len(", which") - 1)[0]
    return clause_start
