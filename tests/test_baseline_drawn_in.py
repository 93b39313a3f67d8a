"""An addressee told not to let another draw them into a war is asked something (CAMEO 10,
demand; the imperative mood is a request): "Do not let anyone pull you into this war". The
negated imperative opens its clause, with no subject: "we do not let anyone drag us into
it" reports a practice, and "they will not let anyone drag them" foretells one."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a Kyiv address to a neighbouring people, after a colon and a comma
        (
            "Minister Taras Hrin: I say to the people of Moldova: you are our friends, do "
            "not let anyone pull you into this war.",
            "Address by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
        # (b) a Kremlin transcript: "don't let them", a sentence of its own
        (
            "Oleg Petrov: Our message to the Finns is simple. Don\u2019t let them draw you "
            "into NATO's war with Russia.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (c) a White House transcript: "please", a party named as the one who drags
        (
            "THE PRESIDENT: To the soldiers of Belarus: please do not let Moscow drag you "
            "into an invasion of Ukraine.",
            "Remarks by President Dana Holt",
            WHITE_HOUSE,
            "Dana Holt",
        ),
        # (d) a news report quoting a minister
        (
            'Foreign Minister Ida Lund of Sweden said to Georgia: "Do not let anyone '
            'provoke you into a war with Russia."',
            None,
            None,
            "Ida Lund",
        ),
    ],
)
def test_told_not_to_be_drawn_into_a_war_is_asked(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "demand") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # a subject before "do not": a practice told
        "Minister Taras Hrin: We do not let anyone drag you into the war in Donbas, Moldova.",
    ],
)
def test_no_demand_when_the_clause_has_a_subject(text: str) -> None:
    held = held_stances(text, "Address by the Minister of Defence", KYIV)
    assert ("Taras Hrin", "demand") not in held
