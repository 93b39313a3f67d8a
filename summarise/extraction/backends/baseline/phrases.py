"""Phrase cutting: a short, whole phrase out of the words that follow a trigger.

A topic must read as a phrase a person would write, because it is shown to an analyst
as it is: it starts on a content word, stops where ``phrase_ends`` says a new clause or
a side remark begins, never ends on a function word or a title without its name, and is
capped at a word boundary that leaves no dangling modifier or half a list.
"""

from __future__ import annotations

from summarise.extraction.backends.baseline.phrase_ends import list_comma, stop_index
from summarise.extraction.backends.baseline.words import Grammar, Token

TOPIC_WORDS = 8
CLAUSE_WORDS = 12
# Words that do not count towards a phrase's length: "the need of the people" is short.
_UNCOUNTED = frozenset({"a", "an", "the", "of", "to", "any", "and", "or"})


def counted(tokens: list[Token]) -> int:
    """A phrase's length as a reader feels it, so that articles and "of" do not push a
    short phrase over a cap."""
    return sum(1 for t in tokens if t.is_word and t.lower not in _UNCOUNTED)


def phrase(tokens: list[Token], grammar: Grammar, *, limit: int = TOPIC_WORDS) -> list[Token]:
    """The noun phrase or action ``tokens`` open, trimmed, cut and capped."""
    tokens = trim_start(tokens, grammar)
    tokens = tokens[: stop_index(tokens, grammar)]
    return cap(trim_end(tokens, grammar), grammar, limit)


def clause_words(tokens: list[Token], grammar: Grammar) -> list[Token]:
    """The clause ``tokens`` open, up to where it ends. Its start is kept where the
    caller found it, because the caller measures the clause's subject from there; and it
    is left uncapped, because a topic, a summary and a threat's condition each allow it a
    different length."""
    return trim_end(tokens[: stop_index(tokens, grammar, clause=True)], grammar)


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
    """A reported clause without the phrase that a comma sets off before it ("(that,)
    under the open-door policy, all democracies have a right ..."), so that its topic
    is what it reports, not the circumstance."""
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
    """Whether an office ends its own phrase: "the new Chancellor" names someone, "with
    President" is cut from the name that follows it."""
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
    """Whether a cap may cut before ``tokens[i]`` and leave a phrase that reads whole."""
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


def list_items(tokens: list[Token], grammar: Grammar) -> list[list[Token]]:
    """A list of short noun phrases split into its items, so that a contact about
    "climate change, Afghanistan and the Iran nuclear deal" has three topics. Two items
    without a comma stay one phrase ("dialogue and diplomacy"): "and" alone may join the
    words of one name."""
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
