"""Arms supplied told with the pejorative verb "pump" charge the supplier (CAMEO 112, as
"Washington is pumping Ukraine with weapons", "They are pumping weapons into Ukraine"):
the speaker holds an accusation, and the supply stays a movement. Pumping anything but
arms, the pump at the petrol station, and the speaker's own side pumping arms are no
charge."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a Kremlin transcript: "pumping <party> with weapons"
        (
            "Foreign Minister Oleg Petrov: Meanwhile London is pumping Kiev with weapons, and "
            "its partners are helping.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (b) a news report quoting a president, "pump arms into" in the present simple
        (
            'President Lars Berg of Belarus said: "The Americans pump arms into Poland '
            'every week."',
            None,
            None,
            "Lars Berg",
        ),
        # (c) a Kyiv briefing: the other side's ally, the past tense, a modifier between
        (
            "Minister Taras Hrin: Minsk pumped the Russian units with fresh ammunition and "
            "weapons before the assault.",
            "Briefing by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
        # (d) a White House transcript: a pronoun subject, "weapons into"
        (
            "MS. HALE: Iran has sent drones to Russia. They are pumping weapons into the "
            "Russian army as fast as they can.",
            "Press Briefing by Press Secretary Anna Hale",
            WHITE_HOUSE,
            "United States",
        ),
    ],
)
def test_arms_pumped_are_a_charge(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "accuse") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # money pumped: no arms
        "MS. HALE: The European Union is pumping money into the economy of Moldova.",
        # the petrol pump
        "MS. HALE: Russia's war means higher prices at the pump for Americans.",
        # the speaker's own side's supply, in the same words
        "MS. HALE: We are pumping weapons into Ukraine as fast as we can.",
    ],
)
def test_no_charge_without_arms_pumped_by_another(text: str) -> None:
    held = held_stances(text, "Press Briefing by Press Secretary Anna Hale", WHITE_HOUSE)
    assert all(stance != "accuse" for _, stance in held)
