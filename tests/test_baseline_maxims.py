"""A maxim in the generic "you" held against a party's act charges it (CAMEO 111,
criticise): "You don't move forces 5,000 miles for an exercise", "you don't bargain in
good faith by sending delegates while …", "that's not what you do if you're planning
to go home". The maxim opens its clause and has an adjunct of purpose, means or condition; a
maxim that names nothing itself is about the speaker's sentence before it. What the
addressee does not need or know, a "you" inside a phrase ("the weapons you don't use for
training"), a "you don't" with no adjunct after it, and a maxim that justifies the
speaker's own side's act told before it are no such charge."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a White House transcript, the forces named in the maxim itself
        (
            "THE PRESIDENT: You don\u2019t move 30,000 troops 5,000 miles for a drill you "
            "could hold at home.",
            "Remarks by President Reed on the Situation at the Border",
            WHITE_HOUSE,
            "Reed",
        ),
        # (b) a news report quoting a minister, "do not" written out
        (
            'Foreign Minister Ida Lund of Sweden said: "You do not mass 50,000 troops on a '
            'border for a training exercise."',
            None,
            None,
            "Ida Lund",
        ),
        # (c) a Kremlin transcript: the maxim names nothing, the sentence before names the
        # party and its act
        (
            "Foreign Minister Oleg Petrov: NATO has sent strategic bombers to the Baltic "
            "three times this week. You don't send all that just to show the flag.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (d) a Kyiv address: "that is not something you do if …" after the act told
        (
            "Minister Taras Hrin: The Russians have moved rocket launchers up near the line "
            "of contact, and that is not something you do if you intend to keep the "
            "ceasefire.",
            "Briefing by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
    ],
)
def test_a_maxim_held_against_an_act_is_a_charge(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "accuse") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # what the addressee need not do: reassurance, no maxim
        "THE PRESIDENT: Russia has put more troops on the border. You don\u2019t need to worry "
        "about those troops for now.",
        # "you" inside a noun phrase (a relative clause): no maxim opens the clause
        "THE PRESIDENT: The Ukrainian army knows that the weapons you don\u2019t use for "
        "training go straight to the front.",
        # no adjunct of purpose, means or condition: a word said to an ally
        "THE PRESIDENT: To our friends in Warsaw I say: you don\u2019t face the Russian army "
        "alone, we are with you.",
        # the maxim justifies the speaker's own side's act told before it
        "THE PRESIDENT: Our soldiers will stand with Poland. You don\u2019t abandon an ally for "
        "cheap gas.",
    ],
)
def test_no_charge_without_a_maxim(text: str) -> None:
    assert ("Reed", "accuse") not in held_stances(
        text, "Remarks by President Reed on the Situation at the Border", WHITE_HOUSE
    )
