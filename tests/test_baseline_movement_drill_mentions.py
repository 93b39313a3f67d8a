"""A drill noun that tells no drill: the matter of talks ("we will talk over all of this,
including the joint exercise", "proposals on the size of exercises") or a drill named again
to say what it is ("this exercise is defensive in nature"). Four surroundings (another
publisher, party, way of naming the drill, sentence shape), and look-alikes: a drill told
in the same words, which stays. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The object of "discuss" in an "including" list, a transcript turn.
        (
            "Vladimir Putin: We will certainly discuss all of this, including the joint exercise.",
            KREMLIN,
        ),
        # The direct object of "talk about", another publisher and party.
        ("The Polish President wants to talk about the Baltic drills.", WHITE_HOUSE),
        # A measure of drills put up for talks.
        (
            "We have put real proposals on the table: on missile placement and on the size of"
            " military exercises.",
            WHITE_HOUSE,
        ),
        # A drill named again to say it threatens no one, a third publisher.
        (
            "The Belarusian side stressed that this exercise is defensive in nature and is"
            " directed against no one.",
            KYIV,
        ),
    ],
)
def test_a_drill_talked_about_or_characterised_is_no_drill(text: str, source: str | None) -> None:
    assert [m.activity for m in movements(text, source)] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A drill told as taking place (guard: no verb of talking before it).
        (
            "The joint exercise of Russian and Belarusian forces began in Brest on Monday.",
            KREMLIN,
        ),
        # A drill told once, with "the", and said to be defensive in the same sentence
        # (guard: a demonstrative names a drill again).
        (
            "Asked about the joint Russian-Belarusian exercise set to start"
            " next month, Vladimir Putin said that the exercise is purely defensive.",
            KREMLIN,
        ),
    ],
)
def test_a_drill_told_stays(text: str, source: str | None) -> None:
    assert "exercise" in [m.activity for m in movements(text, source)]
