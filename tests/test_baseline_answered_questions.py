"""A wh-question that gives its own answer after "if not" is rhetorical, and charges the
party whose aim the answer names (CAMEO 112): "Who are these weapons for, if not for an
offensive in the east?". It is no question put to anyone, so it is the speaker's position;
an answer that names no aim ("…, if not the President?", "…, if not now, then later?")
leaves the question asked in earnest."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances

_KREMLIN_TITLE = "Meeting with permanent members of the Security Council"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a Kremlin transcript: "who … for, if not for"
        (
            "Oleg Petrov: NATO transport aircraft have brought two thousand tonnes of weapons "
            "to Lviv. Who are these weapons meant for, if not for an offensive in Donbass?",
            _KREMLIN_TITLE,
            KREMLIN,
            "Oleg Petrov",
        ),
        # (b) a Kyiv briefing: "what … for, if not to"
        (
            "Minister Taras Hrin: Russia has brought field hospitals and blood supplies to "
            "the border. What are they for, if not to attack Kharkiv?",
            "Briefing by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
        # (c) a White House transcript: "against whom", the answer a party
        (
            "MS. HALL: Moscow has moved Iskander launchers into Belarus. What are they aimed "
            "at, if not against Ukraine and our Allies?",
            "Press Briefing by Press Secretary Ann Hall",
            WHITE_HOUSE,
            "United States",
        ),
        # (d) a news report quoting a minister
        (
            'Foreign Minister Ida Lund of Sweden said: "Russia keeps forty thousand troops '
            'in Belarus. Who is this force for, if not for an attack on Kyiv?"',
            None,
            None,
            "Ida Lund",
        ),
    ],
)
def test_a_question_answered_by_if_not_charges(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "accuse") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # the answer a person, not an aim: asked in earnest
        "Oleg Petrov: Who will sign the agreement for Kyiv, if not the President of Ukraine?",
        # an earnest wh-question with no answer of its own
        "Oleg Petrov: Who will pay for the reconstruction of Donbass, if not now, then later?",
    ],
)
def test_no_charge_without_an_answer_given(text: str) -> None:
    assert ("Oleg Petrov", "accuse") not in held_stances(text, _KREMLIN_TITLE, KREMLIN)
