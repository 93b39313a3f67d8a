"""Charges by the words for the conduct (CAMEO 111/112): probing a coalition's unity or
resolve ("the Kremlin is testing the West's unity", synthetic5 v10) and shaking or
undermining the foundations of an order ("Russia's attack on Ukraine shakes the very foundations
of the international order", synthetic8 y03) accuse the party told of; the speaker's own
side testing its own unity charges nobody (``stances._own_conduct``). Four surroundings,
with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a readout, reported, "testing the unity of"
        (
            "Prime Minister Mark Rutte said that the Kremlin is testing the unity of the "
            "European Union.",
            [("Mark Rutte", "accuse")],
        ),
        # (b) a quotation first, a possessive before "resolve"
        (
            '"Moscow is testing NATO\'s resolve," Secretary General Jens Stoltenberg said.',
            [("Jens Stoltenberg", "accuse")],
        ),
        # (c) the saying verb postposed, "shakes the foundations of"
        (
            "Russia's aggression shakes the foundations of European security, Chancellor Olaf "
            "Scholz said.",
            [("Olaf Scholz", "accuse")],
        ),
        # (d) a minister quoted, progressive, "the very foundations"
        (
            'Foreign Minister Wang Yi said: "Unilateral sanctions are undermining the very '
            'foundations of international trade."',
            [("Wang Yi", "accuse")],
        ),
    ],
)
def test_testing_unity_and_shaking_foundations_charge(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The speaker's side testing its own unity: no charge.
        'President Anna Berg said: "We have tested our unity, and it held."',
        # Testing weapons, no unity or resolve: no charge.
        'President Anna Berg said: "We are testing our air defence systems this week."',
    ],
)
def test_ones_own_tests_charge_nobody(text: str) -> None:
    """Look-alikes: one's own side tested, or a test of no coalition, is no accusation."""
    assert "accuse" not in [stance for _, stance in held_stances(text)]
