"""A visitor welcomed to a place is a greeting, no position (``courtesies._WELCOMED_TO``):
"welcome to Bucharest.", "welcome back to the White House.", "I am happy to welcome you to
Moscow." A welcome of an act or of a party into a body names what is welcomed before "to" and
stays a support; thanks "to" a party are no greeting. Invented sentences only.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _stances(text: str, title: str, source: str) -> list[str]:
    return [p.stance for p in extract(text, title, source).positions]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) White House remarks, a vocative before it
        (
            "PRESIDENT REED: Mr. Prime Minister, welcome back to Washington.",
            "Remarks by President Reed and Prime Minister Tamm",
            WHITE_HOUSE,
        ),
        # (b) a Kremlin transcript, "welcome you to"
        (
            "Vladimir Putin: Mr President, friends, I am very glad to welcome you to Moscow.",
            "Talks with President of Kazakhstan",
            KREMLIN,
        ),
        # (c) a Kyiv transcript, another host and city
        (
            "Volodymyr Zelenskyy: Dear Mari, welcome to Kyiv.",
            "Press conference of the President of Ukraine and the Prime Minister of Estonia",
            KYIV,
        ),
        # (d) news, a host's quotation
        (
            '"Madam Chancellor, welcome to Warsaw," Polish President Adam Lis said.',
            "Lis receives the German Chancellor",
            "Polish Press Agency",
        ),
    ],
)
def test_a_visitor_welcomed_to_a_place_is_no_position(text: str, title: str, source: str) -> None:
    assert _stances(text, title, source) == []


@pytest.mark.parametrize(
    "text",
    [
        "PRESIDENT REED: We welcome the decision to send more troops to Poland.",
        "PRESIDENT REED: We would welcome Finland to NATO.",
        "PRESIDENT REED: Thank you to Poland.",
    ],
)
def test_a_welcome_of_an_act_or_a_party_stays_a_support(text: str) -> None:
    stances = _stances(text, "Remarks by President Reed", WHITE_HOUSE)
    assert stances == ["support"]
