"""Expecting that something will happen is a forecast, not a demand, also with "that" left
out before the clause ("I expect this to be part of the talks", "I expect the
Pentagon will say more"); expecting a party to act still asks it."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances

BRIEFING = "Press Briefing by Press Secretary Dana Holt"


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # A briefing turn, a pronoun subject in the clause.
        (
            "MS. HOLT: Chancellor Weber will be here on Monday, and I expect this will be part "
            "of the discussion with the President.",
            BRIEFING,
            WHITE_HOUSE,
        ),
        # A body as the clause's subject.
        (
            "MS. HOLT: I expect the Pentagon will have more to say about the numbers later "
            "this afternoon.",
            BRIEFING,
            WHITE_HOUSE,
        ),
        # Another publisher, "would", the speaker named in the text.
        (
            "President Dmytro Koval said he expected the talks would resume next week.",
            None,
            KYIV,
        ),
        # A Kremlin text, "is going to".
        (
            "Vladimir Putin said that he expects the meeting is going to take place in Istanbul.",
            None,
            KREMLIN,
        ),
    ],
)
def test_a_clause_expected_is_no_demand(text: str, title: str | None, source: str) -> None:
    assert all(s != "demand" for _, s in held_stances(text, title, source))


@pytest.mark.parametrize(
    "text",
    [
        # Look-alikes: expecting a party to act asks it.
        "MS. HOLT: We expect Russia to withdraw its troops from the border of Ukraine.",
        "MS. HOLT: We expect every NATO member to speak with one voice on Ukraine.",
    ],
)
def test_expecting_a_party_to_act_is_a_demand(text: str) -> None:
    assert held_stances(text, BRIEFING, WHITE_HOUSE) == [("United States", "demand")]
