"""A modal's proposition after a frame a colon closes is what follows the colon.

"The President has said it many times: Russia must withdraw its forces": the modal's topic
is its whole clause, and the clause begins after the colon, not at the frame ("many times",
"position has been clear" named the saying, not what must happen). Invented sentences in
four surroundings; look-alikes: a colon after the modal, and the colon of a time, leave the
clause where it was.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, stance_topics

from summarise.extraction.backends.baseline.position_topics import _after_colon


def _briefing(label: str, answer: str) -> str:
    return f"{label}: Good afternoon.\n\nQ Thanks.\n\n{label}: {answer}\n"


@pytest.mark.parametrize(
    ("text", "title", "source", "topic"),
    [
        # (a) a White House briefing: a person's frame ("has said it many times:")
        (
            _briefing(
                "MS. REED",
                "The President has said it many times: Russia must pull its forces back "
                "from Moldova's border.",
            ),
            "Press Briefing by Press Secretary Anna Reed",
            WHITE_HOUSE,
            "Russia must pull its forces back from Moldova's border",
        ),
        # (b) a Kremlin transcript: the speaker's own side's frame
        (
            "Vladimir Putin: Our position is well known: NATO must stop its expansion to the east.",
            "Meeting with Security Council members",
            KREMLIN,
            "NATO must stop its expansion to the east",
        ),
        # (c) a Kyiv ministry's statement: a frame naming a position, no person
        (
            "The position of Ukraine remains unchanged: Russia must withdraw its troops from "
            "our borders.",
            "Statement of the Ministry of Foreign Affairs of Ukraine",
            KYIV,
            "Russia must withdraw its troops from our borders",
        ),
        # (d) a news report: the frame inside a reported clause
        (
            "Chancellor Olaf Scholz said in Berlin that his message was simple: Russia must "
            "withdraw its troops from the border.",
            None,
            None,
            "Russia must withdraw its troops from the border",
        ),
    ],
)
def test_a_modals_clause_begins_after_the_frames_colon(
    text: str, title: str | None, source: str | None, topic: str
) -> None:
    assert stance_topics("demand", text, title, source) == [topic]


def test_a_colon_after_the_modal_leaves_the_clause_its_subjects() -> None:
    # Look-alike: the colon lists what must happen; the clause still opens on its subject.
    text = _briefing(
        "MS. REED", "Russia must do two things: pull back its troops and return to the talks."
    )
    topics = stance_topics(
        "demand", text, "Press Briefing by Press Secretary Anna Reed", WHITE_HOUSE
    )
    assert topics == ["Russia must do two things"]


def test_a_times_colon_closes_no_frame() -> None:
    # Look-alike: "10:30" holds a colon with no space after it.
    text = "The President said that by 10:30 tomorrow Russia must withdraw its forces."
    start = text.index("by")
    assert _after_colon(text, start, text.index("must")) == start
    framed = "Our position is clear: Russia must withdraw its forces."
    assert _after_colon(framed, 0, framed.index("must")) == framed.index("Russia")
