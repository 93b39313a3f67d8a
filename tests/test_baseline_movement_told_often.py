"""A charge others are said to tell over and over, with an adjunct of frequency (and a
source after it) between "told" and its that-clause, asserts no movement or combat, as
"we are told that" does: "Every day we hear from the West that our army is about to
strike from the north". Four surroundings (publisher, party, who is told, the
adjunct: every day, daily, each evening, repeatedly), and the look-alike: an adjunct of
place or a teller with no frequency ("We were told in Brussels that 300 Polish troops
arrived") relays a report, asserted. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A Kremlin text: the speaker's state, a source after the adjunct.
        (
            "We are told each week from London that Russia will attack Moldova from Transnistria.",
            KREMLIN,
        ),
        # A Kyiv text: the adversary's television, "daily".
        (
            "Our people are told daily by Russian television that Ukrainian forces are"
            " shelling Donetsk.",
            KYIV,
        ),
        # A White House text: an alliance, "each evening".
        (
            "The Russian people are told each evening that NATO troops are massing on their"
            " border.",
            WHITE_HOUSE,
        ),
        # A news text: "repeatedly", the adversary.
        ("Residents were told repeatedly that the enemy had shelled the bridge overnight.", None),
    ],
)
def test_a_charge_told_over_and_over_asserts_no_movement(text: str, source: str | None) -> None:
    assert movement_owners(text, source=source) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("We were told in Brussels that 300 Polish troops arrived in Lithuania.", WHITE_HOUSE),
        ("I was told at the ministry that 300 Polish troops arrived in Lithuania.", KYIV),
    ],
)
def test_a_report_told_once_somewhere_is_asserted(text: str, source: str) -> None:
    assert movement_owners(text, source=source) == [("Poland", "deploy")]
