"""A party's deeds weighed against its words is a view the speaker holds (the guide's
`other`): "we will judge him by what his cabinet does, not by what he says", "we will
judge it by its deeds, not its words", "I will judge by acts, not by statements" (after
the sentence naming the party). The judgement is foretold and the words named after "not":
a habit ("we judge an alliance by what it does, not what it says") and a judgement with
no words set against the deeds are no such view."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a White House transcript (the press secretary's "we"), "what he says"
        (
            "MS. HALE: President Lukashenko says his army will stay home; we will judge him "
            "by what his army does, not by what he says.",
            "Press Briefing by Press Secretary Anna Hale",
            WHITE_HOUSE,
            "United States",
        ),
        # (b) a Kyiv address: no object, the party named in the sentence before
        (
            "Minister Taras Hrin: The Russian delegation promised a ceasefire around "
            "Mariupol. I will judge by deeds, not by words.",
            "Briefing by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
        # (c) a Kremlin transcript: "'ll", "its words"
        (
            "Foreign Minister Oleg Petrov: NATO says the new battalions in Poland are "
            "temporary. We\u2019ll judge the alliance by its actions, not its words.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (d) a news report quoting a minister, "on" the deeds
        (
            'Foreign Minister Ida Lund of Sweden said: "Moscow promises to pull back. We '
            'will judge Russia on what it does, not on its statements."',
            None,
            None,
            "Ida Lund",
        ),
    ],
)
def test_deeds_weighed_against_words_are_a_view(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "other") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # a habit, no judgement foretold
        "Foreign Minister Oleg Petrov: NATO says it threatens no one. We judge an alliance "
        "by what it does, not what it says.",
        # no words set against the deeds
        "Foreign Minister Oleg Petrov: NATO says it threatens no one. We will judge NATO by "
        "what it does on our borders.",
    ],
)
def test_no_view_without_deeds_weighed_against_words(text: str) -> None:
    held = held_stances(text, "Meeting with permanent members of the Security Council", KREMLIN)
    assert ("Oleg Petrov", "other") not in held
