"""A speech to a foreign body given by a medium of contact ("X addressed the deputies of the
Bundestag via video link", "… the members of the Storting, the Parliament of Norway, by
video link"): the speaker's contact with that body, held by that medium. Only a body counts:
servicemen, the nation or the speaker's own people addressed are no party. In four
surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "title", "source", "speaker"),
    [
        # (a) a Kyiv readout: the members of a parliament named by its name
        (
            "President of Ukraine Taras Bondar addressed the deputies of the Bundestag via "
            "video link from Kyiv.",
            "The President addressed the Bundestag",
            KYIV,
            "Taras Bondar",
        ),
        # (b) a news text: the body itself, a time adverb before the verb
        (
            "Prime Minister Elina Markova of Bulgaria today addressed the German Bundestag "
            "by video link.",
            None,
            None,
            "Elina Markova",
        ),
        # (c) a White House text: an apposition after the body
        (
            "President Dana Holt also addressed the deputies of the Storting, the legislature of "
            "Norway, by video link.",
            "Statement by President Dana Holt",
            WHITE_HOUSE,
            "Dana Holt",
        ),
        # (d) a Kremlin text: another medium word
        (
            "Vladimir Putin addressed the members of the Verkhovna Rada via videoconference.",
            "Address",
            KREMLIN,
            "Vladimir Putin",
        ),
    ],
)
def test_a_body_addressed_by_a_medium_of_contact_is_the_speakers_contact(
    text: str, title: str | None, source: str | None, speaker: str
) -> None:
    found = contacts(text, title, source)
    assert any(p[0] == speaker and len(p) == 2 and m == "video_call" for p, m, _s in found)


@pytest.mark.parametrize(
    "text",
    [
        # a state's people, not a body
        "President Marek Novak of Slovakia addressed the Germans by video link.",
        # the body is not right before the medium: another predicate between
        "President Marek Novak of Slovakia addressed the Bundestag last year and joined a "
        "seminar today by video link.",
    ],
)
def test_people_or_a_body_apart_from_the_medium_are_no_party(text: str) -> None:
    assert contacts(text) == []
