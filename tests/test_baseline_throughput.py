"""Speed-ups that read less of a text must decide as the full reading did.

Each shortcut is checked against the reading it replaces on invented stretches, among them
the shapes where a shortcut could go wrong: quotation marks alone at the end, marks glued
to words, apostrophes and hyphens inside words, other kinds of space.
"""

from __future__ import annotations

import re

import pytest

from summarise.extraction.backends.baseline import patterns, subjects
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.group_words import group_openers, group_pattern

# What may stand before a mention a subject is looked for at (invented).
BEFORES = [
    "",
    "   ",
    "And ",
    "But then, ",
    "and so \u201c",
    "\u201cThe ",
    "On Tuesday the ",
    "Speaking in Oslo on Friday, the ",
    "In a statement posted by the ",
    "the \u201d ",
    "about the\u201d\u201c ",
    "Moreover, an ",
    "However \u2019\u2019 ",
    "Its foreign minister's ",
    "Tensions have risen, as ",
    "A well-known \u2018 ",
    "so\tthen\u00a0a\u2003",
    '" "  \u201c',
    "with-",
    "Ministers (of both sides) ",
    "because of the  ",
    "ALSO THE ",
]


def _words(before: str) -> list[str]:
    """The full reading the shortcuts replace."""
    return [w.lower() for w in patterns.TOKEN.findall(before) if w not in subjects.QUOTE_MARKS]


@pytest.mark.parametrize("before", BEFORES)
def test_the_last_word_read_from_the_end_is_the_last_word_read(before: str) -> None:
    words = _words(before)
    assert subjects._last_word(before) == (words[-1] if words else None)


@pytest.mark.parametrize("before", BEFORES)
def test_lead_words_only_stops_early_with_the_same_answer(before: str) -> None:
    words = _words(before)
    lead = load_grammar().lead_words
    assert subjects._lead_words_only(before) == all(w in lead for w in words)
    assert subjects._words(before) == words


def test_the_stretches_cover_both_answers() -> None:
    """The invented stretches hold lead words only, none, and others; and last words that
    are articles, prepositions, marks and none."""
    leads = {subjects._lead_words_only(b) for b in BEFORES}
    lasts = {subjects._last_word(b) for b in BEFORES}
    assert leads == {True, False}
    assert {None, "the", "an", "as", ")", "minister's", "with-"} <= lasts


# Invented fragment lists: the same alternation written with a shared first word once.
FACTORED = [
    (
        ["the (?:two )?envoys", "both envoys", "the mediators", "mediators", "the envoys"],
        ["the (?:(?:two )?envoys|mediators|envoys)", "both envoys", "mediators"],
    ),
    (
        ["all parties", "the parties", "all sides", "some sides", "all side[s]?"],
        ["all (?:parties|sides|side[s]?)", "the parties", "some sides"],
    ),
    # One fragment of a word: nothing to share.
    (["the envoys", "both envoys"], ["the envoys", "both envoys"]),
]
# Look-alikes: a fragment between two of a word that may match where the word stands
# ("\w+ talks held" at "the talks held") must keep its place, or "the talks held today"
# would now be tried first; so must a fragment of several alternatives of its own.
LEFT_AS_THEY_ARE = [
    ["the meeting", r"\w+ talks held", "the talks held today"],
    ["the meeting", "th(?:e|ose) talks", "the talks held today"],
    ["the meeting", "the talk|talks", "the talks held today"],
    ["the meeting", "the ?talks", "the talks held today"],
]
TEXTS = [
    "The two envoys met; the envoys and both envoys and mediators, then the mediators.",
    "All parties and all sides, the parties, some sides; ALL SIDE and The Parties.",
    "After the talks held today, the meeting ended; those talks held and the talks.",
    "thetalks the  talks, the talks held todays.",
]


def _matches(fragments: list[str], text: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"\b" + "(?:" + "|".join(fragments) + r")\b", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(("fragments", "expected"), FACTORED)
def test_fragments_of_a_shared_word_are_written_once(
    fragments: list[str], expected: list[str]
) -> None:
    factored = patterns.shared_words_factored(fragments)
    assert factored == expected
    for text in TEXTS:
        assert _matches(factored, text) == _matches(fragments, text)


@pytest.mark.parametrize("fragments", LEFT_AS_THEY_ARE)
def test_a_fragment_that_may_match_where_the_word_stands_keeps_its_place(
    fragments: list[str],
) -> None:
    factored = patterns.shared_words_factored(fragments)
    assert factored == fragments
    for text in TEXTS:
        assert _matches(factored, text) == _matches(fragments, text)


def test_the_look_alike_would_change_the_match_if_reordered() -> None:
    """Why the guard is needed: moved up, the third fragment wins over the second."""
    fragments = LEFT_AS_THEY_ARE[0]
    reordered = ["the (?:meeting|talks held today)", fragments[1]]
    text = TEXTS[2]
    assert _matches(reordered, text) != _matches(fragments, text)


def test_the_group_guard_admits_every_first_letter_of_a_group() -> None:
    """The lookahead before the mention scan's group branch lets through every group the
    branch finds on its own (invented: modifiers in both cases, a lone head)."""
    guard = re.compile(group_openers())
    alone = re.compile(rf"(?<![\w\u2019'-])(?:{group_pattern()})")
    text = (
        "Western partners and western allies, European capitals, foreign governments, "
        "International community, unfriendly states, our partners, with partners, "
        "Nationalist battalions and illegal armed groups."
    )
    found = list(alone.finditer(text))
    assert len(found) >= 10
    assert all(guard.match(text, m.start()) for m in found)
