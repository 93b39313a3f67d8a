"""Readiness completed from its definition: readiness to meet, to carry on along a
negotiating track, or to take a party's side is a stance for the talks or the side, not a
pledge of one's own act (the guide: "there is always room for diplomacy" is support; CAMEO
051 for readiness to back a party). Each in the four surroundings of the shape matrix, with
look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # (a) plain
        (
            "Austrian Chancellor Karl Huber said he was ready to meet with the Russian President "
            "in Vienna.",
            "meet with the Russian President in Vienna",
        ),
        (
            "Polish Foreign Minister Adam Lis confirmed Poland\u2019s readiness to support the "
            "application of Moldova.",
            "application of Moldova",
        ),
        # (b) a fronted adverbial
        (
            "After the second round, Turkish President Ali Demir said Turkey was ready to "
            "continue along the negotiating track.",
            "continue along the negotiating track",
        ),
        # (c) a ministry; a pronoun after a first mention
        (
            "The Hungarian Foreign Ministry said Hungary was prepared to back the proposal of "
            "the mediators.",
            "proposal of the mediators",
        ),
        (
            "Swedish Prime Minister Eva Berg visited Riga on Monday. She said Sweden stands "
            "ready to meet with the Latvian government at any time.",
            "meet with the Latvian government at any time",
        ),
    ],
)
def test_readiness_for_a_meeting_or_a_side_is_support(text: str, topic: str) -> None:
    assert [(s, t) for _, s, t in positions(extract(text))] == [("support", topic)]


def test_postposed_and_in_a_second_clause() -> None:
    # (d) postposed, and as one clause of two
    text = (
        "Austria is willing to support the ceasefire plan, Austrian Chancellor Karl Huber said. "
        "Austrian Chancellor Karl Huber condemned the shelling and said Austria was ready to "
        "meet with both sides."
    )
    assert [s for _, s, _ in positions(extract(text))] == ["support", "accuse", "support"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # Meeting an obligation or a target is keeping one's word, no meeting.
        (
            "Russian President Ivan Petrov said Russia was ready to meet its gas supply "
            "obligations to Italy fully.",
            "commit",
        ),
        # Readiness to help with a task of one's own stays a pledge.
        (
            "Israeli Prime Minister Dan Levi said Israel was ready to help set up contacts "
            "between the sides.",
            "commit",
        ),
    ],
)
def test_look_alikes_stay_pledges(text: str, stance: str) -> None:
    assert [s for _, s, _ in positions(extract(text))] == [stance]
