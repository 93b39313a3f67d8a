"""Word lists that are data live in grammar.toml, the expressions built from them: the
nouns whose that-clause a copula judges (``claim_nouns``, governing) and the words between
a later clause's pronoun and its cue (``pronoun_clause_words``, points_back). Sentences
invented for these tests."""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline.governing import _CLAIM_THAT
from summarise.extraction.backends.baseline.points_back import _PRONOUN_CLAUSE
from summarise.extraction.backends.baseline.word_classes import forms


@pytest.mark.parametrize("noun", sorted(forms("claim_nouns")))
def test_each_claim_noun_opens_the_content_a_copula_judges(noun: str) -> None:
    assert _CLAIM_THAT.search(f"The {noun} that the convoy carried weapons") is not None
    assert _CLAIM_THAT.search(f"Their {noun} about a blockade of the port") is not None


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: a longer word, and a noun of no saying
        "The claimants that the court heard",
        "The convoy that the army sent",
    ],
)
def test_a_word_that_is_no_claim_noun_opens_no_claim(text: str) -> None:
    assert _CLAIM_THAT.search(text) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("We studied these reports, and they are simply", "false"),
        ("The ministry repeated the story, but it is clearly", "untrue"),
        ("The rumours spread, yet they do n\u2019t", "hold"),
    ],
)
def test_a_later_clause_reaches_its_cue_past_the_listed_words(text: str, cue: str) -> None:
    whole = f"{text} {cue}"
    found = _PRONOUN_CLAUSE.search(whole)
    assert found is not None
    assert found.end() == whole.index(cue)


def test_a_word_not_listed_stops_the_clause_before_its_cue() -> None:
    # Look-alike: a lexical verb between the pronoun and the cue ("they seem false").
    whole = "We read the reports, and they seem false"
    found = _PRONOUN_CLAUSE.search(whole)
    assert found is not None
    assert found.end() != whole.index("false")
