"""More of what the speaker has just told of giving, promised with no verb of promising, is
a pledge (CAMEO 057; the guide: a party stating what it will do is `commit`): "the first
systems reached Kyiv on Sunday, and more will follow in the days ahead", "I told him that
more is coming". What is "on its way" reports a delivery under way, and "more troops are
coming" names what comes: neither is the speaker's pledge."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances

_WH_TITLE = "Remarks by President Dana Holt"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a White House transcript: "more will follow" after a delivery told
        (
            "THE PRESIDENT: Forty Stinger launchers reached Ukrainian forces on Sunday, and "
            "more will follow in the days ahead.",
            _WH_TITLE,
            WHITE_HOUSE,
            "Dana Holt",
        ),
        # (b) a Kremlin transcript: help to an ally, "more is coming" after a dash
        (
            "Oleg Petrov: We have sent Minsk two battalions of air defence -- and I told "
            "President Lukashenko that more is coming.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (c) a Kyiv briefing: "more is to come", the giver Ukraine itself
        (
            "Minister Taras Hrin: Ukraine has handed Moldova ten generators for its border "
            "posts, and more is to come.",
            "Briefing by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
        # (d) a news report quoting a minister
        (
            'Foreign Minister Ida Lund of Sweden said: "Sweden has delivered 5,000 anti-tank '
            'weapons to Ukraine, and more will come."',
            None,
            None,
            "Ida Lund",
        ),
    ],
)
def test_more_of_what_was_given_promised_is_a_pledge(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "commit") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # a delivery under way: a movement, no pledge
        "THE PRESIDENT: The first shipment reached Kyiv on Sunday, and more is on its way "
        "to Ukraine.",
        # what comes is named, and it is not the speaker's to give
        "THE PRESIDENT: Russia has massed 100,000 troops near Ukraine, and more troops are coming.",
    ],
)
def test_no_pledge_without_more_promised(text: str) -> None:
    assert ("Dana Holt", "commit") not in held_stances(text, _WH_TITLE, WHITE_HOUSE)
