"""Refusing to negotiate or discuss a matter is opposition (CAMEO 125, reject a proposal to
negotiate; the guide: rejecting a proposal or policy is `oppose`): "will not negotiate over
the heads of", "what we are not going to talk about is", "is not up for discussion"; not a
pledge ("we're not going to"). Each in the four surroundings of the shape matrix, with
look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import stances


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Norwegian Foreign Minister Per Dahl said Norway will not negotiate over the heads of "
        "its Baltic neighbours.",
        "Swedish Prime Minister Eva Berg said Sweden won't discuss the status of the island.",
        # (b) a fronted adverbial or subordinate clause
        "After the meeting in Oslo, Norwegian Foreign Minister Per Dahl said Norway would not "
        "hold talks on the border of its neighbours.",
        "As the pressure grew, Finnish President Anna Lind said: \u201cWhat we\u2019re not going "
        "to talk about is whether Finland may choose its partners.\u201d",
        # (c) the actor named another way: a ministry, a pronoun after a first mention
        "The Danish Foreign Ministry said the alliance\u2019s open-door policy is not up for "
        "discussion.",
        "Finnish President Anna Lind met reporters in Helsinki. She said Finland would never "
        "negotiate its membership of the alliance.",
        # (d) postposed, and one clause of two
        "Sweden is not going to discuss the future of the island, Swedish Prime Minister Eva "
        "Berg said.",
    ],
)
def test_refusing_talks_on_a_matter_is_opposition(text: str) -> None:
    assert stances(text) == ["oppose"]


def test_a_refusal_after_an_offer_is_its_own_item() -> None:
    text = (
        "Finnish President Anna Lind said Finland was ready for talks with Moscow, but that it "
        "would not negotiate its choice of alliances."
    )
    assert stances(text) == ["support", "oppose"]


@pytest.mark.parametrize(
    "text",
    [
        # Talks not held in the past are no refusal.
        "Finnish President Anna Lind said Finland has never discussed such a measure.",
        # Refusing to talk about war is no refusal of talks: a pledge of one's own.
        "Finnish President Anna Lind said: \u201cWe are going to talk about the ceasefire.\u201d",
    ],
)
def test_look_alikes_refuse_nothing(text: str) -> None:
    assert "oppose" not in stances(text)
