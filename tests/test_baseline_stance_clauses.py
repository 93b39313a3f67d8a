"""Two stances in one sentence are two items (granularity rule 1), also where the clauses
are joined without a comma. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    ("sentence", "stances"),
    [
        # A noun cue and a verb cue of another class joined by "and" are two clauses.
        (
            "Polish President Adam Lis thanked Germany for its support and asked for more weapons.",
            ["support", "demand"],
        ),
        # "but" without a comma before a verb opens a clause as ", but" does.
        (
            "Polish President Adam Lis welcomed the talks but accused Russia of bad faith.",
            ["support", "accuse"],
        ),
        # A second that-clause is a second statement: the condition of the second governs
        # only it.
        (
            "Polish President Adam Lis warned that an invasion would be a disaster and that "
            "Poland would impose sanctions if Russia attacked.",
            ["warn", "threaten"],
        ),
    ],
)
def test_two_clauses_two_items(sentence: str, stances: list[str]) -> None:
    assert [stance for _, stance, _ in positions(extract(sentence))] == stances


def test_two_cues_of_one_class_joined_by_and_stay_one_phrase() -> None:
    draft = extract("Poland condemned the unprovoked and unjustified attack on Kharkiv.")
    assert [stance for _, stance, _ in positions(draft)] == ["accuse"]
