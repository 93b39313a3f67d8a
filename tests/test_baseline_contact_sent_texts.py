"""A written text sent or handed over to another party is correspondence between the sender
and the addressee (CAMEO 040 SEND MESSAGE): "sent an official request to X", "handed over to
X and Y our draft treaty", "we handed X and Y our draft treaties". The text must be named: a
thing handed over, or a text handed to no party, is none. Four surroundings, and
look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts

ADDRESS = "Address by President of Ukraine Oleh Bondar"
KREMLIN_ADDRESS = "Address by the President of Russia"


@pytest.mark.parametrize(
    ("text", "title", "source", "parties"),
    [
        # a Kremlin address: the addressees before the text
        (
            "Two weeks ago we handed over to Slovakia and NATO our draft agreement on missile "
            "ranges.",
            KREMLIN_ADDRESS,
            KREMLIN,
            ["President of Russia", "Slovakia", "NATO"],
        ),
        # the same, as a double object
        (
            "On Tuesday we handed Slovakia and Austria our draft treaty on border crossings.",
            KREMLIN_ADDRESS,
            KREMLIN,
            ["President of Russia", "Slovakia", "Austria"],
        ),
        # a Kyiv address: a named minister, a request
        (
            "This week Foreign Minister Ivan Petrenko sent a formal request to Slovakia about the "
            "gas transit.",
            ADDRESS,
            KYIV,
            ["Ivan Petrenko", "Slovakia"],
        ),
        # a White House readout: a note delivered to a named person
        (
            "Secretary of State Ellen Marsh delivered a formal note to Foreign Minister Anna Lind "
            "of Sweden on Monday.",
            None,
            WHITE_HOUSE,
            ["Ellen Marsh", "Anna Lind"],
        ),
    ],
)
def test_a_named_text_sent_to_a_party_is_correspondence(
    text: str, title: str | None, source: str, parties: list[str]
) -> None:
    assert (parties, "correspondence", "held") in contacts(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # a thing handed over, not a text
        "Russia has handed over four fighters to the Air Force of Belarus.",
        # a text handed to no party
        "We handed over the documents to the police.",
        # troops sent
        "We sent two battalions to Slovakia.",
    ],
)
def test_a_thing_handed_over_or_a_text_to_no_party_is_no_correspondence(text: str) -> None:
    assert contacts(text, KREMLIN_ADDRESS, KREMLIN) == []
