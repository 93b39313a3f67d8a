"""A hostile act or an attempt named as the subject of a prediction: what it would bring
about is foretold, a warning (the guide: "a predicted consequence is `warn`"), though the
act's noun is an accusation's cue. "Further provocations in Donbas could bring
uncontrolled escalation", "Any new act of aggression would have severe consequences for
the region", "Attempts to drag out the talks would only lead to new demands". The act must
head the clause's subject (nothing before it but a determiner and modifiers, or "act of";
a modifier opening the sentence has the sentence's capital: "Further provocations …"),
and the prediction must be its own predicate: "Russia condemned provocations that could
lead to escalation" condemns them, and the relative clause foretells nothing of the
holder's."""

from __future__ import annotations

import re
from functools import cache

from summarise.actors import vocabulary
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import phrase_key
from summarise.extraction.backends.baseline.patterns import WORD, category
from summarise.extraction.backends.baseline.verb_forms import PREDICTIVE_MODALS

# An attempt as a noun: at the head of the subject, "Attempts to …" names a course taken.
_ATTEMPT = re.compile(r"attempts?\s+to", re.IGNORECASE)
# The noun phrase's head of a kind, before the act: "any new act of aggression".
_ACT_OF = re.compile(r"(?:acts?|attempts?)\s+of$", re.IGNORECASE)
# Up to this many modifiers before the act, after a determiner.
_MODIFIERS = 3
# The rest of the subject after the act: words, no conjunction or relative, and perhaps a
# reporting parenthesis between commas ("…, it was stressed, would only lead to").
_SUBJECT_REST = (
    r"(?:\s+(?!(?:and|but|or|while|whereas|which|who|that)\b)[\w\u2019'-]+){0,12}?"
    r"(?:,\s+[^,.;:!?]{1,40},)?\s+"
)
# A "that" and the spaces after it: the last one before the act opens the clause whose
# subject it heads ("noted that further provocations …").
_THAT = re.compile(r"\bthat\s+", re.IGNORECASE)


@cache
def _foretold() -> re.Pattern[str]:
    """The rest of the subject, then a modal, perhaps an adverb, and a verb of bringing
    about (lexicon.toml [outcomes] foretold)."""
    outcomes = read_data("lexicon.toml")["outcomes"]
    adverbs = "|".join(outcomes["adverbs"])
    verbs = "|".join(outcomes["foretold"])
    return re.compile(
        rf"{_SUBJECT_REST}(?:{PREDICTIVE_MODALS})(?:\s+(?:{adverbs}))?\s+(?:{verbs})\b",
        re.IGNORECASE,
    )


def act_foretold(text: str, start: int, end: int, cue: re.Match[str]) -> bool:
    """Whether the accusation's cue ``cue`` names a hostile act or an attempt heading the
    subject of the clause ``text[start:end]`` whose predicate foretells what it brings."""
    if category(cue) != "accuse":
        return False
    lexicon = load_lexicon()
    if not (lexicon.hostile_acts.fullmatch(cue.group()) or _ATTEMPT.fullmatch(cue.group())):
        return False
    return _foretells(text, start, end, cue.start(), cue.end())


def condition_foretold(text: str, start: int, end: int, condition: re.Match[str]) -> bool:
    """Whether the condition's cue ``condition`` ("any further military aggression", a
    `[conditions]` cue) is a hostile act heading the subject of a prediction of what it
    brings: "Any further military aggression against Ukraine would bring massive
    consequences for Russia", "any new attack on Estonian territory would have serious
    consequences". The consequences are what the act brings, a warning, not a measure the
    holder threatens on a condition."""
    act = load_lexicon().hostile_acts.search(text, condition.start(), condition.end())
    return act is not None and _foretells(text, start, end, act.start(), act.end())


def _foretells(text: str, start: int, end: int, act_start: int, act_end: int) -> bool:
    """Whether the act at ``text[act_start:act_end]`` heads the subject of the clause
    ``text[start:end]`` and its predicate foretells what it brings."""
    if not _heads_subject(text[start:act_start], _opens_sentence(text, start)):
        return False
    return _foretold().match(text, act_end, end) is not None


# What may stand before a sentence's first word: nothing, or quotation marks and spaces.
_OPENING_MARKS = frozenset(" \t\"'\u201c\u2018")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` is where a sentence begins (only quotation marks and spaces since
    the last full stop, question or exclamation mark or line break), read backwards."""
    i = start
    while i > 0 and text[i - 1] in _OPENING_MARKS:
        i -= 1
    return i == 0 or text[i - 1] in ".!?\n"


def _heads_subject(before: str, opening: bool) -> bool:
    """Whether ``before``, the clause up to the act (after its last "that", or its verb of
    saying), opens a noun phrase the act heads: nothing, or up to three modifiers after a
    determiner or none, perhaps before "act of"; not a verb and its object ("ending the
    provocations would lead to calm") nor a possessive ("Russia's provocations", which
    charges its owner), nor a party's name ("Russian provocations"). ``opening``: the
    clause opens its sentence, whose first word has a capital of the sentence's
    ("Further provocations"), not a name's, unless the word names a party."""
    said = max((that.end() for that in _THAT.finditer(before)), default=None)
    words = (before if said is None else before[said:]).strip()
    verb = load_lexicon().speech.match(words, 0, len(words))
    if verb is not None and words[verb.end() : verb.end() + 1] in ("", " "):
        words = words[verb.end() :].strip()
    kind = _ACT_OF.search(words)
    if kind is not None:
        words = words[: kind.start()].strip()
    found = WORD.findall(words)
    if not found:
        return True
    grammar = load_grammar()
    closed = (
        grammar.prepositions
        | grammar.clause_openers
        | grammar.negation
        | grammar.first_person
        | grammar.person_pronouns
    )
    if opening and said is None and verb is None and _sentence_capital(found[0]):
        found[0] = found[0].lower()
    modifiers = found[1:] if found[0].lower() in grammar.determiners else found
    return len(modifiers) <= _MODIFIERS and all(
        w.islower() and w not in closed and w not in grammar.determiners for w in modifiers
    )


def _sentence_capital(word: str) -> bool:
    """Whether the sentence's first ``word`` has only the sentence's capital: one capital
    first, no possessive ("Putin's"), and no name of a state, its people, its seat or an
    organisation ("Russian", "Kremlin", "NATO")."""
    if not (word[:1].isupper() and word[1:].isalpha() and word[1:].islower()):
        return False
    key = phrase_key(word)
    known = vocabulary()
    return not any(
        key in phrases
        for phrases in (known.country_phrases, known.seat_phrases, known.organisation_phrases)
    )
