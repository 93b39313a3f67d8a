"""What an occasion discussed: its topics, no view of anyone's.

The guide: the sentences saying what was discussed (or reviewed) add to the contact's
`topics`. A stance word inside what is discussed ("the two ministers discussed their
common support for a negotiated settlement and the costs that would follow should Minsk
choose aggression", "met with the Special Envoy to discuss how donor states can best
support the towns taking in families") names a subject of the talk; it is not a view the
readout gives either party. Two things stay positions: a charge (the readout's own word
for the other side's act, "to discuss Russia's unprovoked attack", is its voice's
accusation), and what a clause of its own says after the topics ("…, and Ms. Rowe
expressed support for …", "…, and I asked him to …", "… and reaffirmed his support
for …"), or after a fronted clause of discussing ("When discussing bilateral matters, the
President confirmed that …").
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.stances import StanceCue
from summarise.extraction.backends.baseline.verb_forms import DO_NEGATED
from summarise.extraction.backends.baseline.word_classes import alternation, forms

# Discussing, and reviewing together, its deliberative sibling in readouts ("met to review
# the implementation of these commitments", "reviewed the sanctions with the finance
# ministers"): both name what the occasion went over.
_DISCUSSED = re.compile(r"\b(?:discuss(?:es|ed|ing)?|review(?:s|ed|ing)?)\b", re.IGNORECASE)
# Where the topics end: a clause with a subject of its own ("…, and he supports", "; …"),
# or an adverbial clause (grammar.toml's ``discussion_clause_subjects`` and
# ``discussion_adverbial_openers``).
_OWN_CLAUSE = re.compile(
    rf"\b(?:{alternation('discussion_clause_subjects')})\b|;"
    rf"|,\s+(?:{alternation('discussion_adverbial_openers')})\b",
    re.IGNORECASE,
)
# A cue that is itself a negated finite verb is the predicate of a subject the discussing
# stood in ("reports that Kyiv had agreed to discuss X do not correspond to reality"): what
# is discussed is a noun phrase or an infinitive, never a finite verb.
_NEGATED_VERB = re.compile(rf"{DO_NEGATED}\s", re.IGNORECASE)
_AND = re.compile(r",?\s+and\s+(?:the\s+)?$", re.IGNORECASE)
# … or "and" before a finite verb of the same subject, a clause of its own though it
# names none: "discussed the crisis with the Chancellor and reaffirmed his support for …".
# A finite verb is known by a word after it that a verb takes (a determiner, a possessive,
# "that", "to"), or by being a verb of saying or attitude (grammar.toml's lists). The
# verbs of affirming a view, by their stems, are finite enough inflected ("and reaffirmed")
# and want the word after them in the base form ("and stress the need", not "and stress
# tests").
_AFFIRMING = r"(?:reaffirm|reiterat|express|underscor|emphasi[sz]|stress|affirm|voic)"
_VERB_WORDS = "|".join(
    (
        r"[a-z]+ed",
        alternation("irregular_pasts"),
        alternation("voicing_verbs"),
        alternation("undertaking_words"),
        rf"{_AFFIRMING}e?",
    )
)
_AND_VERB = re.compile(
    rf"\band\s+(?:(?:also|again|then)\s+)?(?:"
    rf"(?:{_VERB_WORDS})\s+(?:his|her|their|its|our|my|the|an?|that|to)\b"
    rf"|{_AFFIRMING}(?:ed|es|s)\b)",
    re.IGNORECASE,
)


def among_topics(text: str, sentence: Sentence, cue: StanceCue) -> bool:
    """Whether the cue stands in what a sentence says was discussed, before any clause of
    its own, and is no charge."""
    if cue.stance == "accuse" or _NEGATED_VERB.match(text, cue.start) is not None:
        return False
    # The last one before the cue: the one whose clause the cue may stand in.
    discussed = max(
        _DISCUSSED.finditer(text, sentence.start, cue.start), key=re.Match.start, default=None
    )
    if discussed is None or _OWN_CLAUSE.search(text, discussed.end(), cue.start) is not None:
        return False
    if _fronted(text, sentence.start, discussed) and "," in text[discussed.end() : cue.start]:
        # "When discussing bilateral matters, the President confirmed that …": the fronted
        # clause's topics end at its comma; the main clause after it says something.
        return False
    if _AND_VERB.search(text, discussed.end(), cue.start) is not None:
        return False
    # A party named after "and", not owning what follows it, opens a clause of its own:
    # "…, and Mr. Sullivan expressed support", not "…, and Russia's withdrawal".
    return not any(
        discussed.end() <= m.start < cue.start
        and not m.possessive
        and _AND.search(text, discussed.end(), m.start) is not None
        for m in sentence.mentions
    )


# A discussing verb opening an adverbial clause: after a subordinator ("When discussing
# …,", "While reviewing …,"), its -ing form after a preposition ("In discussing …,"), or
# bare at the sentence's start ("Discussing …,"); not the main verb.
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_SUBORDINATORS = forms("subordinators")
_GERUND_PREPOSITIONS = forms("gerund_clause_prepositions")
_ING = "ing"
# The comma that sets the clause off after its main clause's subject ("The President, when
# discussing energy matters, confirmed …").
_SET_OFF = re.compile(r",\s+$")


def _fronted(text: str, sentence_start: int, discussed: re.Match[str]) -> bool:
    """The discussing verb opens an adverbial clause set off before its main clause's
    predicate: fronted before the subject ("When discussing energy matters, the President
    confirmed …", "In discussing …,", "Discussing …,") or set off by commas after it ("The
    President, when discussing energy matters, confirmed …"). A bare participle after a
    comma is left to its clause ("The leaders spoke, discussing sanctions, aid and
    support for Kyiv": a list's commas)."""
    if discussed.start() == sentence_start:
        return True
    opener = _WORD_BEFORE.search(text, sentence_start, discussed.start())
    if opener is None or not _opens(opener.group(1).lower(), discussed):
        return False
    return opener.start() == sentence_start or bool(
        _SET_OFF.search(text, sentence_start, opener.start())
    )


def _opens(word: str, discussed: re.Match[str]) -> bool:
    """``word`` opens an adverbial clause whose verb is ``discussed``: a subordinator, or a
    preposition before an -ing form."""
    return word in _SUBORDINATORS or (
        word in _GERUND_PREPOSITIONS and discussed.group().lower().endswith(_ING)
    )
