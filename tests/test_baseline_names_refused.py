"""The name a claim gives a thing, refused, disputes the claim (the guide: disputing a claim
is `deny`; CAMEO 016): "it's hard to call that an exercise", "I wouldn't call it a gap", "we
do not call it a rotation". The thing is a pronoun and a name follows it; calling a meeting
off, calling a party to talks and a call not made refuse no name."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances

_KYIV_TITLE = "Briefing by the Minister of Defence"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a White House briefing: "hard to call that", after a generic condition
        (
            "MS. HALL: If you put 50,000 troops on a neighbour's border, it's hard to call "
            "that a training exercise.",
            "Press Briefing by Press Secretary Ann Hall",
            WHITE_HOUSE,
            "United States",
        ),
        # (b) a Kremlin transcript: the name refused is the one in the sentence before
        (
            "Foreign Minister Oleg Petrov: Our Western colleagues keep speaking of a Russian "
            "invasion. I would not call it that.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (c) a news report quoting a minister, "this"
        (
            "Asked about Moscow's talk of a special operation, Foreign Minister Ida Lund of "
            'Sweden said: "It is hard to call this anything but a war."',
            None,
            None,
            "Ida Lund",
        ),
        # (d) a Kyiv briefing, "do not call it", a clause of time after the name
        (
            "Minister Taras Hrin: The Russians say they are only rotating units near "
            "Kharkiv. We do not call it a rotation when 20,000 troops arrive.",
            _KYIV_TITLE,
            KYIV,
            "Taras Hrin",
        ),
    ],
)
def test_a_name_refused_disputes_the_claim(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "deny") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # an exercise not called off: a particle after the pronoun, no name
        "Minister Taras Hrin: The joint exercise with Poland goes ahead. We will not call "
        "it off because of threats from Moscow.",
        # a party not called to talks
        "Minister Taras Hrin: We did not call them to the talks in Istanbul; Russia did.",
        # a call not made to a party: no pronoun, no name given
        "Minister Taras Hrin: We did not call Moscow about the prisoners of war yesterday.",
    ],
)
def test_no_name_refused(text: str) -> None:
    assert ("Taras Hrin", "deny") not in held_stances(text, _KYIV_TITLE, KYIV)
