"""Written contacts by the shape of the sentence: a reply whose receipt names both its ends
("the replies that we received from NATO") is a letter between its authors and the
receiver, even after another contact was reported, in four surroundings and beside its
look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import kremlin_letters


@pytest.mark.parametrize(
    ("turn", "authors"),
    [
        # (a) plain, a relative clause of receipt
        (
            "Vladimir Putin: We are studying the written replies that we received from the "
            "United States and NATO.",
            ["United States", "NATO"],
        ),
        # (b) fronted adverbials, a participle of receipt
        (
            "Vladimir Putin: Last week, after a long delay, we finally read the written replies "
            "received from the United States.",
            ["United States"],
        ),
        # (c) the authors named another way: a capital; the receiver "I", a perfect
        (
            "Vladimir Putin: I have read the written answers that I have received from Washington.",
            ["United States"],
        ),
        # (d) one clause of two
        (
            "Vladimir Putin: The talks were useful, and we have studied the written replies "
            "that we received from NATO.",
            ["NATO"],
        ),
    ],
)
def test_a_reply_received_from_its_authors_is_a_letter_to_the_receiver(
    turn: str, authors: list[str]
) -> None:
    assert kremlin_letters(turn) == [([*authors, "Russia"], "correspondence", "held")]


@pytest.mark.parametrize(
    "turn",
    [
        # awaited, not received
        "Vladimir Putin: We are still waiting for the written replies from NATO.",
        # received, but from nobody named
        "Vladimir Putin: We are studying the written replies that we received.",
        # a journalist's question about them
        "Question: Have you received the written replies from NATO?",
    ],
)
def test_a_reply_not_received_from_named_authors_is_no_new_letter(turn: str) -> None:
    assert kremlin_letters(turn) == []


@pytest.mark.parametrize(
    ("turn", "authors"),
    [
        # (a) plain: "answers" before the participle of their receipt
        (
            "Vladimir Putin: We have carefully studied the answers received from London.",
            ["United Kingdom"],
        ),
        # (b) a fronted adverbial, "responses", two authors listed
        (
            "Vladimir Putin: Since Monday, we have studied the responses received from London "
            "and NATO.",
            ["United Kingdom", "NATO"],
        ),
        # (c) the reply as the subject, "our" the receiver
        (
            "Vladimir Putin: The replies received from NATO ignore our concerns.",
            ["NATO"],
        ),
        # (d) one clause of two
        (
            "Vladimir Putin: The talks were useful, and we discussed the answers received from "
            "London.",
            ["United Kingdom"],
        ),
    ],
)
def test_any_reply_received_from_its_authors_is_a_letter(turn: str, authors: list[str]) -> None:
    assert kremlin_letters(turn) == [([*authors, "Russia"], "correspondence", "held")]


@pytest.mark.parametrize(
    "turn",
    [
        # received from no party: citizens, a questionnaire
        "Vladimir Putin: The answers received from the questionnaire were useful.",
        "Vladimir Putin: The responses received from citizens were many.",
    ],
)
def test_answers_received_from_no_party_are_no_letter(turn: str) -> None:
    assert kremlin_letters(turn) == []


@pytest.mark.parametrize(
    ("turn", "authors"),
    [
        # a document naming NATO: "Brussels" among a reply's authors is NATO's seat
        (
            "Vladimir Putin: NATO keeps expanding. The replies we received from London and "
            "Brussels ignore our concerns.",
            ["United Kingdom", "NATO"],
        ),
        (
            "Vladimir Putin: NATO keeps expanding, so we studied the answers received from "
            "Brussels.",
            ["NATO"],
        ),
        # a document naming the EU more: "Brussels" stays the EU
        (
            "Vladimir Putin: The EU is our neighbour, and the European Union trades with us. "
            "The replies we received from London and Brussels ignore our concerns.",
            ["United Kingdom", "EU"],
        ),
    ],
)
def test_brussels_as_a_replys_author_is_the_body_its_document_deals_with(
    turn: str, authors: list[str]
) -> None:
    assert kremlin_letters(turn) == [([*authors, "Russia"], "correspondence", "held")]
