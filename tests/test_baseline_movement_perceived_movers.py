"""Forces a speaker perceives moving ("we have observed several new battalions moving toward
the frontier", Quirk et al. 16.52: the object of "observe" is the participle's subject) are
not the perceiver's: their owner is the party their phrase names, else the one party the
sentence names before them, else the one named in the nearest sentence before that names
any (the other side the speaker goes on about). Where that sentence names two parties the
forces could be either's: no owner, no movement (precision before recall). Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, movement_rows


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A White House briefing: the party named two sentences before, a participle.
        (
            "Russia says its soldiers are only training. We see it differently. Since"
            " Thursday we have observed several new battalions moving toward the frontier.",
            WHITE_HOUSE,
            [("Russia", "deploy", "several new battalions")],
        ),
        # … named by its capital, "watched", another verb of moving. (The forces are cut
        # to "units": the code drops "fresh tank", a gap of the forces phrase, not of this
        # rule; "new armoured units" comes out whole.)
        (
            "The Kremlin says nothing is happening. The pictures show otherwise. This week we"
            " have watched fresh tank units heading toward the frontier.",
            WHITE_HOUSE,
            [("Russia", "deploy", "units")],
        ),
        # A Kyiv address: another party, another capital.
        (
            "Minsk insists nothing has changed. This is not true. Since Monday we have"
            " observed new columns moving towards our northern border.",
            KYIV,
            [("Belarus", "deploy", "new columns")],
        ),
    ],
)
def test_perceived_movers_are_the_party_named_before(
    text: str, source: str, expected: list[tuple[str, str, str]]
) -> None:
    assert movement_rows(text, source) == expected


def test_two_parties_named_before_leave_no_owner() -> None:
    assert (
        movement_rows(
            "Russia and Belarus say nothing is happening. The pictures show otherwise. This"
            " week we have watched fresh tank units heading toward the frontier.",
            WHITE_HOUSE,
        )
        == []
    )
