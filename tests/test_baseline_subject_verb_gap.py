"""The word a subject reaches past the auxiliaries and adverbs between it and its verb
(``patterns.first_word_past``): one loop for the rules that look past them. Sentences
invented for these tests."""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.patterns import first_word_past


def _past(text: str, start: int = 0) -> str | None:
    found = first_word_past(text, start, len(text), load_grammar().between_subject_and_verb)
    return None if found is None else found.group()


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # auxiliaries and adverbs of several kinds, in running text and in a heading's case
        (" has also repeatedly said that", "said"),
        (" Will Now Declare", "Declare"),
        (" had earlier warned the council", "warned"),
        # nothing between: the verb itself
        (" insisted", "insisted"),
    ],
)
def test_the_first_word_past_the_auxiliaries_and_adverbs_is_the_verb(text: str, verb: str) -> None:
    assert _past(text) == verb


def test_a_gap_of_auxiliaries_and_adverbs_only_has_no_word_past_them() -> None:
    assert _past(" has also ") is None
    assert _past("") is None


def test_a_word_of_the_subject_itself_is_no_auxiliary() -> None:
    # Look-alike: a noun after the subject ("the minister's deputy") is the first word past.
    assert _past(" deputy has said") == "deputy"


def test_the_search_starts_where_it_is_told() -> None:
    text = "The ministry has also stated it"
    assert _past(text, text.index(" has")) == "stated"
