"""Speed-ups that read less of a text must decide as the full reading did.

Each shortcut is checked against the reading it replaces on invented stretches, among them
the shapes where a shortcut could go wrong: quotation marks alone at the end, marks glued
to words, apostrophes and hyphens inside words, other kinds of space.
"""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline import subjects

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
    return [w.lower() for w in subjects.WORD.findall(before) if w not in subjects.QUOTE_MARKS]


@pytest.mark.parametrize("before", BEFORES)
def test_the_last_word_read_from_the_end_is_the_last_word_read(before: str) -> None:
    words = _words(before)
    assert subjects._last_word(before) == (words[-1] if words else None)


@pytest.mark.parametrize("before", BEFORES)
def test_lead_words_only_stops_early_with_the_same_answer(before: str) -> None:
    words = _words(before)
    assert subjects._lead_words_only(before) == all(w in subjects._LEAD_WORDS for w in words)
    assert subjects._words(before) == words


def test_the_stretches_cover_both_answers() -> None:
    """The invented stretches hold lead words only, none, and others; and last words that
    are articles, prepositions, marks and none."""
    leads = {subjects._lead_words_only(b) for b in BEFORES}
    lasts = {subjects._last_word(b) for b in BEFORES}
    assert leads == {True, False}
    assert {None, "the", "an", "as", ")", "minister's", "with-"} <= lasts
