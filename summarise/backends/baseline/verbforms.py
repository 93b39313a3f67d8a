"""English verb forms by spelling rule: the -ing form that turns an action into a topic,
and the third person that turns "should Russia attack" into "if Russia attacks".

"Urged Russia to step back" names the issue "Russia stepping back": the action becomes a
gerund phrase, which reads as a noun phrase in a list and after "called for". The rules
are the school spelling rules; the exceptions are listed in ``data/grammar.toml``.
"""

from __future__ import annotations

import re

from summarise.backends.baseline.words import Grammar

# One vowel between consonants at the end: "step", "plan", "put"; not "ramp", "meet", "fix".
_SHORT_END = re.compile(r"(?:^|[^aeiou])[aeiou][b-df-hj-np-tv-z]$")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")


def ing_form(verb: str, grammar: Grammar) -> str:
    """``verb`` (a base form) with -ing: "engage" -> "engaging", "step" -> "stepping"."""
    word = verb.lower()
    if word in grammar.irregular_ing:
        return _same_case(verb, grammar.irregular_ing[word])
    if "-" in word:
        head, _, last = verb.rpartition("-")
        return f"{head}-{ing_form(last, grammar)}"
    if word.endswith("ie"):
        return verb[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "oe", "ye")) and len(word) > 2:
        return verb[:-1] + "ing"
    if _doubles(word, grammar):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def third_person(verb: str) -> str:
    """``verb`` (a base form) after "he", "she" or "it": "attack" -> "attacks"."""
    word = verb.lower()
    if word in ("be", "have"):
        return {"be": "is", "have": "has"}[word]
    if word.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _doubles(word: str, grammar: Grammar) -> bool:
    if word in grammar.doubling_verbs:
        return True
    one_syllable = len(_VOWEL_GROUP.findall(word)) == 1
    return one_syllable and _SHORT_END.search(word) is not None and word[-1] not in "wxy"


def _same_case(original: str, replacement: str) -> str:
    return replacement.capitalize() if original[:1].isupper() else replacement
