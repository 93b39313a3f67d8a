"""Thanks for an occasion and for something done is a position (``courtesies._more_thanked``).

"Thank you for your hospitality" is manners, no position; "thanks for your hospitality
and for the new grain accord" thanks for something done as well, and praise of a party is
`support` (the guide). A second occasion ("for the invitation and for the kind welcome")
keeps the thanks manners. Invented sentences, in several surroundings.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a Kremlin transcript turn: the addressee's own act thanked second
        (
            "Milan Petrovic: Thank you for your kind hospitality and for signing the accord on "
            "fertiliser deliveries, so important to our farmers.",
            "Press statements following Russian-Serbian talks",
            KREMLIN,
            "Milan Petrovic",
        ),
        # (b) a Kyiv readout: the addressee named, "attention" then aid delivered
        (
            "Volodymyr Zelenskyy thanked the High Commissioner for his attention and for the "
            "humanitarian aid that the agency has delivered to Kharkiv.",
            "President of Ukraine met with the UN High Commissioner",
            KYIV,
            "Volodymyr Zelenskyy",
        ),
        # (c) White House remarks: "the warm welcome" then the troops sent
        (
            "PRESIDENT REED: Thank you for the warm welcome and for the troops your country "
            "has sent to the eastern flank.",
            "Remarks by President Reed and President Ilves",
            WHITE_HOUSE,
            "Reed",
        ),
        # (d) a news report quoting a minister, "meeting" then the decision thanked
        (
            '"Thank you for this meeting and for your decision to send air defence systems '
            'to Ukraine," Foreign Minister Olena Bondar said.',
            None,
            None,
            "Olena Bondar",
        ),
    ],
)
def test_thanks_for_an_occasion_and_a_deed_are_support(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "support") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # two occasions: manners
        "Milan Petrovic: Thank you for the generous welcome and for the invitation.",
        # one occasion: manners
        "Milan Petrovic: Thank you for your hospitality, Mr President.",
        # an occasion with "and" but no second thing thanked for
        "Milan Petrovic: Thank you for this meeting and good luck.",
    ],
)
def test_thanks_for_occasions_alone_are_manners(text: str) -> None:
    assert held_stances(text, "Press statements following Russian-Serbian talks", KREMLIN) == []
