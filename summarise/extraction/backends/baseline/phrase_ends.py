"""Where a phrase or a clause ends, read from the words alone.

There is no parser, so the end of a topic is found the way a hurried reader finds it: at
a word that opens a new clause or a side remark ("which", "if", "in response to", "but"),
at punctuation that is not inside a list or an abbreviation, and, for a noun phrase, at
the verb of a new predicate. A reported clause ("Russia could take military action")
differs from a noun phrase only in that an auxiliary verb or "that" does not end it.
"""

from __future__ import annotations

from summarise.extraction.backends.baseline.words import Grammar, Token

# A comma list's items are short; a longer stretch after a comma is a new phrase.
_LIST_ITEM_WORDS = 5
# Punctuation inside a phrase: a dash joining words, a currency or percent sign.
_INNER_MARKS = frozenset("%$\u20ac\u00a3&/")
# "it's", "there's": a pronoun and "is" in one token, tokenised like a possessive.
_CONTRACTED_SUBJECTS = frozenset({"it", "there", "that", "he", "she", "what", "who"})


def stop_index(tokens: list[Token], grammar: Grammar, *, clause: bool = False) -> int:
    """Where the phrase starting at ``tokens[0]`` ends.

    A noun phrase also ends at an auxiliary verb ("sanctions and other measures | is
    being prepared"), at a subject pronoun ("demands | it says will ...") and at "that",
    because each starts a clause about the phrase rather than more of it; a reported
    clause keeps all three, because they are its own verb and subject.
    """
    in_list = False
    for i, token in enumerate(tokens):
        word = token.lower
        if not token.is_word:
            if token.text in _INNER_MARKS:
                continue
            if token.text == "," and list_comma(tokens, i, grammar, continued=in_list):
                in_list = True
                continue
            if token.text == "." and i > 0 and _abbreviation(tokens[i - 1], grammar):
                continue
            if token.text == "-" and not token.spaced:
                continue
            return i
        if i == 0:
            continue
        if in_list and word in ("and", "or"):
            in_list = False  # the list's last item: a comma after it starts a new phrase
        if word not in grammar.phrase_stops:
            if clause:
                continue
            if word.endswith("ed") and _finite_verb(tokens, i, grammar):
                return i
            if token.possessive and contracted_subject(token):
                return i
            continue
        if grammar.opener_phrase_at(tokens, i) or word in grammar.clause_openers:
            return i
        if word == "but" or (word in grammar.conjunctions and clause_after(tokens, i, grammar)):
            return i
        if clause:
            continue
        if word == "that" or word in grammar.auxiliaries:
            return i
        if word in grammar.subject_pronouns and word not in ("this", "that", "it"):
            return i
    return len(tokens)


def _abbreviation(token: Token, grammar: Grammar) -> bool:
    """A word whose full stop does not end the phrase ("Mr.", "U.S.", "J."), so that
    "relations with the U.S. this year" is not cut after "U"."""
    word = token.text
    return (
        token.lower in grammar.honorifics
        or token.lower in grammar.titles
        or "." in word
        or (len(word) == 1 and word.isupper())
    )


def _finite_verb(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """A verb that starts a new predicate inside what looked like a noun phrase: "the
    rising tensions | accused the West", "a build-up of troops | signalled Moscow ...".
    Without a tagger an -ed word could be an adjective ("the armed forces"), so only
    one with a determiner or a name right after it counts."""
    token = tokens[i]
    word = token.lower
    if token.capitalised or i + 1 >= len(tokens) or not tokens[i - 1].is_word:
        return False
    if grammar.function_word(tokens[i - 1].lower):
        return False
    if not word.endswith("ed") or word in grammar.adjectives:
        return False
    after = tokens[i + 1]
    return after.lower in grammar.determiners or (after.capitalised and after.is_word)


def list_comma(tokens: list[Token], i: int, grammar: Grammar, *, continued: bool = False) -> bool:
    """Whether the comma at ``tokens[i]`` separates list items ("cyber attacks, false
    flag operations or disinformation"), which a phrase keeps whole, rather than setting
    off a remark, which ends it. A comma right before "and" ends a list only when an
    earlier comma began it; otherwise it joins two phrases ("dialogue and diplomacy, and
    the need to ...")."""
    for words, j in enumerate(range(i + 1, min(len(tokens), i + _LIST_ITEM_WORDS + 2))):
        token = tokens[j]
        word = token.lower
        if token.text == ",":
            return words > 0 and list_comma(tokens, j, grammar, continued=True)
        if not token.is_word:
            return False
        if word in ("and", "or"):
            return (words > 0 or continued) and not clause_after(tokens, j, grammar)
        if word in grammar.auxiliaries or word in grammar.clause_openers or word == "that":
            return False
    return False


def clause_after(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """Whether the conjunction at ``tokens[i]`` opens a new clause ("and has laid out",
    "and then trying", "and undermines the global order"), which a topic must not run
    into, rather than joining words of one phrase."""
    rest = tokens[i + 1 : i + 4]
    if not rest or not rest[0].is_word:
        return True
    first = rest[0].lower
    if first in grammar.auxiliaries or grammar.adverb(first) or contracted_subject(rest[0]):
        return True
    if first in grammar.subject_pronouns and first not in ("this", "that"):
        return True
    verb_form = first.endswith(("es", "ed")) or (first.endswith("s") and not first.endswith("ss"))
    return (
        verb_form
        and not rest[0].capitalised
        and len(rest) > 1
        and rest[1].lower in grammar.determiners
    )


def contracted_subject(token: Token) -> bool:
    """ "it's", "there's": a subject and "is" in one token, which the tokeniser cannot
    tell from a possessive."""
    word = token.lower
    return token.possessive and word[:-2] in _CONTRACTED_SUBJECTS


def clause_subject_end(tokens: list[Token], grammar: Grammar) -> int | None:
    """The index of the auxiliary verb after a subject at the start of ``tokens`` ("the
    invasion | can be stopped"), when they read as a clause; else None. The auxiliary is
    the only verb a word list can find reliably, so a clause is recognised by it."""
    pronoun = bool(tokens) and tokens[0].lower in grammar.subject_pronouns
    for i, token in enumerate(tokens[:9]):
        word = token.lower
        if not token.is_word:
            return None
        if i == 0 and contracted_subject(token):
            return 0
        if word in grammar.auxiliaries:
            return i if i > 0 else None
        if i == 0 and (
            word in grammar.prepositions or word in grammar.conjunctions or word == "that"
        ):
            return None
        if pronoun and i > 0 and not grammar.adverb(word):
            return None
        if word in grammar.clause_openers or word == "that":
            return None
        if word in grammar.conjunctions and clause_after(tokens, i, grammar):
            return None
    return None
