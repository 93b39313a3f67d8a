"""A reply its owner prepares or sends (CAMEO 040 SEND MESSAGE) is a letter from the owner
("our": the speaker's state) to the side after "to": "I ask the Foreign Ministry to draft
our reply to the American side" is planned correspondence, "delivered Norway's reply to the
Russian side" held. A reply no one prepares or sends ("our response to X will be swift")
names no letter. In four surroundings, with look-alikes. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, extract

COUNCIL = "Meeting with permanent members of the Security Council"


def letters(
    text: str, title: str | None = COUNCIL, source: str | None = KREMLIN
) -> list[tuple[list[str], str]]:
    return [
        ([p.name for p in c.participants], c.status)
        for c in extract(text, title, source).diplomatic_contacts
        if c.mode == "correspondence"
    ]


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) plain: a reply asked to be prepared
        (
            "Vladimir Putin: I ask the Foreign Ministry to draft our reply to the Finnish side "
            "by the end of the month.",
            COUNCIL,
            KREMLIN,
            (["Russia", "Finland"], "planned"),
        ),
        # (b) a fronted clause, "will send"
        (
            "Vladimir Putin: After we have studied the documents, we will send our response to "
            "NATO.",
            COUNCIL,
            KREMLIN,
            (["Russia", "NATO"], "planned"),
        ),
        # (c) the author a state's possessive in a news text; sent, so held
        (
            "Yesterday the ambassador delivered Norway's reply to the Russian side.",
            None,
            None,
            (["Norway", "Russia"], "held"),
        ),
        # (d) the second clause of two; two sides answered, by their adjectives
        (
            "Vladimir Putin: The talks were useful, and I instruct the Foreign Ministry to draft "
            "our full response to the American and NATO papers.",
            COUNCIL,
            KREMLIN,
            (["Russia", "United States", "NATO"], "planned"),
        ),
    ],
)
def test_a_reply_prepared_or_sent_is_a_letter_from_its_owner(
    text: str, title: str | None, source: str | None, expected: tuple[list[str], str]
) -> None:
    assert letters(text, title, source) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # no verb of preparing or sending: a view of the reply, no letter
        "Vladimir Putin: Our reply to the Finnish side was clear.",
        # what is answered is another's act, not a side
        "Vladimir Putin: We will prepare our response to NATO's expansion.",
        # answers are given to questions
        "Vladimir Putin: We will send our answers to the Finnish questionnaire.",
    ],
)
def test_a_reply_neither_sent_to_a_side_nor_prepared_is_no_letter(text: str) -> None:
    assert letters(text) == []


def test_a_reply_transmitted_is_sent() -> None:
    # "transmit" is of the sending class with "send", "deliver" and "submit".
    text = "Yesterday the ambassador transmitted Norway's reply to the Russian side."
    assert letters(text, None, None) == [(["Norway", "Russia"], "held")]


def test_a_reply_after_its_recipient_is_no_letter_of_the_recipients() -> None:
    # Look-alike: "Finland" before the reply is whom it is sent to, not its owner; without
    # the owner's possessive guard Finland would write to NATO.
    assert (
        letters("Vladimir Putin: We will send Finland a detailed reply to the NATO letter.") == []
    )


def test_a_response_to_a_side_with_no_owner_is_no_letter() -> None:
    assert (
        letters(
            "In a response to Russia, Foreign Minister Jan Berg of Norway said the alliance "
            "would not change.",
            None,
            None,
        )
        == []
    )
