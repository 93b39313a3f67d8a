"""A stance's topic read off its clause: the phrase after the cue, cut at the first clause
boundary, with the cue's own function words ("support for", "the importance of", "that")
stepped over, so a topic names the issue and never the stance word. Shallow on purpose (no
parser).
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.patterns import trie_pattern
from summarise.extraction.backends.baseline.verb_forms import BE, MODALS
from summarise.extraction.sentences import ABBREVIATIONS

# A number with thousands separators is one word ("3,000 more troops"): its comma ends
# no topic.
# So is an abbreviation with its full stops ("U.S. troops"): its last stop ends no topic,
# nor does a title's or a month's ("Mr. Lukashenko's claims", ``_abbreviations``).
_TOKEN = r"\d{1,3}(?:,\d{3})+(?![\d,])|(?:[A-Z]\.){2,}|[\w\u2019'.-]*\w|[^\w\s]"


@cache
def _tokens() -> re.Pattern[str]:
    """The words of a topic, an abbreviation with its full stop one of them."""
    return re.compile(rf"{_abbreviations()}|{_TOKEN}")


def _abbreviations() -> str:
    """The words written with a full stop that ends no sentence (``extraction.sentences``:
    titles and ranks before a name, "Mr.", "Gen.", "Col.", months before a day, "Feb."),
    the stop included: it ends no topic either ("rejects Gen. Gerasimov's demands").

    The expression is tried at every word of a topic's stretch, before the plain token:
    the words are letters only, so a lookahead for letters, a stop and a space lets every
    other word skip the list, and the list is a trie rather than 46 alternatives (the
    topic tokens over the open articles in half the time; the same tokens)."""
    return rf"(?=[^\W\d_]+\.\s)(?i:{trie_pattern(ABBREVIATIONS)})\."


_STOP_MARKS = frozenset(
    {",", ";", ":", ".", "!", "?", "(", ")", "\u2013", "\u2014", "\u201c", "\u201d", '"'}
)
_SKIP_LEADING = frozenset(
    {
        "for",
        "to",
        "of",
        "that",
        "on",
        "about",
        "with",
        "in",
        "over",
        "regarding",
        "the",
        "his",
        "her",
        "its",
        "their",
        "our",
        "a",
        "an",
        "and",
        "concerning",
        "as",
        "it",
        "this",
        "you",
        "also",
        "very",
        "much",
        "so",
        "your",
        "them",
        "us",
        "him",
        "again",
        "once",
    }
)
_CLOSING_QUOTES = frozenset({"\u201d", '"'})
_QUOTES = frozenset({"\u201c", "\u201d", '"'})
# Punctuation next to a quotation mark that makes it the end of a quotation, not of a
# quoted word inside the phrase.
_QUOTE_CLOSERS = frozenset(",.;:!?")
# Long enough for a noun phrase with its complement ("sanctions heavier than anything we
# have done before"), short enough to stay a topic, not the sentence.
MAX_TOPIC_WORDS = 12
_AND_AFTER = 4
_CUE_TAILS = re.compile(
    r"\s*(?:(?:the\s+)?(?:importance|need|necessity|commitment|support|concern|hope|"
    r"gratitude|readiness|intention|position)\s+(?:of|for|to|about|that|regarding)\s+)",
    re.IGNORECASE,
)
# An aside between "that" and its clause, which says where the view comes from, not what
# it is: "said that, in his view, …", "said that, according to its estimates, …".
_THAT_ASIDE = re.compile(r"\s*that,\s+[^,;:.!?]{1,60},\s+", re.IGNORECASE)
# A stance noun as a subject, its content after a copula and a colon: "our central demand
# is still this: guarantees that …", "our concern is simple: the build-up".
_COPULA_COLON = re.compile(rf"\s*(?:{BE}|remains?|remained)(?:\s+[\w-]+){{0,2}}\s*:\s+")


@cache
def _trailing_words() -> frozenset[str]:
    """Words a topic may not end on; built once, as a union is a new set every time."""
    return _SKIP_LEADING | load_grammar().prepositions


def topic_after(text: str, start: int, end: int) -> str | None:
    """The phrase naming the issue after position ``start``, or None."""
    span = topic_span(text, start, end)
    return None if span is None else text[span[0] : span[1]]


def topic_span(
    text: str, start: int, end: int, *, past_manner: bool = True
) -> tuple[int, int] | None:
    """Where the phrase ``topic_after`` names sits in ``text``: what reads on from it (its
    last conjunct, the purpose of the work it names) starts there, never at an earlier copy
    of the same words that a search for them would find first. A manner adjunct before the
    object is stepped over (``_MANNER``) when an object follows it (``past_manner``), and
    ends the object after it."""
    tail = (
        _CUE_TAILS.match(text, start, end)
        or _COPULA_COLON.match(text, start, end)
        or _THAT_ASIDE.match(text, start, end)
    )
    if tail is not None:
        start = tail.end()
    grammar = load_grammar()
    words: list[tuple[int, int]] = []
    manner_end = -1
    for m in _tokens().finditer(text, start, end):
        token = m.group()
        lower = token.lower()
        if not words and m.start() < manner_end:
            continue
        manner = _MANNER.match(text, m.start(), end) if lower == "in" and past_manner else None
        if manner is not None:
            if words:
                break  # "condemn the attack in the strongest terms": the adjunct ends it
            manner_end = manner.end()
            continue
        if token in _STOP_MARKS:
            # '…," the President said': after a quotation closed, the reporting clause.
            if token in _QUOTES and _quoted_word(text, m.start(), m.end(), end):
                continue
            if words or (token in _CLOSING_QUOTES and text[m.start() - 1 : m.start()] in ",."):
                break
            continue
        # A clause opener ends the topic; "and" only once the topic has some length
        # ("support for peace and security" keeps both).
        opener = lower in grammar.clause_openers or lower in ("and", "but", "which", "who")
        if words and opener and (lower != "and" or len(words) >= _AND_AFTER):
            break
        if not words and lower in _SKIP_LEADING:
            continue
        words.append(m.span())
        if len(words) >= MAX_TOPIC_WORDS:
            break
    trailing = _trailing_words()
    while words and (
        text[words[-1][0] : words[-1][1]].lower() in trailing
        or _dangling(text, words[-1], words[0][0])
    ):
        words.pop()
    if not words:
        # "we condemn it in the strongest terms": with no object after it, the cut as before.
        return None if manner_end < 0 else topic_span(text, start, end, past_manner=False)
    first, last = words[0][0], words[-1][1]
    while first < last and text[first] in _TOPIC_STRIPPED:
        first += 1
    while last > first and text[last - 1] in _TOPIC_STRIPPED:
        last -= 1
    return (first, last) if first < last else None


# A manner adjunct of official condemnation between a cue and its object ("condemns in the
# strongest terms the unprovoked aggression of …", "rejects in the strongest possible terms
# these attacks"): how the stance is put, not what it is about.
_MANNER = re.compile(
    r"in\s+(?:the\s+)?(?:strongest|clearest|firmest|no\s+uncertain)\s+(?:possible\s+)?terms\b",
    re.IGNORECASE,
)
# What a topic neither begins nor ends on.
_TOPIC_STRIPPED = frozenset(' ,.;:\u201c\u201d"')


# A modal the phrase ran into, its verb left outside: "demands for a halt to NATO
# enlargement would, if accepted, divide Europe" is about the halt; "to European partners
# should Russia cut off deliveries" ends before its condition. Lower case only ("in May"
# is a month); not after a pronoun, where the verb is left out on purpose ("all the help
# we can"); and not the noun "will" ("a lack of political will"). "Be" and "have" stay:
# they end a clause as main verbs ("every means it has").
_MODAL = re.compile(rf"(?:{MODALS})")
_BEFORE_KEPT = re.compile(
    r"(?:I|we|you|they|he|she|it|political|good|the|free|own|popular)\s+$", re.IGNORECASE
)


def _dangling(text: str, word: tuple[int, int], start: int) -> bool:
    return (
        _MODAL.fullmatch(text, *word) is not None
        and _BEFORE_KEPT.search(text, start, word[0]) is None
    )


def _quoted_word(text: str, start: int, end: int, stop: int) -> bool:
    """A quotation mark around words inside the phrase ("the "unprecedented" build-up"),
    not one that closes a quotation before its reporting clause ('…," he said')."""
    before = text[start - 1 : start]
    after = text[end:stop].lstrip()[:1]
    return bool(after) and before not in _QUOTE_CLOSERS and after not in _QUOTE_CLOSERS


def plain_topic(topic: str) -> str:
    """A topic without the article's quotation marks, which it does not quote whole."""
    if not any(q in topic for q in _QUOTES):
        return topic
    return " ".join(topic.translate(_NO_QUOTES).split())


_NO_QUOTES = str.maketrans("", "", '\u201c\u201d"')
