"""Word lists as expressions: the word-start trie finds what a lookbehind before it finds."""

from __future__ import annotations

import re

import pytest

from summarise.extraction.backends.baseline.patterns import trie_pattern, word_start_trie

WORDS = {"Reuters", "RT", "Sky News", "AP", "AFP", "Politico"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("RT reported it. Reuters and Sky News confirmed; AFP too.", 4),
        ("\u201cAP\u201d (Politico) and\nSky News\u2019s RT-style AFP", 4),
        # Look-alikes: inside a word, after a hyphen, or longer.
        ("ART-RT, non-Reuters and xAP are no outlets, nor is Politicos.", 0),
    ],
)
def test_a_word_start_trie_matches_where_a_lookbehind_before_the_trie_does(
    text: str, found: int
) -> None:
    plain = re.compile(r"(?<![\w-])(?:" + trie_pattern(WORDS) + r")(?![\w-])")
    guarded = re.compile(word_start_trie(WORDS, before=r"[\w-]") + r"(?![\w-])")
    expected = [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in guarded.finditer(text)] == expected
    assert len(expected) == found


def test_a_word_start_trie_opens_on_the_words_first_characters() -> None:
    # What lets ``re`` skip to the next candidate instead of trying every position.
    assert word_start_trie({"AP", "RT"}, before=r"[\w-]").startswith("(?:A(?<!")
    with pytest.raises(ValueError, match="non-empty"):
        word_start_trie({""}, before=r"[\w-]")
