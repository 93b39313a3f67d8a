"""A remark that points back at the sentence before with a demonstrative.

Speakers answer what they have just said or quoted with a short sentence whose stance word
takes a pronoun for its object or subject: "Moscow says its units are leaving. We have not
seen that.", "Every house will be rebuilt. I promise you that.", "They say it is an
exercise. This is pure propaganda." The pronoun stands for the proposition before (a
referent carried across sentences, as "it"/"he" are for people): the remark names no party
and no issue itself, yet is about whatever that sentence is about, and its topic is that
sentence's proposition.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.idle_remarks import about_something
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.patterns import matches_exactly, window_after
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.stances import StanceCue
from summarise.extraction.backends.baseline.topics import plain_topic, topic_after
from summarise.extraction.backends.baseline.word_classes import alternation

# Where the sentence's only clause ends: a stop, the closing quotation mark (with the comma
# before a reporting clause), or the end of the sentence; a comma before a second clause
# ("This is the right decision, and it must …") leaves the demonstrative to that clause.
_ENDS = r"(?=\s*(?:[.;:!?\u201d\"]|,\s*[\u201d\"]|$))"
# A fronted phrase before the speaker or the demonstrative: "So far, ", "Frankly, ".
_FRONTED = r"[\W]*(?:[^,.;:!?]{1,40},\s+)?(?:(?:and|but|so|yet)\s+)?"
# The cue's object is only a demonstrative, perhaps after the one it is said to and before a
# time word: "seen that", "promise you that", "do not see that today", "cannot ignore it";
# or a demonstrative with its noun, or "them", standing for what the sentence before named:
# "We welcome this decision.", "We will not abandon them."
_OBJECT = re.compile(
    r"\s+(?:(?:you|them|him|her|us)\s+)?"
    r"(?:that|this|it|them|(?:this|that|these|those)\s+[\w-]+)"
    rf"(?:\s+(?:today|now|yet|again|either|too))?{_ENDS}",
    re.IGNORECASE,
)
# Before such a cue, the speaker alone, with auxiliaries, negation and adverbs: "We have
# not", "And I", "So far, we simply".
_SPEAKER_ONLY = re.compile(
    rf"{_FRONTED}(?:I|we)\s+"
    r"(?:(?:do|does|did|have|has|will|would|can|could|cannot|must|shall|should|am|are|not|"
    r"n\u2019t|n't|never|also|still|simply|really|certainly|just|fully)\s*)*",
    re.IGNORECASE,
)
# The cue's subject is a demonstrative before a copula, the cue the predicate that ends the
# clause, after at most a few modifiers: "This is pure propaganda.", "That was a lie.",
# "Frankly, this is nonsense: …", or a demonstrative with its noun ("In our view, these
# steps are openly provocative."). "It is …" is left out: it is mostly the placeholder of "It
# is important to …"; and "This is why …", "This is a step that will …" predicate more.
_PREDICATE = r"\s+(?:(?!why\b|how\b|what\b|about\b|because\b)[\w-]+\s+){0,3}"
_SUBJECT = re.compile(
    rf"{_FRONTED}(?:this|that)\s+(?:is|was|\u2019s|'s){_PREDICATE}", re.IGNORECASE
)
_NOUN_SUBJECT = re.compile(
    rf"{_FRONTED}(?:this|that|these|those)\s+[\w-]+\s+(?:is|was|are|were){_PREDICATE}",
    re.IGNORECASE,
)
# The end of the sentence itself: a clause after a semicolon ("These restrictions are
# illegitimate; they violate international law …") names what the demonstrative stands for.
_SENTENCE_ENDS = re.compile(r"(?=\s*(?:[.!?\u201d\"]|$))")
_CLAUSE_ENDS = re.compile(_ENDS)
# A sentence whose subject is the speaker's side: "We will …", "And our soldiers …".
_OWN_SUBJECT = re.compile(rf"{_FRONTED}(?:I|we|our|my)\b", re.IGNORECASE)
_THAT_CLAUSE = re.compile(r"\bthat\b", re.IGNORECASE)
_FRONTED_ONLY = re.compile(_FRONTED, re.IGNORECASE)
_OPENING = re.compile(r"\W*")


def points_back(text: str, sentence: Sentence, piece: tuple[int, int], cue: StanceCue) -> bool:
    """The clause ``piece`` has a stance cue that stands for what was said before: a
    rebuttal ("tells a different story"), or a cue whose object or subject is a bare
    demonstrative: the sentence opens with it ("This is …") or with
    only the speaker before the cue ("We have not seen that."), so that nothing in the
    sentence itself is what the demonstrative stands for ("He has his reasons, and I
    respect that" points at its own first clause)."""
    if cue.end <= cue.start:
        return False
    if matches_exactly(load_lexicon().rebuttals, text, cue.start, cue.end):
        # "The images … tell a different story": the evidence named belies the claim before;
        # "I would not call it that": the name it gave refused.
        return True
    if _maxim(text, cue):
        # "You don't bring all that for a two-week drill.": the maxim is held against the
        # act just told.
        return True
    if matches_exactly(load_lexicon().wondered, text, cue.start, cue.end):
        # "Defensive against whom, one wonders?": the question asks about what was just
        # said.
        return True
    if matches_exactly(load_lexicon().assessments, text, cue.start, cue.end):
        # "I will judge by deeds, not by statements.": the words weighed are those of the
        # party just named.
        return True
    if matches_exactly(load_lexicon().onus, text, cue.start, cue.end):
        # "We've put the ball in their court.": "their" is the party just named.
        return True
    if _OBJECT.match(text, cue.end, piece[1]) is not None:
        return _SPEAKER_ONLY.fullmatch(text, sentence.start, cue.start) is not None
    if _NOUN_SUBJECT.fullmatch(text, sentence.start, cue.start) is not None:
        return _SENTENCE_ENDS.match(text, cue.end) is not None
    return (
        _SUBJECT.fullmatch(text, sentence.start, cue.start) is not None
        and _CLAUSE_ENDS.match(text, cue.end, sentence.end) is not None
    )


# Between a subject and its cue, a copula and a few words ("These claims are simply"), or
# nothing when the cue holds the copula ("are false").
_COPULA_BEFORE_CUE = re.compile(
    rf"\s+|\s+(?:is|was|are|were|\u2019s|'s){_PREDICATE}", re.IGNORECASE
)
# A later clause whose subject is a pronoun, up to its cue: ", and they are", ", but it is
# simply".
_PRONOUN_CLAUSE = re.compile(
    rf",\s+(?:(?:and|but|yet)\s+)?(?:they|it)\s+(?:(?:{alternation('pronoun_clause_words')})\s+)*",
    re.IGNORECASE,
)
# How far before its cue such a clause may open.
_PRONOUN_REACH = 60


def _said_words_subject(text: str, sentence: Sentence, cue: StanceCue) -> bool:
    """The cue's subject is words said before, named by a demonstrative noun ("These
    claims are false, …"), or a pronoun standing for such words named in a clause before
    it ("We have looked closely at these claims, and they do not hold up …"): what
    was said is what the remark is about, whatever the sentence goes on to say of it
    ("…, and they follow a well-established pattern of disinformation"). Other nouns
    ("These restrictions are illegitimate; they violate …") may name their referent after
    them, and stay with the sentence's end."""
    words = _their_words()
    if any(
        subject is not None and _COPULA_BEFORE_CUE.fullmatch(text, subject.end(), cue.start)
        for subject in (words.match(text, at, cue.start) for at in _openings(text, sentence))
    ):
        return True
    clause = next(
        (
            m
            for m in _PRONOUN_CLAUSE.finditer(
                text, max(sentence.start, cue.start - _PRONOUN_REACH), cue.start
            )
            if m.end() == cue.start
        ),
        None,
    )
    return clause is not None and words.search(text, sentence.start, clause.start()) is not None


def _tells_words(text: str, before: Sentence, claim: Claim) -> bool:
    """The sentence before tells what others said, which "these claims" or "they" can
    stand for: another holder's words reported ("the Ministry claimed that …"), or words
    named by their noun ("We have seen reports in the Russian state press claiming …"). The
    speaker's own sentence ("We have never planned an offensive. Such talk is …") is not
    what the talk was; a question's premise may be (``answers_question``)."""
    if any(c.says and c.holder != claim.holder for c in before.claims):
        return True
    return _said_noun().search(text, before.start, before.end) is not None


@cache
def _said_noun() -> re.Pattern[str]:
    """A noun of what was said: "reports", "claims", "allegations"."""
    return re.compile(rf"\b(?:{_said_nouns()})\b", re.IGNORECASE)


def _said_nouns() -> str:
    """The nouns of what was said (``said_nouns``), as an alternation, longest first."""
    return "|".join(sorted(load_grammar().said_nouns, key=len, reverse=True))


def _openings(text: str, sentence: Sentence) -> tuple[int, int]:
    """Where a sentence's subject may begin: at its first word, or after a fronted phrase
    ("In our view, these steps …"), which a subject before a comma also looks like."""
    first = _OPENING.match(text, sentence.start)
    assert first is not None, "an optional run of marks matches at any position"
    fronted = _FRONTED_ONLY.match(text, sentence.start)
    return first.end(), sentence.start if fronted is None else fronted.end()


def _same_voice(sentence: Sentence, before: Sentence, claim: Claim) -> bool:
    """The sentence before is the same speaker's: their turn goes on, their "I" and "we"
    go on (the document's voice, their quotation), or they speak in it."""
    if sentence.speaker is not None and before.speaker == sentence.speaker:
        return True
    if sentence.first_person is not None and before.first_person == sentence.first_person:
        return True
    return any(c.voice == "speech" and c.holder == claim.holder for c in before.claims)


def answers_before(
    text: str,
    sentence: Sentence,
    before: Sentence,
    claim: Claim,
    piece: tuple[int, int],
    cue: StanceCue,
) -> bool:
    """A speaker's remark that names nothing itself but points back with a demonstrative
    ("We have not seen that.", "This is pure propaganda.") at their own sentence
    ``before`` that names a party or an issue of war and peace: the remark is about what
    it names. Across a change of speaker the demonstrative answers a question or a
    proposal, which the remark does not say."""
    return (
        claim.voice == "speech"
        and _same_voice(sentence, before, claim)
        and (
            points_back(text, sentence, piece, cue)
            or (_said_words_subject(text, sentence, cue) and _tells_words(text, before, claim))
        )
        and about_something(text, before, before.start, before.end, claim)
        and not (_maxim(text, cue) and _own_act(before))
    )


def _maxim(text: str, cue: StanceCue) -> bool:
    """The cue is a maxim in the generic "you" (``[maxims]``)."""
    return matches_exactly(load_lexicon().maxims, text, cue.start, cue.end)


def _own_act(before: Sentence) -> bool:
    """The sentence before tells the speaker's own side's act ("We will stand with
    Poland."): a maxim after it ("You don't abandon an ally for cheap gas.") justifies
    that act and charges nobody. What the speaker's side says, knows or assesses in a
    clause of its own ("our intelligence community assesses that Russia has …") tells
    another's act."""
    return (
        _OWN_SUBJECT.match(before.text, before.start) is not None
        and _THAT_CLAUSE.search(before.text, before.start, before.end) is None
    )


def topic_before(text: str, before: Sentence) -> str | None:
    """What the demonstrative stands for: the proposition of the sentence before, after
    its verb of saying when it reports one ("Moscow says [its units are leaving]")."""
    start = before.start
    for claim in before.claims:
        if claim.says and claim.predicate is not None and not claim.postposed:
            start = max(start, claim.predicate[1])
    topic = topic_after(text, start, before.end)
    return None if topic is None else plain_topic(topic)


# How far after its cue the words pointed back at may stand: "We categorically reject all
# these accusations".
_OBJECT_WITHIN = 30


@cache
def _their_words() -> re.Pattern[str]:
    """A demonstrative before a noun of what was said: "these accusations", "such talk"."""
    return re.compile(
        rf"\b(?:these|those|such|this|that)\s+(?:[\w-]+\s+)?(?:{_said_nouns()})\b",
        re.IGNORECASE,
    )


def _names_their_words(text: str, sentence: Sentence, cue: StanceCue) -> bool:
    """The clause's stance is on words said before, named by a demonstrative noun: as its
    subject ("These accusations bear no relation to reality.", "Such talk is simply a
    pretext."), or as the cue's object ("We reject these accusations")."""
    fronted = _FRONTED_ONLY.match(text, sentence.start)
    opening = fronted.end() if fronted is not None else sentence.start
    words = _their_words()
    if words.match(text, opening, cue.end) is not None:
        return True
    return (
        words.search(text, cue.start, window_after(text, cue.end, _OBJECT_WITHIN, sentence.end))
        is not None
    )


def answers_question(
    text: str, sentence: Sentence, asked: Sequence[Sentence], claim: Claim, cue: StanceCue
) -> Sentence | None:
    """The question's sentence whose premise a speaker's remark answers, when the remark
    names nothing itself but points back at what others were said to say ("Question:
    Western leaders charge Russia with preparing an invasion. What is your response? / X:
    These accusations bear no relation to reality."): the noun says the remark is on
    the words the question reported, not on the question, so the premise is its topic.
    ``asked`` is empty outside a turn that follows a journalist's question."""
    if not asked or not _names_their_words(text, sentence, cue):
        return None
    return next(
        (q for q in asked if about_something(text, q, q.start, q.end, claim)),
        None,
    )
