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
from summarise.extraction.backends.baseline.word_classes import alternation

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


# A discussing verb opening its sentence, after a subordinator at most: a fronted adverbial
# clause ("When discussing …,", "While reviewing …,", "Discussing …,"), not the main verb.
_FRONTED_OPENER = re.compile(rf"(?:(?:{alternation('subordinators')})\s+)?", re.IGNORECASE)


def _fronted(text: str, sentence_start: int, discussed: re.Match[str]) -> bool:
    """The discussing verb opens a clause fronted before its sentence's subject."""
    opener = _FRONTED_OPENER.match(text, sentence_start, discussed.start())
    return opener is not None and opener.end() == discussed.start()
