"""A second sender in a coordinated clause: "X delivered its written reply to Russia, and NATO
handed over its own paper" is NATO's letter to Russia too, its addressee left out as the first
clause's (gapping, Quirk et al. 13.92); a reply's list of addressees stops at such a clause.
In four surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, extract

BRIEFING = "Press Briefing by Press Secretary Anna Kovac"


def letters(text: str, title: str | None = None, source: str | None = None) -> list[list[str]]:
    found = extract(text, title, source).diplomatic_contacts
    return [[a.name for a in c.participants] for c in found if c.mode == "correspondence"]


@pytest.mark.parametrize(
    ("text", "title", "source", "first"),
    [
        # (a) plain
        (
            "The United States delivered its written reply to Russia on Wednesday, and NATO "
            "handed over its own paper.",
            None,
            None,
            "United States",
        ),
        # (b) a fronted adverbial; a time adjunct opening the second clause
        (
            "After a week of delay, the United States delivered its written reply to Russia on "
            "Wednesday, and on the same day NATO sent a separate reply.",
            None,
            None,
            "United States",
        ),
        # (c) the first sender "our" in a spokesperson's briefing
        (
            "Anna Kovac: Yesterday our ambassador delivered our written reply to Russia, and "
            "NATO handed over its own paper in parallel.",
            BRIEFING,
            WHITE_HOUSE,
            "United States",
        ),
        # (d) a postposed source after the two clauses
        (
            "Norway delivered its written reply to Russia, and NATO also sent its own letter, "
            "the ministry said.",
            None,
            None,
            "Norway",
        ),
    ],
)
def test_a_second_sender_writes_to_the_first_clauses_addressee(
    text: str, title: str | None, source: str | None, first: str
) -> None:
    assert letters(text, title, source) == [[first, "Russia"], ["NATO", "Russia"]]


@pytest.mark.parametrize(
    "second",
    [
        "and NATO sent its own troops",  # no message sent
        "and NATO handed over its own paper to Ukraine",  # an addressee of its own
        "and Russia sent its own paper",  # the addressee itself answers
        "and NATO prepared its own paper",  # prepared, not yet sent
    ],
)
def test_a_second_clause_sending_no_letter_to_the_addressee_adds_none(second: str) -> None:
    text = f"The United States delivered its written reply to Russia on Wednesday, {second}."
    assert letters(text) == [["United States", "Russia"]]


def test_a_reply_to_be_prepared_lists_no_subject_of_a_clause_after_it() -> None:
    # ", and the Ministry of Defence to report": a second request, not a second addressee.
    assert letters(
        "Vladimir Putin: I ask the Foreign Ministry to prepare our reply to the American side, "
        "and NATO to wait.",
        "Meeting with permanent members of the Security Council",
        KREMLIN,
    ) == [["Russia", "United States"]]
