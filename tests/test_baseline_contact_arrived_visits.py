"""A visit told in the present perfect of a verb of going ("I have come to Bucharest to
bring a message", "she has just arrived in Kyiv to meet …") is made: its result holds now
(Quirk et al. 4.22), and the purpose after it says what the trip is for, not a trip still to
come. In four surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "title", "source", "visitor"),
    [
        # (a) a White House speech: "I have come to", a message to deliver
        (
            "I have come to Warsaw to deliver a simple message: we stand with Poland.",
            "Remarks by President Dana Holt in Warsaw",
            WHITE_HOUSE,
            "Dana Holt",
        ),
        # (b) a Kyiv readout: "has just arrived in", a signing to attend
        (
            "Prime Minister Anna Lind of Sweden has just arrived in Kyiv to sign the agreement.",
            "Anna Lind arrived in Kyiv",
            KYIV,
            "Anna Lind",
        ),
        # (c) a Kremlin text: contracted "'ve", a purpose of talks
        (
            "Tomas Berg: Mr President, we've come to Moscow to hold talks on gas transit.",
            "Talks with President of Finland Tomas Berg",
            KREMLIN,
            "Tomas Berg",
        ),
        # (d) a news text: "has come to", after a fronted time
        (
            "On Monday, Chancellor Karl Huber of Austria has come to Sofia to sign the "
            "transit agreement.",
            None,
            None,
            "Karl Huber",
        ),
    ],
)
def test_a_visit_in_the_present_perfect_is_held(
    text: str, title: str | None, source: str | None, visitor: str
) -> None:
    assert any(
        mode == "visit" and status == "held" and visitor in parties
        for parties, mode, status in contacts(text, title, source)
    )


@pytest.mark.parametrize(
    "text",
    [
        # a verb between "has" and the going verb: the trip promised is still to come
        "President Marek Novak of Slovakia has promised to come to Vienna next week.",
        # the future: still to come
        "President Marek Novak of Slovakia will come to Vienna to sign the agreement.",
    ],
)
def test_a_trip_promised_or_ahead_is_not_held(text: str) -> None:
    assert all(status != "held" for _p, mode, status in contacts(text) if mode == "visit")
