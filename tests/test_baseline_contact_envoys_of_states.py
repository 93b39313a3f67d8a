"""A meeting with the envoys of states ("met with the ambassadors of Chile and Norway",
"with the heads of the diplomatic missions from EU member states") is a
contact with those states, as one with their delegations or representatives is: an
unnamed official stands for his state (the guide's rule). The place may come first and run
on in an of-phrase ("met on Monday at the Office of the Prime Minister with …"). Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _sides(text: str, source: str) -> list[list[str]]:
    return [
        sorted(p.name for p in c.participants)
        for c in extract(text, source=source).diplomatic_contacts
    ]


@pytest.mark.parametrize(
    ("text", "source", "sides"),
    [
        # (a) a Kremlin text, the ambassadors of two states
        (
            "Vladimir Putin met with the ambassadors of Kazakhstan and Armenia on Friday.",
            KREMLIN,
            ["Armenia", "Kazakhstan", "Vladimir Putin"],
        ),
        # (b) a White House text, the ambassadors of a group the vocabulary knows
        (
            "Secretary of State Alan Price met with ambassadors of the G7 nations on Wednesday.",
            WHITE_HOUSE,
            ["Alan Price", "G7"],
        ),
        # (c) a Kyiv text, the heads of missions of a body's member states, a place first
        (
            "Foreign Minister Iryna Koval held a meeting in Uzhhorod with the heads of "
            "the diplomatic missions from EU member states.",
            KYIV,
            ["EU", "Iryna Koval"],
        ),
        # (d) a place whose name runs on in an of-phrase, before the "with" object
        (
            "Foreign Minister Iryna Koval met on Monday at the Office of the Prime Minister "
            "with the ambassadors of Chile and Norway.",
            KYIV,
            ["Chile", "Iryna Koval", "Norway"],
        ),
    ],
)
def test_a_meeting_with_states_envoys_is_with_the_states(
    text: str, source: str, sides: list[str]
) -> None:
    # every case gives exactly one contact: the whole list, so a wrong extra one fails
    assert _sides(text, source) == [sides]


def test_a_place_named_at_length_is_no_side() -> None:
    # look-alike: a place named after a state ("the Embassy of Portugal") is where they met,
    # not who met
    found = _sides(
        "Foreign Minister Iryna Koval met on Sunday at the Embassy of Portugal with "
        "Prime Minister Marta Lind of Estonia.",
        KYIV,
    )
    assert found == [["Iryna Koval", "Marta Lind"]]
