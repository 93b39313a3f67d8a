"""A that-clause opened by an aside ("said that, in his view, A, and that B") is still the
first of two coordinated that-clauses: two statements, each its own position (granularity
rule 1), and the aside says where the view comes from, never what it is about. Invented
sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions

_SAID = "the border is calm, and that Belarus must withdraw its tanks."


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # (a) plain
        (f"Polish President Adam Lis said that, in his view, {_SAID}", "Adam Lis"),
        # (b) after a fronted adverbial
        (f"On Monday, Polish President Adam Lis said that, in his view, {_SAID}", "Adam Lis"),
        # (c) a ministry, and another aside
        (
            f"The Polish Foreign Ministry said that, according to its estimates, {_SAID}",
            "Polish government",
        ),
        # (d) the second verb phrase of a two-clause sentence
        (
            "Polish President Adam Lis met the Lithuanian envoy in Warsaw and said that, in "
            f"his view, {_SAID}",
            "Adam Lis",
        ),
    ],
)
def test_an_aside_after_that_opens_the_first_of_two_statements(text: str, holder: str) -> None:
    draft = extract(text)
    assert positions(draft) == [
        (holder, "other", "border is calm"),
        (holder, "demand", "Belarus must withdraw its tanks"),
    ]
    assert draft.positions[1].evidence[0].quote == "Belarus must withdraw its tanks."


def test_relative_clauses_with_an_aside_are_no_statements() -> None:
    # No verb of saying opens the first "that": a relative clause, one item quoted whole.
    text = (
        "Polish President Adam Lis condemned the strikes that, according to witnesses, hit "
        "Kharkiv, and that killed civilians."
    )
    draft = extract(text)
    assert [s for _, s, _ in positions(draft)] == ["accuse"]
    assert draft.positions[0].evidence[0].quote == text
