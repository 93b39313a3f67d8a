"""Intent ascribed to another party's act by the adjective "deliberate" charges it (CAMEO
112): "That is a deliberate choice of the Kremlin", "This is a conscious decision to keep a
town without water", "is a deliberate information campaign". The speaker's own side's
deliberate act and the verb "deliberate on" are no charge."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a White House transcript: "That is a deliberate choice by" the party
        (
            "MR. CARR: Russian rockets hit two hospitals in Sumy this morning. That is a "
            "deliberate choice of the Kremlin.",
            "Remarks by National Security Advisor Paul Carr",
            WHITE_HOUSE,
            "Paul Carr",
        ),
        # (b) a news report quoting a minister: the act named as the decision's content
        (
            'Foreign Minister Ida Lund of Sweden said: "The blockade of Mariupol is a '
            'deliberate decision to starve the city."',
            None,
            None,
            "Ida Lund",
        ),
        # (c) a Kremlin transcript: the other side's talk called a deliberate campaign
        (
            "Foreign Minister Oleg Petrov: The talk in London about an imminent attack is a "
            "deliberate information campaign against Russia.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (d) a Kyiv briefing: predicative, after the act told
        (
            "Minister Taras Hrin: The occupiers shelled the evacuation buses in Irpin. The "
            "shelling was deliberate and well prepared.",
            "Briefing by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
    ],
)
def test_a_deliberate_act_is_a_charge(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "accuse") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own side's deliberate act
        "MR. CARR: We made a deliberate choice to keep our forces away from the border of Russia.",
        "MR. CARR: Our decision not to send troops to Ukraine was a deliberate one.",
        # the verb: a council deliberating
        "MR. CARR: The NATO Council will deliberate on the question of Ukraine next week.",
        # the verb after a modal or "to", with no "on" after it
        "MR. CARR: The allies would deliberate carefully before acting on Russia's demands.",
        "MR. CARR: The allies will deliberate carefully before they answer Moscow.",
        "MR. CARR: The Council needs time to deliberate carefully before it answers Moscow.",
        "MR. CARR: The EU ministers could deliberate for days without agreeing on the sanctions.",
    ],
)
def test_no_charge_of_ones_own_or_the_verb(text: str) -> None:
    held = held_stances(text, "Remarks by National Security Advisor Paul Carr", WHITE_HOUSE)
    assert all(stance != "accuse" for _, stance in held)
