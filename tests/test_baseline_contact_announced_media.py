"""The medium of calls a paragraph announces before telling them one by one ("Today I had
several telephone conversations. I spoke with X …") is that of each "spoke with" after it in
the paragraph; and a medium phrase right after "met" ("met by video link today") makes the
meeting a video call. In four surroundings each, with look-alikes. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source", "mode"),
    [
        # (a) an evening address in the first person
        (
            "Today I had several important phone calls. I spoke with Prime "
            "Minister of Bulgaria Elina Markova.",
            KYIV,
            "phone_call",
        ),
        # (b) a readout in the third person, a second call told after the first
        (
            "The President held phone calls with European leaders on Monday. He first spoke "
            "with Chancellor Klara Voss of Austria. He also spoke with Prime Minister Elina "
            "Markova of Bulgaria.",
            WHITE_HOUSE,
            "phone_call",
        ),
        # (c) a Kremlin text, "a conversation with" and video calls
        (
            "Vladimir Putin held a series of video conversations with foreign leaders. In "
            "particular, he had a conversation with President of Kazakhstan Aidar Nurlanov.",
            KREMLIN,
            "video_call",
        ),
        # (d) a news item with a postposed source
        (
            "Prime Minister Elina Markova of Bulgaria made several phone calls on Friday. She "
            "talked with President Marek Novak of Slovakia about gas, her office said.",
            None,
            "phone_call",
        ),
    ],
)
def test_a_paragraph_announcing_calls_gives_each_its_medium(
    text: str, source: str | None, mode: str
) -> None:
    found = contacts(text, source=source)
    assert [m for _, m, _ in found][-1:] == [mode]


def test_calls_announced_in_another_paragraph_give_no_medium() -> None:
    # Look-alike: a new paragraph may tell a meeting; "spoke with" there states no medium.
    assert contacts(
        "Today I had several important telephone conversations.\n\nI spoke with Prime "
        "Minister of Bulgaria Elina Markova on Monday.",
        source=KYIV,
    ) == [(["President of Ukraine", "Elina Markova"], "other", "held")]


def test_a_single_call_named_after_the_contact_is_no_announcement() -> None:
    # Look-alike: the medium phrase must come before the contact it gives a medium to.
    found = contacts(
        "I spoke with Prime Minister of Bulgaria Elina Markova. Then I had two phone calls "
        "with our partners.",
        source=KYIV,
    )
    assert found[0] == (["President of Ukraine", "Elina Markova"], "other", "held")


@pytest.mark.parametrize(
    ("text", "source", "mode"),
    [
        # (a) a joint statement's opening
        (
            "President Marek Novak of Slovakia and Prime Minister Elina Markova of Bulgaria "
            "met by video link today and issued this statement.",
            None,
            "video_call",
        ),
        # (b) a readout, the medium "via videoconference"
        (
            "On Monday, President Biden met via videoconference with Prime Minister Elina "
            "Markova of Bulgaria.",
            WHITE_HOUSE,
            "video_call",
        ),
        # (c) a Kremlin text, "by video conference"
        (
            "Vladimir Putin met by video conference with President of Kazakhstan Aidar Nurlanov.",
            KREMLIN,
            "video_call",
        ),
        # (d) a news item, by phone, a postposed source
        (
            "Prime Minister Elina Markova of Bulgaria and President Marek Novak of Slovakia "
            "met by phone on Sunday, her office said.",
            None,
            "phone_call",
        ),
    ],
)
def test_met_by_a_medium_is_a_call(text: str, source: str | None, mode: str) -> None:
    found = contacts(text, source=source)
    assert [m for _, m, _ in found][:1] == [mode]


def test_a_meeting_after_a_video_call_stays_a_meeting() -> None:
    # Look-alike: the medium belongs to another occasion of the sentence, not right after "met".
    found = contacts(
        "President Marek Novak of Slovakia met Prime Minister Elina Markova of Bulgaria in "
        "Sofia, a week after a video call with Chancellor Klara Voss of Austria."
    )
    assert found[0] == (["Marek Novak", "Elina Markova"], "meeting", "held")
