"""Another side's speech act or attitude told with a noun or an infinitive is that side's.

"The Russian delegation again asked for a written pledge …", "Moscow has called for the
lifting of the sanctions …", "…, and he supports this step", "X thanked Y for …" in someone's
own words: a verb
that is a speech act or an attitude (Quirk et al. 16.31) states the stance of its subject,
whatever it takes, as "Moscow insists that …" does; the speaker only reports it. An act of
conduct ("Kiev refuses to hold talks") stays the speaker's charge, and a request made of the
speaker ("asked me for a meeting") is no one's position.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "held"),
    [
        # (a) a Kremlin transcript, a person named with title and country, "he" after "and"
        (
            "Vladimir Putin: President Lukas Varga of Hungary and I talked about the exercises "
            "on Monday, and he supports this step.",
            "Meeting with members of the Security Council",
            KREMLIN,
            ("Lukas Varga", "support"),
        ),
        # (b) a White House background call, another side's delegation asking
        (
            "SENIOR ADMINISTRATION OFFICIAL: The Russian delegation again asked for a written "
            "pledge that Ukraine will never join NATO.",
            "Background Press Call by a Senior Administration Official",
            WHITE_HOUSE,
            ("Russia", "demand"),
        ),
        # (c) a Kyiv address, a capital for its government, a perfect tense
        (
            "Volodymyr Zelenskyy: Moscow has called for the lifting of the sanctions before any "
            "talks.",
            "Address by the President of Ukraine",
            KYIV,
            ("Russian government", "demand"),
        ),
        # (d) a rejection, a capital again, in the past
        (
            "Volodymyr Zelenskyy: Minsk rejected our proposal for a border monitoring mission.",
            "Address by the President of Ukraine",
            KYIV,
            ("Belarusian government", "oppose"),
        ),
        # (e) a denial with an adverb, a state named, a pronoun object: the denier's
        (
            "Dmitry Peskov: Warsaw officially denies this, but the monitors' reports say "
            "otherwise.",
            "Briefing by the Presidential Press Secretary",
            KREMLIN,
            ("Polish government", "deny"),
        ),
        (
            "MS. HOLT: Belarus denied any plans to send its troops into Ukraine.",
            "Press Briefing by Press Secretary Dana Holt",
            WHITE_HOUSE,
            ("Belarus", "deny"),
        ),
    ],
)
def test_another_sides_voiced_stance_is_its_own(
    text: str, title: str, source: str, held: tuple[str, str]
) -> None:
    assert held_stances(text, title, source) == [held]


def test_an_act_of_conduct_stays_the_speakers_charge() -> None:
    held = held_stances(
        "Vladimir Putin: Kiev refuses to hold direct talks with Donetsk.",
        "Meeting with members of the Security Council",
        KREMLIN,
    )
    assert held == [("Vladimir Putin", "accuse")]


def test_a_request_made_of_the_speaker_is_no_position() -> None:
    held = held_stances(
        "Vladimir Putin: Chancellor Olaf Scholz asked me for a meeting on the security guarantees.",
        "Meeting with members of the Security Council",
        KREMLIN,
    )
    assert held == []


@pytest.mark.parametrize(
    ("text", "title", "source", "held"),
    [
        # (a) a Kremlin transcript, a named leader thanking a state, the present
        (
            "Vladimir Putin: President Lukas Varga of Hungary thanks Russia for the reliable gas "
            "supplies.",
            "Meeting with members of the Security Council",
            KREMLIN,
            ("Lukas Varga", "support"),
        ),
        # (b) a Kyiv address, the speaker's own side thanked, "our"
        (
            "Volodymyr Zelenskyy: Chancellor Olaf Scholz thanked our soldiers for their courage "
            "at Kharkiv.",
            "Address by the President of Ukraine",
            KYIV,
            ("Olaf Scholz", "support"),
        ),
        # (c) a White House briefing, a perfect tense, a people thanked
        (
            "MS. HALL: Prime Minister Mateusz Morawiecki has thanked the American people for "
            "their generosity.",
            "Press Briefing by Press Secretary Ann Hall",
            WHITE_HOUSE,
            ("Mateusz Morawiecki", "support"),
        ),
        # (d) a ministry's statement: another state's minister, named with his country
        (
            "Foreign Minister Zbigniew Rau of Poland thanked Ukraine for the evacuation of "
            "Polish citizens from Kharkiv.",
            "Statement by the Ministry of Foreign Affairs of Ukraine",
            KYIV,
            ("Zbigniew Rau", "support"),
        ),
    ],
)
def test_another_sides_thanks_are_its_own(
    text: str, title: str, source: str, held: tuple[str, str]
) -> None:
    assert held_stances(text, title, source) == [held]


def test_thanks_made_to_the_speaker_are_no_position() -> None:
    # guard (``made_of_speaker``): "thanked us" reports the speaker's side thanked, no view
    held = held_stances(
        "Vladimir Putin: President Lukas Varga of Hungary thanked us for the reliable gas "
        "supplies.",
        "Meeting with members of the Security Council",
        KREMLIN,
    )
    assert held == []
