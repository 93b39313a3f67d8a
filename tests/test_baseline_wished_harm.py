"""A hostile act another party is said to want is an aim alleged, a charge (CAMEO 112, as
"is trying to"): "They want to encircle Kyiv", "those in Washington who would like to see a
war on this continent". One's own side wanting it is no charge, and wanting to talk or trade is no
hostile act."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances

_KYIV_TITLE = "Briefing by the Minister of Defence"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a Kyiv briefing, the party named
        (
            "Minister Taras Hrin: Russia wants to encircle Kharkiv before the spring.",
            _KYIV_TITLE,
            KYIV,
            "Taras Hrin",
        ),
        # (b) a Kremlin transcript, "would like to see" with a relative clause
        (
            "Foreign Minister Oleg Petrov: There are people in London who would like to see "
            "a war on this continent.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (c) a news report, the past tense after a verb of saying
        (
            "Foreign Minister Ida Lund of Sweden said Moscow wanted to seize the whole of "
            "the Donbas region.",
            None,
            None,
            "Ida Lund",
        ),
        # (d) a White House transcript, the government named by its seat, "cut off"
        (
            "THE PRESIDENT: The Kremlin wants to cut off Ukraine from the Black Sea.",
            "Remarks by President Reed on the Situation at the Border",
            WHITE_HOUSE,
            "Reed",
        ),
    ],
)
def test_a_hostile_act_wanted_is_a_charge(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "accuse") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # one's own side: an aim of one's own, no charge
        "Minister Taras Hrin: We want to encircle the Russian group near Izium.",
        # wanting talks is no hostile act
        "Minister Taras Hrin: Russia wants to talk about a ceasefire in Istanbul.",
    ],
)
def test_no_charge_without_a_hostile_act_of_another(text: str) -> None:
    assert ("Taras Hrin", "accuse") not in held_stances(text, _KYIV_TITLE, KYIV)
