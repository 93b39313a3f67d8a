"""A fronted adverbial of time opened by a preposition of span ("From today", "As of
Monday", "Starting tomorrow") may stand before the subject without a comma, as a bare time
expression does ("On Tuesday Mr Johnson urged …"): the subject after it still holds the
clause. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, extract

_ORDER = "Executive Order on special economic measures"


def _held(text: str) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text, _ORDER, KREMLIN).positions]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # (a) plain
        (
            "From today Russia is suspending grain exports to unfriendly states.",
            [("Russia", "commit")],
        ),
        # (b) after another fronted adverbial
        (
            "Under the new Executive Order, from today Russia is suspending grain exports to "
            "unfriendly states.",
            [("Russia", "commit")],
        ),
        # (c) the actor named as its government's seat
        (
            "As of today the Kremlin is suspending grain exports to unfriendly states.",
            [("Russian government", "commit")],
        ),
        # (d) one clause of two
        (
            "Starting tomorrow Russia is suspending grain exports to unfriendly states, and it "
            "is barring their ships from its ports.",
            [("Russia", "commit")],
        ),
    ],
)
def test_the_subject_after_a_fronted_span_of_time_holds_the_clause(
    text: str, held: list[tuple[str, str]]
) -> None:
    assert _held(text)[: len(held)] == held


def test_a_span_of_time_with_no_party_after_it_gives_nothing() -> None:
    assert _held("From today the new export rules are in force across the country.") == []
