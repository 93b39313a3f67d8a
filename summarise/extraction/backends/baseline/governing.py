"""Which of a clause's stance cues governs it, by the cue's place in the clause's grammar.

The first cue usually decides, as the main verb comes early in an English clause. Six
constructions put a cue first that does not head the clause:

- a modifier inside a noun phrase: an adjective or participle between a determiner (or a
  possessive, or a degree word) and its noun describes the noun, and the clause's verb
  states the stance: "Russia's dangerous build-up threatens Europe" accuses; "the talks
  had not achieved the expected results" asks nothing of anyone;
- a subject noun with a predicate of its own: what a copula predicates of the subject is
  the stance taken on it: "Russia's demands are unacceptable" rejects them;
- an object noun with its complement after a verb of judging, the same predication without
  the copula: "considers the Russian demands unacceptable" rejects them;
- a charge in a subject under "any" or "every", an act supposed, not done, whose predicate
  foretells what meets it: "any aggression will receive a response" threatens;
- a verb of warning that reports a statement: the guide labels by content, not by the
  reporting verb ("warned that Russia plans to …" is an accusation), so a rejection or a
  denial stated in the warning's that-clause is the stance ("warned that any change of
  borders by force is unacceptable" opposes it); likewise the side that an assurance's
  that-clause takes ("assured that Denmark stands firmly with Ukraine" supports it);
- a noun of saying with its that-clause as the subject: the claim's own words decide
  nothing, and what the copula says of the claim does ("the claim that Russia intends to
  attack is a fabrication" rejects or denies it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.patterns import (
    WORD,
    WORD_THEN_SPACE,
    category,
    trie_pattern,
)
from summarise.extraction.backends.baseline.verb_forms import BE, BE_NONFINITE, DO_NEGATED, HAVE
from summarise.extraction.backends.baseline.word_classes import alternation

# Words that follow a noun head, not a modifier: a modifier is followed by its noun.
_AFTER_HEAD = frozenset(
    {"and", "or", "but", "that", "to", "not", "than", "nor", "be", "been", "being"}
)
_POSSESSIVE = ("'s", "\u2019s", "s'", "s\u2019")
_WORD_AFTER = re.compile(r"\s+([\w\u2019'-]+)")
# Between a subject's cue and a predicate's cue: words only, ending in a copula and the
# adverbs or articles that may follow it ("demands for guarantees are totally"). The
# subject may hold its own that-clause or object ("Russia's accusation that Ukraine is
# preparing an offensive in Donbas is baseless"): what the copula then says of it is
# still the stance taken, as what the subject has, enjoys or deserves is ("the OSCE's call
# for restraint has our full support", "the Secretary-General's plea for corridors deserves
# the support of every state"). A conjunction in between opens a predicate of the clause's
# own subject instead ("reaffirms its support for X and is ready to").
_SUBJECT_WORDS = r"\s+(?:(?!(?:and|but|or|while|whereas|which|who)\s)[\w\u2019'-]+\s+){0,12}?"
_COPULA_GAP = re.compile(
    _SUBJECT_WORDS + rf"(?:{BE}|remains?|{BE_NONFINITE}|{HAVE}|enjoys?|deserves?|merits?)"
    r"(?:\s+(?:not|never|totally|absolutely|simply|completely|clearly|entirely|also|"
    r"very|a|an|the|our|my|its|their|full|firm|strong|complete|unwavering))*\s+",
    re.IGNORECASE,
)
# A modal of obligation after a subject's noun phrase is its predicate too: "Russia's
# concerns about NATO expansion should be discussed" asks for it.
MODAL = re.compile(r"must|should|ought to|ha(?:ve|s) to|needs? to", re.IGNORECASE)
_SUBJECT_REST = re.compile(_SUBJECT_WORDS, re.IGNORECASE)
# A verb of warning with a clause of its own after it.
WARNED_THAT = re.compile(r"warn(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?that\b", re.IGNORECASE)
# What a warning's that-clause may state instead of a warning.
_CONTENT_STANCES = frozenset({"oppose", "deny"})
# A verb of assuring with what it assures after it: the assurance is a pledge only when
# what is assured takes no side of its own ("assured that Denmark stands firmly with
# Ukraine" and "assured him of our support" support; "assured him that it had no plans
# to attack" denies).
_ASSURED_THAT = re.compile(
    r"(?:re)?assur(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}?(?:that|of)\b", re.IGNORECASE
)
_ASSURED_STANCES = frozenset({"support", "oppose", "deny"})
# A noun of saying with its that-clause, just before a clause's first cue: the claim's
# content ("the claim that Russia intends to attack …"), and the copula after it that
# judges the claim ("… is a fabrication", "… are completely false"). The content may
# follow "about" or "of" instead, perhaps after a relative clause of a few words ("The
# claims we keep hearing from Moscow about a 'genocide' in the east are groundless",
# "claims of genocide are lies").
_CLAIM_THAT = re.compile(
    rf"\b(?:{alternation('claim_nouns')})\s+"
    r"(?:that|(?:[\w\u2019'-]+\s+){0,8}?(?:about|of)|"
    # The claim told by a participle after its source: "reports in the Russian press
    # claiming that Kyiv had agreed to …".
    r"(?:[\w\u2019'-]+\s+){0,4}?(?:claiming|saying|asserting|suggesting)\s+that)"
    r"\s+[^.;:!?]*$",
    re.IGNORECASE,
)
_CLAIM_REACH = 80
# A judgement that is the claim's predicate: a copula's, or a negated verb's ("the reports
# … do not correspond to reality").
_COPULA_CUE = re.compile(rf"(?:{BE}|{DO_NEGATED})\s", re.IGNORECASE)
_JUDGED = re.compile(
    rf"\s(?:{BE}|remains?)(?:\s+(?:a|an|the|completely|totally|absolutely|simply|"
    r"pure|utter|clearly|nothing but|not|but))*\s+$",
    re.IGNORECASE,
)
# A participle before a noun names what was asked, not an asking: "the expected results",
# "the proposed measures".
_NO_MODIFIER = frozenset({"demand"})


def modifier(text: str, cue: re.Match[str]) -> bool:
    """Whether ``cue`` modifies a noun after it: a determiner, possessive or degree word
    before it, and a word after it that is no preposition, conjunction or verb."""
    if not WORD.fullmatch(cue.group()):
        return False
    grammar = load_grammar()
    if not _noun_phrase_before(text, cue, _modifier_openers()):
        return False
    after = _WORD_AFTER.match(text, cue.end())
    if after is None:
        return False
    follower = after.group(1).lower()
    return not (
        follower in _AFTER_HEAD
        or follower in grammar.prepositions
        or follower in grammar.determiners
        or follower in grammar.clause_openers
        or follower in grammar.between_subject_and_verb
        or follower in grammar.negation
    )


@cache
def _modifier_openers() -> frozenset[str]:
    """Determiners and degree words; built once, as a union is a new set every time and
    every stance cue of a clause is asked whether it modifies."""
    grammar = load_grammar()
    return grammar.determiners | grammar.degree_modifiers


def _noun_phrase_before(text: str, cue: re.Match[str], openers: frozenset[str]) -> bool:
    """Whether a noun phrase opens just before ``cue``: a determiner (not "that", which
    also opens clauses), a possessive, or one of ``openers``."""
    before = WORD_THEN_SPACE.search(text, max(0, cue.start() - 30), cue.start())
    if before is None:
        return False
    word = before.group(1).lower()
    return (word in openers and word != "that") or word.endswith(_POSSESSIVE)


def governing(
    text: str, cues: Sequence[re.Match[str]]
) -> tuple[re.Match[str], re.Match[str]] | None:
    """The cue whose class decides the clause, and the cue whose place the topic follows,
    from ``cues`` (in order, each a stance); None when none decides."""
    if len(cues) == 1 and category(cues[0]) not in _NO_MODIFIER:
        # A lone cue decides whatever its place.
        return cues[0], cues[0]
    at = next((i for i, c in enumerate(cues) if not modifier(text, c)), None)
    if at is None:
        described = next((c for c in cues if category(c) not in _NO_MODIFIER), None)
        return None if described is None else (described, described)
    first = cues[at]
    later = cues[at + 1 :]
    if not later:
        return first, first
    if category(first) == "warn" and WARNED_THAT.match(text, first.start()) is not None:
        content = _stated(text, later, _CONTENT_STANCES)
        if content is not None:
            return content, first
    if category(first) == "commit" and _ASSURED_THAT.match(text, first.start()) is not None:
        assured = _stated(text, later, _ASSURED_STANCES)
        if assured is not None:
            return assured, assured
    judged = _judged_claim(text, first, later)
    if judged is not None:
        return judged, judged
    adjacent = _noun_phrase_before(text, first, load_grammar().determiners)
    if adjacent or subject_start(text, first) is not None:
        predicate = next(
            (
                c
                for c in later
                if (
                    predicated(text, first.end(), c.start())
                    or _complemented(text, first, c)
                    or _answered_step(text, first, c)
                    or (
                        adjacent
                        and MODAL.fullmatch(c.group())
                        and _SUBJECT_REST.fullmatch(text, first.end(), c.start())
                    )
                )
                and not modifier(text, c)
            ),
            None,
        )
        if predicate is not None:
            return predicate, first
    return first, first


# A stance noun after its determiner or possessive and up to three modifiers: "our three
# key demands", "Russia's main security concerns". The runs are possessive: a word's
# characters and a space's are disjoint, so giving one back never lets the search end at
# the cue, and each start the search tries fails without backtracking through its words.
_MODIFIERS = 3
_WORDS_BEFORE = re.compile(r"(?:[\w\u2019'-]++\s++){1,4}$")
_MODIFIERS_REACH = 60
# What a subject's head may have in apposition before its predicate, between dashes: "our
# key demands - no further enlargement and no strike weapons - have been ignored" (en or em
# dashes).
_APPOSITION = re.compile(r"\s+[\u2013\u2014][^\u2013\u2014.;:!?]+[\u2013\u2014]")


def subject_start(text: str, cue: re.Match[str]) -> int | None:
    """Where the subject that the stance noun ``cue`` heads begins, at its determiner or
    possessive, or None when ``cue`` heads no such noun phrase: "our demands", and for a
    voiced stance noun with modifiers between, "our three key demands", "the Russian
    demands" (a demonym or a name in the modifiers' place: Quirk et al. 17.40)."""
    grammar = load_grammar()
    before = _WORDS_BEFORE.search(text, max(0, cue.start() - _MODIFIERS_REACH), cue.start())
    if before is None:
        return None
    at = [m.start() for m in WORD.finditer(text, before.start(), cue.start())]
    words = text[before.start() : cue.start()].split()
    voiced = load_lexicon().voiced.fullmatch(cue.group()) is not None
    closed = grammar.prepositions | grammar.negation | grammar.clause_openers
    for count in range(min(_MODIFIERS if voiced else 0, len(words) - 1) + 1):
        modifiers, opener = words[len(words) - count :], words[-count - 1].lower()
        if any(
            w.lower() in closed or not (w.islower() or _capitalised_modifier(w)) for w in modifiers
        ):
            return None
        if (opener in grammar.determiners and opener != "that") or opener.endswith(_POSSESSIVE):
            return at[-count - 1] if len(at) == len(words) else None
    return None


@cache
def _complement_gap() -> re.Pattern[str]:
    """Between the object's head and its complement: the object's own words, then perhaps
    "as" or "to be" and adverbs ("considered Russia's demands on guarantees unacceptable",
    "regards the proposals as absolutely unacceptable")."""
    adverbs = trie_pattern(load_grammar().complement_adverbs)
    return re.compile(
        _SUBJECT_WORDS + rf"(?:(?:as|to\s+be)\s+)?(?:(?:{adverbs})\s+)*", re.IGNORECASE
    )


@cache
def _judging_before() -> re.Pattern[str]:
    """A verb of judging just before an object's noun phrase (grammar.toml's
    ``judging_verbs``)."""
    return re.compile(rf"\b(?:{trie_pattern(load_grammar().judging_verbs)})\s+$", re.IGNORECASE)


def _complemented(text: str, head: re.Match[str], cue: re.Match[str]) -> bool:
    """Whether ``cue`` is the complement of the object that the stance noun ``head``
    heads, after a verb of judging: "considers the Russian demands unacceptable" rejects
    them, as "the Russian demands are unacceptable" does; the demands are the object's,
    not the holder's (Quirk et al. 16.44)."""
    start = subject_start(text, head)
    if start is None or _judging_before().search(text, max(0, start - 20), start) is None:
        return False
    return _complement_gap().fullmatch(text, head.end(), cue.start()) is not None


@cache
def _quantified() -> re.Pattern[str]:
    """The word that makes a subject's act one supposed, not done: "any aggression", "every
    provocation", "each attack" (grammar.toml's ``supposing_quantifiers``)."""
    quantifiers = trie_pattern(load_grammar().supposing_quantifiers)
    return re.compile(rf"\b(?:{quantifiers})\s+$", re.IGNORECASE)


# The stances a supposed act's predicate may foretell of it.
_FORETOLD = frozenset({"threaten", "warn"})


def _answered_step(text: str, head: re.Match[str], cue: re.Match[str]) -> bool:
    """Whether ``cue`` foretells what meets the act the charge ``head`` names as a
    supposed one, its subject: "any aggression against Norway will receive an immediate
    response", "every provocation will be answered in kind" threaten whoever would do it;
    nobody is charged with an act not done (as a conditional's main clause judges an act
    before it happens: the guide's "Conditionals")."""
    if category(cue) not in _FORETOLD or category(head) not in ("accuse", "concern"):
        return False
    if _quantified().search(text, max(0, head.start() - 12), head.start()) is None:
        return False
    return _SUBJECT_REST.fullmatch(text, head.end(), cue.start()) is not None


def _capitalised_modifier(word: str) -> bool:
    """A capitalised word of letters alone, a demonym or a name as a modifier ("the
    Russian demands", "the NATO proposals"); not "I" nor a word with a mark."""
    return len(word) > 1 and word[:1].isupper() and word.isalpha()


def predicated(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, after a subject's head, leads to the predicate's cue:
    a copula and the words before it ("demands for guarantees are totally"), perhaps
    after an apposition between dashes."""
    apposition = _APPOSITION.match(text, start, end)
    after = apposition.end() if apposition is not None else start
    return _COPULA_GAP.fullmatch(text, after, end) is not None


def _stated(
    text: str, later: Sequence[re.Match[str]], stances: frozenset[str]
) -> re.Match[str] | None:
    """What a warning's or an assurance's that-clause states, which decides its stance
    (the guide labels by content): the clause's first cue of ``stances`` that is not a
    word modifying a noun."""
    return next((c for c in later if category(c) in stances and not modifier(text, c)), None)


def _judged_claim(
    text: str, first: re.Match[str], later: Sequence[re.Match[str]]
) -> re.Match[str] | None:
    """The rejection or denial a copula predicates of a claim whose that-clause holds
    ``first`` ("The Western claim that Russia means to attack is a fabrication"), or
    None when ``first`` is no claim's content."""
    if _CLAIM_THAT.search(text, max(0, first.start() - _CLAIM_REACH), first.start()) is None:
        return None
    return next(
        (
            c
            for c in later
            if category(c) in _CONTENT_STANCES
            and (
                _JUDGED.search(text, first.end(), c.start()) is not None
                or _COPULA_CUE.match(c.group()) is not None
            )
        ),
        None,
    )
