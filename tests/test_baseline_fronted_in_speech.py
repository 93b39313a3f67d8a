"""In someone's own words, a person named as the fronted source holds what follows the comma
(``fronted.relayed_before``): "As President Reed has said many times, our troops …" in a
press secretary's turn is the President's commitment, relayed; and both tenses negated at
once (present "are not" joined to future "will not be", then "fighting" or "deployed")
pledge one's own forces out of the war as "are not going to fight" does (lexicon commit).
The speaker's own "As I have said" and a pronoun stay as they were. Invented sentences only.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _held(text: str, title: str, source: str) -> list[tuple[str, str]]:
    draft = extract(text, title, source)
    return [(p.holder.name, p.stance) for p in draft.positions]


@pytest.mark.parametrize(
    ("text", "title", "source", "held"),
    [
        # (a) a White House briefing: the President's pledge in the press secretary's turn
        (
            "MS. HOLT: As President Reed has said many times, our troops are not and will not "
            "be fighting in Ukraine.",
            "Press Briefing by Press Secretary Dana Holt",
            WHITE_HOUSE,
            ("Reed", "commit"),
        ),
        # (b) a Kremlin transcript, another person, another verb and a time word
        (
            "Dmitry Peskov: As Defence Minister Sergei Shoigu noted yesterday, NATO must stop "
            "expanding towards our borders.",
            "Briefing by the Presidential Press Secretary",
            KREMLIN,
            ("Sergei Shoigu", "demand"),
        ),
        # (c) a Kyiv address: a foreign leader relayed
        (
            "Volodymyr Zelenskyy: As Chancellor Anna Berg stressed yesterday, the sanctions "
            "against Russia must be tightened.",
            "Address by the President of Ukraine",
            KYIV,
            ("Anna Berg", "demand"),
        ),
        # (d) the pledge in both tenses, the speaker's own statement
        (
            "Let me be clear: our soldiers are not and will not be deployed in Ukraine.",
            "Statement by President Reed on Ukraine",
            WHITE_HOUSE,
            ("Reed", "commit"),
        ),
        # (e) how often said after the verb, as words of their own ("many times before")
        (
            "Maria Zakharova: As Foreign Minister Sergei Lavrov has said many times before, "
            "NATO must stop expanding towards our borders.",
            "Briefing by Foreign Ministry Spokeswoman Maria Zakharova",
            KREMLIN,
            ("Sergei Lavrov", "demand"),
        ),
    ],
)
def test_a_fronted_source_in_speech_holds_what_follows(
    text: str, title: str, source: str, held: tuple[str, str]
) -> None:
    assert held in _held(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        "MS. HOLT: As I have said many times, our troops are not and will not be fighting in "
        "Ukraine.",
        "MS. HOLT: President Reed spoke to the troops in Poland today. As he said yesterday, our "
        "troops are not and will not be fighting in Ukraine.",
    ],
)
def test_the_speakers_own_as_and_a_pronoun_stay_the_speakers(text: str) -> None:
    held = _held(text, "Press Briefing by Press Secretary Dana Holt", WHITE_HOUSE)
    assert held
    assert all(holder != "Reed" for holder, _ in held)
