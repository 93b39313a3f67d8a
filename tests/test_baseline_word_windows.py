"""A window of "the next N characters" after a word ends between words
(``patterns.window_after``): a search ends at its end position as at the text's end, so a
word the width cuts would read as a shorter word of its own ("insist|ent" as "insist").
Sentences invented for these tests."""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline.insisted_claims import insisted
from summarise.extraction.backends.baseline.patterns import window_after


def test_a_window_that_would_end_inside_a_word_ends_before_it() -> None:
    text = "talks with the delegation were held"
    start = text.index("with")
    cut = text.index("delegation") + 3
    assert window_after(text, start, cut - start) == text.index("delegation")


def test_a_window_ending_between_words_or_past_the_text_keeps_its_width() -> None:
    text = "talks with the delegation were held"
    start = text.index("with")
    # Look-alikes: right after a whole word, on a space, past the text's end.
    after = text.index(" were")
    assert window_after(text, start, after - start) == after
    assert window_after(text, start, after + 1 - start) == after + 1
    assert window_after(text, start, 500) == start + 500


def test_the_limit_ends_a_window_before_its_width() -> None:
    text = "talks with the delegation were held"
    assert window_after(text, 0, 30, limit=10) == 10


@pytest.mark.parametrize(
    "text",
    [
        # a statement, a cut adjective
        "Moscow said that the insistent questions about its troops were misplaced.",
        # another subject and a noun cut the same way
        "The minister said after an insistent question that the troops would leave.",
    ],
)
def test_a_word_of_insisting_cut_by_the_window_is_no_insisting(text: str) -> None:
    said = text.index("said")
    assert text[said + 20 - 6 : said + 20] == "insist"  # the width ends inside the word
    assert not insisted(text, 0, said)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow insisted that the troops were there for drills.",
        "Moscow said it insists its troops are there for drills.",
    ],
)
def test_a_whole_word_of_insisting_within_the_window_is_read(text: str) -> None:
    said = text.index("said") if "said" in text else text.index("insisted")
    assert insisted(text, 0, said)
