"""A record of undertakings left undone, told as not one thing done, charges the party
that left them undone (CAMEO 112, the guide's `accuse`): "for years they have not done a
single thing they signed up to in Minsk", "have not taken one step in seven years". The
perfect and "a single" make it a failure over time; a step not taken back is steadfastness,
and the speaker's own side's record charges nobody."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a Kremlin transcript: "they", "a single thing they signed"
        (
            "Oleg Petrov: Ready? For years they have said so, and for years they have not "
            "done a single thing they signed in the ceasefire agreement.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (b) a White House transcript: a state named, "fulfilled a single obligation"
        (
            "MS. HALE: Moscow has not fulfilled a single obligation under the Vienna "
            "Document this year.",
            "Press Briefing by Press Secretary Anna Hale",
            WHITE_HOUSE,
            "United States",
        ),
        # (c) a Kyiv address: "n't", "implemented a single point"
        (
            "Minister Taras Hrin: The occupiers haven\u2019t implemented a single point of "
            "the humanitarian agreement.",
            "Briefing by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
        # (d) a news report quoting a minister: "one single step"
        (
            'Foreign Minister Ida Lund of Sweden said: "The Kremlin has not taken one '
            'single step towards the ceasefire it talks about."',
            None,
            None,
            "Ida Lund",
        ),
    ],
)
def test_undertakings_left_undone_are_a_charge(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "accuse") in held_stances(text, title, source)


def test_no_charge_of_steadfastness() -> None:
    """Another party's troops that have not taken a step back held their ground."""
    held = held_stances(
        "MS. HALE: The Ukrainian defenders of Kharkiv have not taken a single step back "
        "this week, despite the shelling.",
        "Press Briefing by Press Secretary Anna Hale",
        WHITE_HOUSE,
    )
    assert ("United States", "accuse") not in held


def test_no_charge_of_the_speakers_own_record() -> None:
    held = held_stances(
        "Oleg Petrov: We have not taken a single step that could threaten Finland.",
        "Meeting with permanent members of the Security Council",
        KREMLIN,
    )
    assert ("Oleg Petrov", "accuse") not in held
