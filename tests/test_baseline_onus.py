"""The next move put on a party asks it to make it (CAMEO 10, the onus placed): "The ball is
in Moscow's court", "we've put the ball in their court", "it's up to them to respond". A
pronoun for the party stands for the one the speaker named just before. Deciding left to a
party defers to it, and "up to us" is one's own task: neither asks anything."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances

_KYIV_TITLE = "Briefing by the Minister of Defence"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a White House briefing, the party named in the possessive
        (
            "MS. HALL: We have answered every question they raised. The ball is in "
            "Moscow\u2019s court.",
            "Press Briefing by Press Secretary Ann Hall",
            WHITE_HOUSE,
            "United States",
        ),
        # (b) a Kremlin transcript: "their" stands for the party of the sentence before
        (
            "Foreign Minister Oleg Petrov: We have handed Washington our draft treaty. Now "
            "we have put the ball in their court.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (c) a news report quoting a minister, the government named by its seat
        (
            "Foreign Minister Ida Lund of Sweden said: \"The ball is now in the Kremlin's "
            'court on the ceasefire."',
            None,
            None,
            "Ida Lund",
        ),
        # (d) a Kyiv briefing, "up to the Russians to"
        (
            "Minister Taras Hrin: We have offered an exchange of prisoners of war. It is up "
            "to the Russians to answer.",
            _KYIV_TITLE,
            KYIV,
            "Taras Hrin",
        ),
    ],
)
def test_the_next_move_put_on_a_party_asks_it(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "demand") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # deciding left to a party: deference, no demand
        "Minister Taras Hrin: It is up to Moldova to decide on its neutrality.",
        # one's own task
        "Minister Taras Hrin: It is up to us to keep the coalition against the invasion united.",
    ],
)
def test_no_demand_without_a_move_put_on_another(text: str) -> None:
    assert ("Taras Hrin", "demand") not in held_stances(text, _KYIV_TITLE, KYIV)
