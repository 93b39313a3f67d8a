"""What an occasion reviewed is its topics, as what it discussed is: "will gather to review
the delivery of these commitments", "reviewed the latest export controls with G7 trade
ministers" go over a matter, and a stance word there (a commitment, a measure) names a
subject of the occasion, no view of either party. A charge among them stays the voice's
accusation, and a clause of its own after them stays a position. Invented sentences in
three surroundings, with look-alikes."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, held_stances

_JOINT = "Joint Declaration of the United States and Poland"
_MET = "Today we met in Warsaw to strengthen our alliance. "


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a joint statement: a meeting ahead, to review commitments
        (
            _MET + "Our defence chiefs will gather in Tallinn in the autumn to review the "
            "delivery of these commitments.",
            _JOINT,
            WHITE_HOUSE,
        ),
        # (b) the same voice: a measure reviewed with others on a call
        (
            _MET + "On Tuesday Secretary Dana Holt reviewed the latest export controls with "
            "G7 trade ministers by video.",
            _JOINT,
            WHITE_HOUSE,
        ),
        # (c) a Kyiv readout: guarantees reviewed at a meeting
        (
            "In Lviv, Volodymyr Zelenskyy received Prime Minister Eva Lindqvist of Sweden. The "
            "two leaders reviewed the security guarantees that partners are drafting for "
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


def test_a_clause_of_its_own_after_the_reviewed_topics_stays_a_position() -> None:
    # The measure reviewed names no view; the clause after "and" is the group's own charge.
    held = held_stances(
        "Today we met in Warsaw to review the latest export controls, and we condemn Russia's "
        "strikes on the grain ports of Odesa.",
        _JOINT,
        WHITE_HOUSE,
    )
    assert held == [("United States and Poland", "accuse")]
