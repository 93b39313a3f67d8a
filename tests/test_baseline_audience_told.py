"""What an address's audience is told by others: "You are being told we are going to
attack Donbas." A speaker addressing another people relays what their rulers tell them, to
answer it; the that-clause is no view of the speaker's, as "we are told that …" is not.
The speaker telling them something ("I am telling you that …") keeps their own words.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, held_stances

_TITLE = "Address by the President of Ukraine to the citizens of Russia"


@pytest.mark.parametrize(
    ("text", "title", "source", "not_held"),
    [
        # (a) a Kyiv address, "also being told"
        (
            "You are also being told that we are going to attack Donetsk.",
            _TITLE,
            KYIV,
            ("President of Ukraine", "commit"),
        ),
        # (b) another publisher and audience, a time adverbial between
        (
            "Citizens of Belarus, you are told every day that we will never stop supporting "
            "the opposition.",
            "Address by President Anna Berg to the citizens of Belarus",
            "Office of the President of Poland",
            ("Anna Berg", "oppose"),
        ),
        # (c) another verb, the past: what the audience was promised
        (
            "You were promised that the troops would go home after the exercises.",
            _TITLE,
            KYIV,
            ("President of Ukraine", "commit"),
        ),
        # (d) another shape: the agent named after the verb
        (
            "You are being told by your television that we are going to attack Belgorod.",
            _TITLE,
            KYIV,
            ("President of Ukraine", "commit"),
        ),
    ],
)
def test_what_the_audience_is_told_is_not_the_speakers(
    text: str, title: str, source: str, not_held: tuple[str, str]
) -> None:
    assert not_held not in held_stances(text, title, source)


def test_the_speaker_telling_the_audience_keeps_their_words() -> None:
    # Look-alike: "I am telling you that …" is the speaker's own.
    held = held_stances(
        "I am telling you that Ukraine will never attack anyone first.", _TITLE, KYIV
    )
    assert held == [("President of Ukraine", "deny")]
