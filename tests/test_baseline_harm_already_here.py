"""A harm another party warns of, said to be here already, disputes the warning (CAMEO 016;
the guide: disputing a claim is `deny`): "You say closing the sky would start a big war.
But that big war is here already", "It is not a matter of escalation: the escalation is
already here". Forces or a season already here are no such answer: the harm is a war or
its growth."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a Kyiv address: the warning answered in the sentence after it
        (
            "Minister Taras Hrin: Our partners say that sending jets would cause a wider "
            "war. The wider war is already here, in Odesa and in Lviv.",
            "Briefing by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
        # (b) a news report quoting a foreign minister, "escalation"
        (
            'Foreign Minister Ida Lund of Sweden said: "Moscow warns that new sanctions '
            'mean escalation. But the escalation is already happening, in Kharkiv."',
            None,
            None,
            "Ida Lund",
        ),
        # (c) a White House transcript, "catastrophe"
        (
            "MS. HALE: The Kremlin says aid convoys would bring catastrophe to the region. "
            "The catastrophe is already here, and Russia caused it.",
            "Press Briefing by Press Secretary Anna Hale",
            WHITE_HOUSE,
            "United States",
        ),
        # (d) a Kremlin transcript, "under way"
        (
            "Foreign Minister Oleg Petrov: Washington says our drills could start a war in "
            "Donbass. That war is already under way, and Kiev started it.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
    ],
)
def test_a_harm_already_here_disputes_the_warning(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "deny") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # forces already here: a report, no answer
        "Minister Taras Hrin: Russian troops are already here, in Belarus, some dozens of "
        "kilometres from Kyiv.",
        # a season already here
        "Minister Taras Hrin: Winter is already here, and Russia is shelling our power plants.",
    ],
)
def test_no_dispute_without_a_harm_already_here(text: str) -> None:
    held = held_stances(text, "Briefing by the Minister of Defence", KYIV)
    assert ("Taras Hrin", "deny") not in held
