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
            "Vladimir Putin: Our experts are now going through the formal answers that we "
            "received from NATO and the United States.",
            ["NATO", "United States"],
        ),
        # (b) fronted adverbials, a participle of receipt
        (
            "Vladimir Putin: On Tuesday, after a long pause, we finally read the written "
            "responses received from the United States.",
            ["United States"],
        ),
        # (c) the authors named another way: a capital; the receiver "I", a perfect
        (
            "Vladimir Putin: I have gone over the formal replies that I have received from "
            "Washington.",
            ["United States"],
        ),
        # (d) one clause of two
        (
            "Vladimir Putin: The visit went well, and our ministry has analysed the replies "
            "that we got from NATO.",
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
        "Vladimir Putin: We have not yet seen any formal answers from NATO.",
        # received, but from nobody named
        "Vladimir Putin: Our experts are going through the formal answers that we received.",
        # a journalist's question about them
        "Question: Has Moscow received any formal answers from NATO yet?",
    ],
)
def test_a_reply_not_received_from_named_authors_is_no_new_letter(turn: str) -> None:
    assert kremlin_letters(turn) == []


@pytest.mark.parametrize(
    ("turn", "authors"),
    [
        # (a) plain: "answers" before the participle of their receipt
        (
            "Vladimir Putin: Our diplomats have gone through the answers received from London "
            "line by line.",
            ["United Kingdom"],
        ),
        # (b) a fronted adverbial, "responses", two authors listed
        (
            "Vladimir Putin: For a week now, our lawyers have examined the responses received "
            "from London and NATO.",
            ["United Kingdom", "NATO"],
        ),
        # (c) the reply as the subject, "our" the receiver
        (
            "Vladimir Putin: The replies received from NATO say nothing about our security.",
            ["NATO"],
        ),
        # (d) one clause of two
        (
            "Vladimir Putin: The dinner was long, and we went over the answers received from "
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
        # received from no party: a survey, pensioners
        "Vladimir Putin: The answers received from the survey surprised us.",
        "Vladimir Putin: The responses received from ordinary pensioners ran to thousands.",
    ],
)
def test_answers_received_from_no_party_are_no_letter(turn: str) -> None:
    assert kremlin_letters(turn) == []


@pytest.mark.parametrize(
    ("turn", "authors"),
    [
        # a document naming NATO: "Brussels" among a reply's authors is NATO's seat
        (
            "Vladimir Putin: NATO moves ever closer. The replies we received from London and "
            "Brussels say nothing about our security.",
            ["United Kingdom", "NATO"],
        ),
        (
            "Vladimir Putin: NATO has grown again, so we weighed the answers received from "
            "Brussels.",
            ["NATO"],
        ),
        # a document naming the EU more: "Brussels" stays the EU
        (
            "Vladimir Putin: The EU buys our gas, and the European Union is our neighbour. "
            "The replies we received from London and Brussels left our questions unanswered.",
            ["United Kingdom", "EU"],
        ),
    ],
)
def test_brussels_as_a_replys_author_is_the_body_its_document_deals_with(
    turn: str, authors: list[str]
) -> None:
    assert kremlin_letters(turn) == [([*authors, "Russia"], "correspondence", "held")]
