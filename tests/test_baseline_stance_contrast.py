"""A contrast between what a verb of saying or of view states and a clause with a stance cue
of its own ("stressed that A, but B", "has always believed in A, but B") is two statements,
two positions (granularity rule 1): the first, with no stance word, is ``other``, the cue
decides only its own clause, and each quotes its own clause. Invented sentences only."""

from __future__ import annotations

import pytest

from tests.baseline_helpers import extract, positions

_DENIAL = "at the moment it cannot be stated that Belarus is pulling back its tanks"


@pytest.mark.parametrize(
    ("text", "holder", "first"),
    [
        # (a) plain
        (
            f"Polish President Adam Lis stressed that the border is calm, but {_DENIAL}.",
            "Adam Lis",
            "border is calm",
        ),
        # (b) after a fronted adverbial
        (
            f"On Tuesday, Polish President Adam Lis stressed that the border is calm, but "
            f"{_DENIAL}.",
            "Adam Lis",
            "border is calm",
        ),
        # (c) the office only
        (
            f"The Polish President said that the border is calm, but {_DENIAL}.",
            "President of Poland",
            "border is calm",
        ),
        # (d) the second clause of a two-clause sentence, its subject a pronoun
        (
            "Polish President Adam Lis met the Lithuanian envoy in Warsaw, and he said that "
            f"the border is calm, but {_DENIAL}.",
            "Adam Lis",
            "border is calm",
        ),
    ],
)
def test_a_contrast_after_a_saying_is_two_positions(text: str, holder: str, first: str) -> None:
    draft = extract(text)
    assert positions(draft) == [
        (holder, "other", first),
        (holder, "deny", "Belarus is pulling back its tanks"),
    ]
    # Each quotes its own clause: the denial starts after the contrast.
    assert draft.positions[1].evidence[0].quote.startswith("at the moment")
    assert "but" not in draft.positions[0].evidence[0].quote.split()


def test_a_view_verb_with_an_object_is_a_statement_before_the_contrast() -> None:
    # (c) a pronoun after a first mention; the verb of view takes an object, not a clause.
    draft = extract(
        "Polish President Adam Lis spoke in Warsaw on Monday. He has always believed in "
        "direct talks with Moscow, but there needs to be a ceasefire first."
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [
        ("Adam Lis", "other"),
        ("Adam Lis", "demand"),
    ]
    assert draft.positions[1].evidence[0].quote == "there needs to be a ceasefire first."


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # "not A, but B" corrects a phrase: no second clause (two items without the guard).
        (
            "Polish President Adam Lis said that this was not a retreat, but a demand for talks.",
            "demand",
        ),
        # The second clause points back at the first: one denial of what it reports (two
        # items without the guard).
        (
            "Polish President Adam Lis said that the shelling had stopped near Kharkiv, but "
            "had seen no confirmation of this.",
            "deny",
        ),
    ],
)
def test_a_contrast_that_corrects_or_points_back_is_one_statement(text: str, stance: str) -> None:
    draft = extract(text)
    assert [s for _, s, _ in positions(draft)] == [stance]
    assert draft.positions[0].evidence[0].quote == text


def test_a_noun_of_saying_opens_no_statement_before_the_contrast() -> None:
    # "claims" after "are" is a noun: the denial is of what the claims say, quoted whole
    # (without the guard the quote starts at the contrast).
    draft = extract(
        "Polish President Adam Lis spoke in Warsaw on Monday. \u201cThere are claims that the "
        f"tanks are going home, but {_DENIAL},\u201d he said."
    )
    assert [s for _, s, _ in positions(draft)] == ["deny"]
    assert draft.positions[0].evidence[0].quote.startswith("There are claims")
