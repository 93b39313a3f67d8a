"""Where a capitalised stretch of text breaks into runs, each read as a title and a name.

A stretch of capitalised words is not one name: a title-case heading writes prepositions
and participles in capitals ("President Biden Before Marine One Departure", "Biden
Providing an Update"), "to"/"for" join a title ("Ambassador to Ukraine") but also two names
("President Novak of Slovakia to Vienna"), and a possessive ends a run unless it belongs to
a title ("the Head of the President's Office"). ``names`` reads each piece.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.patterns import trie_pattern
from summarise.extraction.backends.baseline.titles import fold, tables
from summarise.extraction.backends.baseline.word_classes import forms

_UPPER = "A-ZÀ-ÖØ-Þ"
# A capitalised word (with inner hyphens and apostrophes), an initial, a dotted
# abbreviation, or an honorific with its dot.
CAP_TOKEN = re.compile(
    rf"[{_UPPER}\u0100-\u017f](?:(?:\.[{_UPPER}])+\.|(?<=[MDJS])r\.|(?<=M)r?s\.|"
    r"\.(?=\s)|\w*(?:[-'\u2019]\w+)*)"
)
# The lower-case particles inside one personal name: European ("Ursula von der Leyen") and
# Arabic nasab ("Tamim bin Hamad Al Thani": "bin"/"ibn" son of, "bint" daughter of).
NAME_PARTICLES = frozenset({"von", "der", "van", "de", "al", "da", "bin", "ibn", "bint"})
# What joins the capitalised words of one title or name.
CONNECTORS = frozenset({"of", "the", "to", "for"}) | NAME_PARTICLES
POSSESSIVE = ("'s", "\u2019s")
# How far past a run the object of a heading's participle is looked for ("… an Update").
_OBJECT_REACH = 16


@cache
def _participle() -> re.Pattern[str]:
    """A capitalised -ing word followed by a determiner and a capitalised word: a
    participle and its object in a title-case heading."""
    determiners = trie_pattern(load_grammar().determiners)
    return re.compile(rf"[ \t]+[{_UPPER}][a-z]+ing[ \t]+(?:{determiners})[ \t]+[{_UPPER}]")


def without_participle(text: str, m: re.Match[str]) -> str:
    """A run's text up to a participle taking an object, as a title-case heading writes
    one after a name ("President Biden Providing an Update", "Secretary Blinken Announcing
    the Measures"): in a heading a capitalised -ing word before "a"/"the" and a
    capitalised noun is a verb with its object, never a name's last word. In running text
    the object is in lower case ("told Xi Jinping the news"), and the name is kept."""
    span = m.group()
    if "ing" not in span:
        return span
    participle = _participle().search(text, m.start(), m.end() + _OBJECT_REACH)
    if participle is None or participle.start() >= m.end():
        return span
    return span[: participle.start() - m.start()]


@cache
def lower_title_words() -> frozenset[str]:
    """Words of offices written in lower case ("deputy UN ambassador", "press secretary")."""
    words = {w for phrase in tables().offices for w in phrase}
    return frozenset(words | load_grammar().title_words)


def _inside_name(text: str, token: tuple[int, int]) -> bool:
    """A possessive inside a title ("the Head of the President's Office") or a proper name
    ("the Donetsk People's Republic") keeps the run."""
    word = fold(text[token[0] : token[1]])
    grammar = load_grammar()
    return word in grammar.title_heads or word in grammar.name_possessives


_DIRECTED = re.compile(r"[ \t]+(?:to|for)[ \t]+(?:(?:the|of)[ \t]+)*")


def _connector_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "to" and "for" join a title ("Ambassador to Ukraine", "Minister for Europe"), not
    two names ("President Novak of Slovakia to Vienna"), nor a title and the possessor of
    what the sentence goes on to name ("thanked the Prime Minister for Budapest's
    decision"): a title's complement is never in the genitive."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for gap in _DIRECTED.finditer(text, start, end):
        head = text[piece_start : gap.start()].split()
        after = CAP_TOKEN.match(text, gap.end(), end)
        genitive = after is not None and after.group().endswith(POSSESSIVE)
        if head and fold(head[-1]) in load_grammar().title_heads and not genitive:
            continue
        pieces.append((piece_start, gap.start()))
        piece_start = gap.end()
    pieces.append((piece_start, end))
    return pieces


@cache
def _phrase_openers() -> frozenset[str]:
    grammar = load_grammar()
    return grammar.prepositions | grammar.time_heads


def _preposition_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A capitalised preposition inside a run, as a title-case heading writes it, opens a
    phrase of its own after a name ("President Reed Before Air Force One Departure"): what
    follows it is its object, neither the title nor the name before it. A preposition that
    begins an office ("Under Secretary") runs on into the office's head, and one right
    after a title is a given name ("Foreign Minister Per Olsen"): both are kept."""
    heads = lower_title_words()
    openers = _phrase_openers()
    tokens = list(CAP_TOKEN.finditer(text, start, end))
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for k in range(1, len(tokens) - 1):
        word = fold(tokens[k].group())
        if (
            word in CONNECTORS
            or word not in openers
            or fold(tokens[k - 1].group()) in heads
            or fold(tokens[k + 1].group()) in heads
        ):
            continue
        pieces.append((piece_start, tokens[k - 1].end()))
        piece_start = tokens[k + 1].start()
    pieces.append((piece_start, end))
    return pieces


def _possessive_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A possessive ends a run ("Russia's Armed Forces"), unless it belongs to a title
    ("the Head of the President's Office")."""
    span = text[start:end]
    if "'s" not in span and "\u2019s" not in span:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for m in CAP_TOKEN.finditer(text, start, end):
        if m.group().endswith(POSSESSIVE) and not _inside_name(text, (m.start(), m.end())):
            pieces.append((piece_start, m.end()))
            nxt = CAP_TOKEN.search(text, m.end(), end)
            if nxt is None:
                return pieces
            piece_start = nxt.start()
    if piece_start < end:
        pieces.append((piece_start, end))
    return pieces


@cache
def _operators() -> frozenset[str]:
    """The operators that open a question (Quirk et al. 11.5), "will" and "may" aside
    (a given name, a month), and a transcript's "Q" before it."""
    return (forms("be_forms") | forms("have_forms") | forms("do_forms") | forms("modals")) - {
        "will",
        "may",
    } | {"q"}


def _after_operator(text: str, start: int, end: int) -> int:
    """Where a stretch's run begins after the operators that open it: "Has the President
    spoken …?", "Q Does the Chancellor think …?" name "the President", "the Chancellor"."""
    token = CAP_TOKEN.match(text, start, end)
    while token is not None and fold(token.group()) in _operators():
        nxt = CAP_TOKEN.search(text, token.end(), end)
        if nxt is None or text[token.end() : nxt.start()].strip() not in ("", "the"):
            return token.start() if nxt is None else nxt.start()
        start, token = nxt.start(), nxt
    return start


def pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The runs a capitalised stretch breaks into: after the operators of a question, at
    "to"/"for" between two names, at a heading's capitalised preposition, and after a
    possessive."""
    start = _after_operator(text, start, end)
    return [
        piece
        for joined in _connector_pieces(text, start, end)
        for headed in _preposition_pieces(text, *joined)
        for piece in _possessive_pieces(text, *headed)
    ]
