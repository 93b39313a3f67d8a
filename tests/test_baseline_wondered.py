"""A wh-question the speaker tags as their own musing ("…, I wonder?", "…, one wonders?")
is rhetorical: it asks nobody and charges the party it points at (Quirk et al. 11.23;
CAMEO 111): "Who is escalating things here, I wonder?", "Defensive against whom,
one wonders?" after the claim it answers. "I wonder whether …" asks in earnest, and "I
wonder what …" is a statement of the speaker's own curiosity: neither has the tag."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a Kremlin transcript: the question names the act, "I wonder"
        (
            "Foreign Minister Oleg Petrov: NATO flies its bombers along our border every "
            "night. Who is provoking whom here, I wonder?",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (b) a Kyiv briefing: the question names nothing, the claim before it does
        (
            "Minister Taras Hrin: Moscow says its battalions in Belarus are only training. "
            "Training for what, one wonders?",
            "Briefing by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
        # (c) a White House transcript: "one might ask"
        (
            "MS. HALE: Russia says its forces are there for an exercise. Why bring blood "
            "supplies to an exercise, one might ask?",
            "Press Briefing by Press Secretary Anna Hale",
            WHITE_HOUSE,
            "United States",
        ),
        # (d) a news report quoting a minister
        (
            'Foreign Minister Ida Lund of Sweden said: "Minsk says the Russian troops will '
            'leave in March. Who still believes that, I wonder?"',
            None,
            None,
            "Ida Lund",
        ),
    ],
)
def test_a_question_tagged_as_a_musing_is_a_charge(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "accuse") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # "I wonder whether …": asked in earnest, no tag
        "Foreign Minister Oleg Petrov: NATO flies its bombers along our border. I wonder "
        "whether they will come to the talks in Geneva.",
        # "I wonder" of an indirect question: a statement, no tag
        "Foreign Minister Oleg Petrov: Minsk has invited our delegation. I wonder what the "
        "weather will be like in Minsk in March.",
    ],
)
def test_no_charge_without_the_tag(text: str) -> None:
    held = held_stances(text, "Meeting with permanent members of the Security Council", KREMLIN)
    assert ("Oleg Petrov", "accuse") not in held
