"""A meeting with the envoys of states ("met with the ambassadors of Canada and Japan",
"with the heads of diplomatic missions of the member states of the European Union") is a
contact with those states, as one with their delegations or representatives is: an
unnamed official stands for his state (the guide's rule). The place may come first and run
on in an of-phrase ("met today at the Office of the President with …"). Sentences
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
            "President Biden met with the ambassadors of the G7 countries on Monday.",
            WHITE_HOUSE,
            ["Biden", "G7"],
        ),
        # (c) a Kyiv text, the heads of missions of a body's member states, a place first
        (
            "President of Ukraine Volodymyr Zelenskyy held a meeting in Lviv with the heads of "
            "diplomatic missions of the member states of the European Union.",
            KYIV,
            ["EU", "Volodymyr Zelenskyy"],
        ),
        # (d) a place whose name runs on in an of-phrase, before the "with" object
        (
            "President of Ukraine Volodymyr Zelenskyy met today at the Office of the "
            "President with the ambassadors of Canada and Japan.",
            KYIV,
            ["Canada", "Japan", "Volodymyr Zelenskyy"],
        ),
    ],
)
def test_a_meeting_with_states_envoys_is_with_the_states(
    text: str, source: str, sides: list[str]
) -> None:
    assert sides in _sides(text, source)


def test_a_place_named_at_length_is_no_side() -> None:
    # look-alike: a place named after a state ("the Embassy of Japan") is where they met,
    # not who met
    found = _sides(
        "President of Ukraine Volodymyr Zelenskyy met today at the Embassy of Japan with "
        "Justin Trudeau.",
        KYIV,
    )
    assert found == [["Justin Trudeau", "Volodymyr Zelenskyy"]]
