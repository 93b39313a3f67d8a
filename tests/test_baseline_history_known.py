"""A story told as what everyone knows ("Everyone knows how, in 2011, the miners of the
east refused to accept the putsch …", "We all know what happened in 2008, when …") is
history, as one remembered is: a stance word in it is the past's, no position of the
speaker's now. "We know that in 2021 …" charges, and a clause of the present after it is
the speaker's. Invented sentences in three surroundings, with look-alikes."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, held_stances

ADDRESS = "Address by President Vladimir Putin"


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) an address: "everyone knows how", two stories of past years
        (
            "Everyone knows how, in 2011, the miners of the eastern valleys refused to accept "
            "the putsch in the capital, and how a truce was signed in 2012 to end the "
            "bloodshed.",
            ADDRESS,
            KREMLIN,
        ),
        # (b) "we all know what happened", a past year and its event
        (
            "We all know what happened in 2008, when the army attacked the peacekeepers and "
            "condemned the city to destruction.",
            ADDRESS,
            KREMLIN,
        ),
        # (c) "everybody knows how", another country's address
        (
            "Everybody knows how in 1994 our country gave up its nuclear arsenal in the hope "
            "of security guarantees.",
            "Address by President Volodymyr Zelenskyy",
            KYIV,
        ),
        # (d) the year after the stance words: no opening date, only "everyone knows" makes
        # it a story
        (
            "Everyone knows how the West ignored our concerns in 2008 and armed the regime in "
            "Tbilisi.",
            ADDRESS,
            KREMLIN,
        ),
    ],
)
def test_a_story_everyone_knows_holds_no_position(text: str, title: str, source: str) -> None:
    # Each case gives a position of the speaker's without the "everyone knows" reading of
    # ``history_openings._REMEMBERED`` (checked on a copy with it taken out).
    assert held_stances(text, title, source) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # knowing that: a charge, not a story
        (
            "We know that in 2021 the Kiev regime refused to implement the agreements.",
            [("Vladimir Putin", "accuse")],
        ),
        # what everyone knows, undated, with a demand of the present
        (
            "Everyone knows how the West has ignored our concerns, and we demand guarantees now.",
            [("Vladimir Putin", "accuse"), ("Vladimir Putin", "demand")],
        ),
    ],
)
def test_what_is_known_of_the_present_stays_a_position(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text, ADDRESS, KREMLIN) == expected
