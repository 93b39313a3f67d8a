"""Phrase cutting: a short, whole phrase out of the words that follow a trigger.

A topic must read as a phrase a person would write: it starts on a content word, stops
where a new clause or a side remark begins ("which", "if", "in response to", a comma that
does not separate list items), never ends on a function word or a title without its
name, and is capped at a word boundary that leaves no dangling modifier. The same cuts
serve noun phrases, actions ("step back and engage diplomatically") and reported clauses
("Russia could take military action"), which differ only in whether an auxiliary verb or
"that" ends them.
"""

from __future__ import annotations

from summarise.backends.baseline.verbforms import ing_form
from summarise.backends.baseline.words import Grammar, Token

TOPIC_WORDS = 8
_LIST_ITEM_WORDS = 5
CLAUSE_WORDS = 12
# Words that do not count towards a phrase's length: "the need of the people" is short.
_UNCOUNTED = frozenset({"a", "an", "the", "of", "to", "any", "and", "or"})
# Punctuation inside a phrase: a dash joining words, a currency or percent sign.
_INNER_MARKS = frozenset("%$\u20ac\u00a3&/")
# "it's", "there's": a pronoun and "is" in one token, tokenised like a possessive.
_CONTRACTED_SUBJECTS = frozenset({"it", "there", "that", "he", "she", "what", "who"})


def counted(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if t.is_word and t.lower not in _UNCOUNTED)


def abbreviation(token: Token, grammar: Grammar) -> bool:
    """A word whose full stop does not end the sentence: "Mr.", "U.S.", "J."."""
    word = token.text
    return (
        token.lower in grammar.honorifics
        or token.lower in grammar.titles
        or "." in word
        or (len(word) == 1 and word.isupper())
    )


def stop_index(tokens: list[Token], grammar: Grammar, *, clause: bool = False) -> int:
    """Where the phrase starting at ``tokens[0]`` ends.

    A noun phrase also ends at an auxiliary verb ("sanctions and other measures | is
    being prepared"), at a subject pronoun ("demands | it says will ...") and at "that";
    a reported clause keeps all three.
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
            if token.text == "." and i > 0 and abbreviation(tokens[i - 1], grammar):
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


def _finite_verb(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """A verb that starts a new predicate inside what looked like a noun phrase: "the
    rising tensions | accused the West", "a build-up of troops | signalled Moscow ...".
    Told by its ending and a determiner or a name right after it."""
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
    """A comma between list items ("cyber attacks, false flag operations or
    disinformation"): short items, the last one joined by "and" or "or". A comma right
    before "and" ends a list only when an earlier comma began it; otherwise it joins two
    phrases ("dialogue and diplomacy, and the need to ...")."""
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
    "and then trying", "and undermines the global order") rather than joining words."""
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
    """ "it's", "there's": a subject and "is" in one token."""
    word = token.lower
    return token.possessive and word[:-2] in _CONTRACTED_SUBJECTS


def trim_start(tokens: list[Token], grammar: Grammar) -> list[Token]:
    """Drop what cannot open a topic: punctuation, conjunctions, adverbs ("also"), the
    complementiser "that", a possessive pronoun ("its aggression"), a leading preposition
    ("about the tensions")."""
    i = 0
    while i < len(tokens):
        token = tokens[i]
        word = token.lower
        droppable = (
            not token.is_word
            or word in grammar.conjunctions
            or (grammar.adverb(word) and word not in grammar.adjectives)
            or word in ("that", "his", "her", "its", "their", "any")
            or word in grammar.prepositions
        )
        if not droppable:
            break
        i += 1
    tokens = tokens[i:]
    if tokens and tokens[0].lower in grammar.first_person:
        # The speaker's "our state" is "the state" in a third-person summary.
        tokens = [tokens[0].with_text("the"), *tokens[1:]]
    return tokens


def skip_introduction(tokens: list[Token], grammar: Grammar) -> list[Token]:
    """A reported clause without the phrase that a comma sets off before it: "(that,)
    under the open-door policy, all democracies have a right ..."."""
    while tokens and not tokens[0].is_word:
        tokens = tokens[1:]
    words = [t for t in tokens if t.is_word]
    if not words or words[0].lower not in grammar.prepositions:
        return tokens
    for i, token in enumerate(tokens[:10]):
        if token.text == "," and not list_comma(tokens, i, grammar):
            return tokens[i + 1 :]
        if token.is_word and token.lower in grammar.auxiliaries:
            break
    return tokens


def trim_end(tokens: list[Token], grammar: Grammar) -> list[Token]:
    """Drop what cannot end a topic: function words, titles without their name, a
    sentence adverb ("inevitable now"; not "engage diplomatically"), a dangling
    possessive."""
    end = len(tokens)
    while end > 0:
        token = tokens[end - 1]
        word = token.lower
        if token.is_word and not (
            grammar.function_word(word)
            or word in grammar.honorifics
            or (word in grammar.titles and not _after_modifier(tokens, end - 1, grammar))
            or word in grammar.adverbs
            or token.possessive
        ):
            break
        end -= 1
    return tokens[:end]


def _after_modifier(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """Whether an office ends its own phrase: "the new Chancellor", not "with President"."""
    if i == 0:
        return False
    before = tokens[i - 1]
    return before.lower in grammar.determiners or (
        grammar.modifier(before) and not before.capitalised
    )


def cap(tokens: list[Token], grammar: Grammar, limit: int = TOPIC_WORDS) -> list[Token]:
    """At most ``limit`` counted words, cut where a phrase ends: before a preposition, a
    conjunction or a comma, never after a function word. Without such a place the cut
    drops a dangling modifier ("massive economic")."""
    if len(tokens) <= limit:
        return tokens
    total = 0
    cut = len(tokens)
    for i, token in enumerate(tokens):
        if token.is_word and token.lower not in _UNCOUNTED:
            total += 1
            if total > limit:
                cut = i
                break
    if cut == len(tokens):
        return tokens
    finished = _list_end(tokens, cut, grammar)
    if finished is not None:
        return trim_end(tokens[:finished], grammar)
    for b in range(cut, 1, -1):
        if _inside_list(tokens, b, grammar):
            continue
        if _boundary(tokens, b, grammar) and not grammar.function_word(tokens[b - 1].lower):
            return trim_end(tokens[:b], grammar)
    head = trim_end(tokens[:cut], grammar)
    while len(head) > 1 and grammar.modifier(head[-1]) and not head[-1].capitalised:
        head = trim_end(head[:-1], grammar)
    return head


def _list_end(tokens: list[Token], cut: int, grammar: Grammar) -> int | None:
    """Where a list that the cap would cut ends, when that is at most two words on:
    "sovereignty, independence, and territorial integrity" stays whole."""
    if not any(_inside_list(tokens, b, grammar) for b in range(max(0, cut - 6), cut)):
        return None
    for end in range(cut, min(len(tokens), cut + 3) + 1):
        if end == len(tokens) or (
            _boundary(tokens, end, grammar) and not _inside_list(tokens, end, grammar)
        ):
            return end
    return None


def _inside_list(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """Whether ``tokens[i]`` separates two items of a comma list: a cut there would
    leave "sovereignty, independence" without its last item."""
    for j in range(max(0, i - 8), i + 1):
        if tokens[j].text == "," and list_comma(tokens, j, grammar):
            return j == i or tokens[i].lower in ("and", "or") or tokens[i].text == ","
    return False


def _boundary(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    token = tokens[i]
    word = token.lower
    if not token.is_word:
        return token.text == ","
    return (
        phrase_preposition(tokens, i, grammar)
        or word in grammar.conjunctions
        or word in grammar.clause_openers
        or word in ("to", "that")
    )


def phrase_preposition(tokens: list[Token], i: int, grammar: Grammar) -> bool:
    """A preposition that starts a phrase of its own: not "of" (which binds its noun to
    the one before) nor an approximation ("about 100,000")."""
    word = tokens[i].lower
    if word not in grammar.prepositions or word == "of":
        return False
    return not (i + 1 < len(tokens) and tokens[i + 1].text[0].isdigit())


def phrase(
    tokens: list[Token], grammar: Grammar, *, clause: bool = False, limit: int = TOPIC_WORDS
) -> list[Token]:
    """The phrase ``tokens`` open, trimmed, cut and capped."""
    tokens = trim_start(tokens, grammar)
    tokens = tokens[: stop_index(tokens, grammar, clause=clause)]
    return cap(trim_end(tokens, grammar), grammar, limit)


def clause_subject_end(tokens: list[Token], grammar: Grammar) -> int | None:
    """The index of the auxiliary verb after a subject at the start of ``tokens``
    ("the invasion | can be stopped"), when they read as a clause; else None."""
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
    """Whether ``tokens[i]`` is a base verb: listed, or followed by what follows verbs
    (a particle, a determiner, an -ly adverb, "to")."""
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


def list_items(tokens: list[Token], grammar: Grammar) -> list[list[Token]]:
    """A list of short noun phrases split into its items: "climate change, Afghanistan
    and the Iran nuclear deal" -> three. Two items without a comma stay one phrase
    ("dialogue and diplomacy"): "and" alone may join the words of one name."""
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if not commas:
        return [tokens]
    items: list[list[Token]] = []
    current: list[Token] = []
    for i, token in enumerate(tokens):
        last_join = token.lower in ("and", "or") and i > commas[-1]
        if token.text == "," or last_join:
            if current:
                items.append(current)
            current = []
            continue
        current.append(token)
    if current:
        items.append(current)
    return [trimmed for item in items if (trimmed := trim_end(trim_start(item, grammar), grammar))]
