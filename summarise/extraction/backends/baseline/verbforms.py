"""English verb forms by spelling rule: the -ing form that turns an action or a clause
into a topic, and the third person that turns "should Russia attack" into "if Russia
attacks".

"Urged Russia to step back" names the issue "Russia stepping back": the action becomes a
gerund phrase, which reads as a noun phrase in a list and after "called for". The rules
are the school spelling rules; the exceptions are listed in ``data/grammar.toml``.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.words import Grammar, Token

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


def as_gerund(action: list[Token], grammar: Grammar) -> list[Token]:
    """An action with its verbs in -ing: "step back and engage diplomatically" ->
    "stepping back and engaging diplomatically"."""
    out = list(action)
    first = 0
    while first < len(out) - 1 and (
        out[first].lower in ("not", "further") or grammar.adverb(out[first].lower)
    ):
        first += 1
    verb = out[first] if out else None
    if (
        verb is not None
        and verb.is_word
        and not verb.capitalised
        and not verb.lower.endswith("ing")
    ):
        out[first] = verb.with_text(ing_form(verb.text, grammar))
    for i in range(first + 1, len(out) - 1):
        if out[i].lower in ("and", "or") and looks_like_verb(out, i + 1, grammar):
            out[i + 1] = out[i + 1].with_text(ing_form(out[i + 1].text, grammar))
    return out


def gerund_clause(tokens: list[Token], aux: int, grammar: Grammar) -> list[Token] | None:
    """A reported clause as a gerund phrase: "Russia could take military action" ->
    "Russia taking military action"; "dialogue will be continued" -> "dialogue being
    continued". Only modal and progressive clauses convert without a lexicon of verbs."""
    if aux == 0:
        return None
    subject, verb_group = tokens[:aux], tokens[aux:]
    auxiliary = verb_group[0].lower
    negative = auxiliary.endswith(("n't", "n\u2019t")) or auxiliary == "cannot"
    j = 1
    while j < len(verb_group) and (
        verb_group[j].lower == "not" or grammar.adverb(verb_group[j].lower)
    ):
        negative = negative or verb_group[j].lower == "not"
        j += 1
    if j >= len(verb_group) or not verb_group[j].is_word:
        return None
    verb = verb_group[j]
    adverbs = [t for t in verb_group[1:j] if t.lower != "not"]
    negation = [verb_group[0].with_text("not", spaced=True)] if negative else []
    if auxiliary in grammar.modals:
        done = verb.with_text(ing_form(verb.text, grammar))
        return subject + negation + adverbs + [done] + verb_group[j + 1 :]
    if auxiliary in ("is", "are", "was", "were", "am") and verb.lower.endswith("ing"):
        return subject + negation + adverbs + verb_group[j:]
    return None


def looks_like_verb(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """Whether ``tokens[i]`` is a base verb, which only an action has: listed, or followed
    by what follows verbs (a particle, a determiner, an -ly adverb, "to"). Without a
    tagger this is what tells "the need to [include Ukraine]" from "the road to [Kyiv]"."""
    if i >= len(tokens) or not tokens[i].is_word:
        return False
    token = tokens[i]
    word = token.lower
    if token.capitalised or word.endswith("ing") or grammar.function_word(word):
        return False
    if word in grammar.base_verbs:
        return True
    if word in grammar.adjectives or grammar.modifier(token):
        return False
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].lower
    return (
        after in grammar.particles
        or after in grammar.determiners
        or after == "to"
        or (grammar.adverb(after) and after.endswith("ly"))
    )


def _doubles(word: str, grammar: Grammar) -> bool:
    if word in grammar.doubling_verbs:
        return True
    one_syllable = len(_VOWEL_GROUP.findall(word)) == 1
    return one_syllable and _SHORT_END.search(word) is not None and word[-1] not in "wxy"


def _same_case(original: str, replacement: str) -> str:
    return replacement.capitalize() if original[:1].isupper() else replacement
