"""A reply whose receipt is denied ("had not yet had a substantive response from
NATO", "have still not received an answer from Washington") is none given, like one
awaited: no correspondence. A reply received is one. Four surroundings, and look-alikes.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

OTHER_PUBLISHER = "Ministry of Foreign Affairs of Belarus (mfa.gov.by)"


def _letters(text: str, source: str | None) -> list[set[str]]:
    return [
        {p.name for p in c.participants}
        for c in extract(text, None, source).diplomatic_contacts
        if c.mode == "correspondence"
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a Kremlin readout: past perfect, "yet", an adjective before the reply
        (
            "Vladimir Putin noted that Russia's proposals had not yet received a substantive "
            "response from NATO.",
            KREMLIN,
        ),
        # a Kyiv address: "still", "an answer", the United States as author
        (
            "We have still not received an answer from the United States to our request.",
            KYIV,
        ),
        # a White House briefing: "gotten", a reply from Moscow
        (
            "The Secretary said the administration has not gotten a reply from Russia to its "
            "proposals.",
            WHITE_HOUSE,
        ),
        # another publisher: a passive "been given"
        (
            "Minsk has not been given any response from the European Union to its note.",
            OTHER_PUBLISHER,
        ),
    ],
)
def test_a_reply_whose_receipt_is_denied_is_no_letter(text: str, source: str | None) -> None:
    assert _letters(text, source) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # received, not denied
        (
            "Vladimir Putin noted that Russia had received a written response from NATO.",
            KREMLIN,
        ),
        # "not" after the reply, of its content
        (
            "Vladimir Putin noted that Russia had received a written response from NATO, but "
            "not to its key demands.",
            KREMLIN,
        ),
        # "not" before, of another clause
        (
            "Whether or not it helps, Russia has received a written response from NATO.",
            KREMLIN,
        ),
    ],
)
def test_a_reply_received_is_still_a_letter(text: str, source: str | None) -> None:
    assert _letters(text, source), _letters(text, source)
