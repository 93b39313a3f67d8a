"""Whom "it", "they", "them" and "their" stand for where a position's target depends on it.

The mention resolver reads "it" as the body last named anywhere before and "they" only
after a group or a side; "them" it leaves open. A target asks for the party the pronoun
continues: "The Kiev authorities keep shelling Donbass. We condemn their actions" is aimed
at the Kiev authorities. A pronoun continues the subject of its own sentence, when that is
named before it, else the subject of the sentence before, in the same paragraph and turn
(Quirk et al. 12.8: a personal pronoun is most often coreferent with a preceding subject).
The subject must be a party that is no person and agree in number: "it" a state or body
named in the singular, "they" a plural party ("the Western countries", "our partners",
"the Kiev authorities"). Otherwise the resolver's reading stands.
"""

from __future__ import annotations

import re
from dataclasses import replace

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.word_classes import forms

_SINGULAR = frozenset({"it", "its"})
_PLURAL = forms("plural_pronouns")
# Both, made once: ``_pronoun`` asks it of every mention of a stretch.
_PARTY_PRONOUNS = _SINGULAR | _PLURAL
# The mentions a pronoun may continue: parties named, not a speaker's "we" or an outlet.
_PARTY_KINDS = frozenset({"body", "side", "group", "office"})


def with_party_pronouns(
    text: str, sentence: Sentence, before: Sentence | None, start: int, end: int
) -> list[Mention]:
    """``sentence.mentions`` with each third-person party pronoun between ``start`` and
    ``end`` standing for the subject it continues, where one is found."""
    mentions = sentence.mentions
    if not any(_pronoun(m) and start <= m.start < end for m in mentions):
        return mentions
    return [
        _continued(text, sentence, before, m) if _pronoun(m) and start <= m.start < end else m
        for m in mentions
    ]


def _pronoun(m: Mention) -> bool:
    return m.kind == "pronoun" and m.text.lower() in _PARTY_PRONOUNS


def _continued(text: str, sentence: Sentence, before: Sentence | None, m: Mention) -> Mention:
    ref = _antecedent(text, sentence, before, m)
    return m if ref is None else replace(m, ref=ref)


def _antecedent(
    text: str, sentence: Sentence, before: Sentence | None, m: Mention
) -> ActorRef | None:
    plural = m.text.lower() in _PLURAL
    subject = sentence.subject
    if subject is not None and subject.end <= m.start:
        own = _agreeing(sentence, subject, plural=plural)
        if own is not None:
            return None if _intervenes(sentence, subject.end, m, plural) else own
    if before is None or before.subject is None or not _same_stretch(text, before, sentence):
        return None
    if _intervenes(sentence, sentence.start, m, plural):
        return None
    return _agreeing(before, before.subject, plural=plural) or _reported_subject(before, plural)


def _reported_subject(before: Sentence, plural: bool) -> ActorRef | None:
    """ "Putin said that the Kiev authorities could be preparing an offensive. 'They will
    try to solve the problem by force'": when the sentence before reports a person's
    words, the subject of what it reports is the party a pronoun continues: the first
    party after the verb of saying with at most "that" and a determiner before it."""
    grammar = load_grammar()
    for claim in before.claims:
        if claim.predicate is None or claim.postposed:
            continue
        said = claim.predicate[1]
        first = next((o for o in before.mentions if o.start >= said), None)
        if first is None:
            continue
        gap = before.text[said : first.start].lower().split()
        if all(w == "that" or w in grammar.determiners for w in gap):
            return _agreeing(before, first, plural=plural)
    return None


def _intervenes(sentence: Sentence, start: int, m: Mention, plural: bool) -> bool:
    """Whether a party agreeing with the pronoun is named between its antecedent and it:
    "we support the integrity of Ukraine within its borders" binds "its" to Ukraine, so
    the subject before is not read; nor is the nearer party, which may be a place. For
    "they" and "them", a plural noun between binds it as well: "call on the Union to
    finalise the sanctions, so that they can be adopted" speaks of the sanctions."""
    nouns = _PLURAL_NOUN.findall(sentence.text, start, m.start) if plural else []
    if any(w not in _S_FUNCTION_WORDS for w in nouns):
        return True
    return any(
        start <= other.start and other.end <= m.start and _agreeing(sentence, other, plural=plural)
        for other in sentence.mentions
    )


# A lower-case word in -s, not "-ss" nor a possessive: most often a plural noun ("sanctions",
# "weapons"); the closed-class words so spelt (grammar ``s_function_words``) are no nouns.
_PLURAL_NOUN = re.compile(r"(?<![\w\u2019'-])[a-z][a-z-]+[^s\W]s(?![\w\u2019'-])")
_S_FUNCTION_WORDS = forms("s_function_words")


def _same_stretch(text: str, before: Sentence, sentence: Sentence) -> bool:
    """The sentence before is in the same paragraph and, in a transcript, the same
    speaker's turn: narration before a quotation goes on in it ("Kiev keeps shelling
    Donbass. 'We condemn its attacks,' she said")."""
    if "\n" in text[before.end : sentence.start]:
        return False
    if before.turn or sentence.turn:
        return before.turn == sentence.turn and before.speaker == sentence.speaker
    return True


def _agreeing(sentence: Sentence, subject: Mention, *, plural: bool) -> ActorRef | None:
    """The subject's party when it is no person and agrees with the pronoun in number."""
    ref = subject.ref
    if ref is None or ref.is_person or subject.kind not in _PARTY_KINDS:
        return None
    if subject.possessive or subject.adjective:
        return None
    return ref if _plural(sentence, subject) == plural else None


def _plural(sentence: Sentence, subject: Mention) -> bool:
    """A subject named by a plural noun, its last word a lower-case one in -s ("the Western
    countries", "our partners", "the Kiev authorities"), or joined to another party
    ("Estonia and Latvia reaffirm their support"); a name in -s ("the United States") is
    one party."""
    words = subject.text.split()
    last = words[-1] if words else ""
    if last.islower() and last.endswith("s") and not last.endswith("ss"):
        return True
    return any(
        _JOINED.fullmatch(sentence.text, subject.end, other.start) is not None
        for other in sentence.mentions
        if other.start > subject.end and other.kind in _PARTY_KINDS | {"person"}
    )


# "and" joining two parties into one plural subject ("Estonia and Latvia", "Poland, and
# the Baltic states"); a comma alone sets off a phrase ("As for Ukraine, we …").
_JOINED = re.compile(r"\s*,?\s+and\s+(?:the\s+)?")
