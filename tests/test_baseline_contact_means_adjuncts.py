"""Adjuncts between a verb of meeting and its "with" object, and before a sentence's subject.

- An adjunct of means ("by video", "via video link", "by phone") may stand before the
  verb's complement as one of time does (Quirk et al. 8.80, 8.13): "met by video with X",
  "met on Tuesday via videoconference with X". The medium it names is the occasion's mode (the
  guide: video only when the article says so), a time between the verb and it or not.
- A part of the day ("In the afternoon", "In the morning") opens a sentence before its
  subject as "This afternoon" does, so "In the afternoon I spoke with X" has "I" as its
  subject.

In four surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) a first-person remark, "by video" alone, ahead
        (
            "Next Wednesday, I will meet by video with leaders of Norway and Finland.",
            WHITE_HOUSE,
            [(["Dana Holt", "Norway", "Finland"], "video_call", "planned")],
        ),
        # (b) a readout, a time then the medium
        (
            "Vladimir Putin met on Tuesday via videoconference with President of Finland Matti "
            "Virtanen.",
            KREMLIN,
            [(["Vladimir Putin", "Matti Virtanen"], "video_call", "held")],
        ),
        # (c) "via video link", then a time adjunct after the object
        (
            "Volodymyr Zelenskyy met via video link with Chancellor Otto Weber of Germany on "
            "Tuesday.",
            KYIV,
            [(["Volodymyr Zelenskyy", "Otto Weber"], "video_call", "held")],
        ),
        # (d) a medium after a place: the place's "with" object still the party
        (
            "Volodymyr Zelenskyy met in Odesa with Chancellor Otto Weber of Germany, and by "
            "video link with President Lars Holm of Denmark.",
            KYIV,
            [
                (["Volodymyr Zelenskyy", "Otto Weber"], "meeting", "held"),
                (["Volodymyr Zelenskyy", "Lars Holm"], "video_call", "held"),
            ],
        ),
    ],
)
def test_a_medium_before_the_object_keeps_the_parties(
    text: str, source: str, expected: list[tuple[list[str], str, str]]
) -> None:
    assert contacts(text, "Remarks by President Dana Holt", source) == expected


def test_a_medium_after_the_object_is_no_adjunct_of_the_verb() -> None:
    # Look-alike: "met in Odesa with X" in person; the video is another clause's, an address
    # to his own nation, which is no contact.
    found = contacts(
        "Volodymyr Zelenskyy met in Odesa with Chancellor Otto Weber of Germany. Later, "
        "Volodymyr Zelenskyy addressed the nation by video.",
        "Readout",
        KYIV,
    )
    assert found == [(["Volodymyr Zelenskyy", "Otto Weber"], "meeting", "held")]


@pytest.mark.parametrize(
    "opening",
    ["In the afternoon", "In the morning", "In the evening", "And in the afternoon"],
)
def test_a_part_of_the_day_opens_a_sentence_before_its_subject(opening: str) -> None:
    found = contacts(
        f"Thank you all. {opening} I had a phone call with Prime Minister Henrik Olsen of "
        "Norway about gas prices.",
        "Address by President Dana Holt",
        KYIV,
    )
    assert found == [(["Dana Holt", "Henrik Olsen"], "phone_call", "held")]
