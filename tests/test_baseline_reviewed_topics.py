"""What an occasion reviewed is its topics, as what it discussed is: "met to review the
implementation of these commitments", "reviewed the new sanctions with the G7 finance
ministers" go over a matter, and a stance word there (a commitment, a measure) names a
subject of the occasion, no view of either party. A charge among them stays the voice's
accusation, and a clause of its own after them stays a position. Invented sentences in
three surroundings, with look-alikes."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, held_stances

_JOINT = "Joint Statement by the Presidents of the United States and Poland"
_MET = "Today we met in Warsaw to strengthen our alliance. "


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a joint statement: a meeting ahead, to review commitments
        (
            _MET + "Our foreign ministers will meet in Riga in June to review the "
            "implementation of these commitments.",
            _JOINT,
            WHITE_HOUSE,
        ),
        # (b) the same voice: a measure reviewed with others on a call
        (
            _MET + "Secretary Dana Holt reviewed the new sanctions with the G7 finance "
            "ministers in a video conference on Tuesday.",
            _JOINT,
            WHITE_HOUSE,
        ),
        # (c) a Kyiv readout: guarantees reviewed at a meeting
        (
            "Volodymyr Zelenskyy met with Prime Minister Eva Lindqvist of Sweden. The two "
            "leaders reviewed the security guarantees that the partners are preparing for "
            "Ukraine.",
            "The President met with the Prime Minister of Sweden",
            KYIV,
        ),
    ],
)
def test_what_was_reviewed_is_no_position(text: str, title: str, source: str) -> None:
    assert held_stances(text, title, source) == []


def test_a_charge_among_the_reviewed_topics_stays_an_accusation() -> None:
    held = held_stances(
        "Today we met in Warsaw to review Russia's unprovoked war against Ukraine.",
        _JOINT,
        WHITE_HOUSE,
    )
    assert [stance for _, stance in held] == ["accuse"]
