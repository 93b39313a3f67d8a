"""A reply the speaker's side received ("the replies we have received") is a letter from
its authors, named after "from" or as those the speaker's proposals went to, to the
speaker's state, held whatever the sentence goes on to do with it: in four surroundings
and beside its look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import kremlin_letters


@pytest.mark.parametrize(
    ("turn", "authors"),
    [
        # (a) plain: the relative pronoun left out, the authors as adjectives before
        # "partners"
        (
            "Vladimir Putin: We are studying the replies we received from our British and "
            "NATO partners.",
            ["United Kingdom", "NATO"],
        ),
        # (b) a fronted adverbial; no "from": the authors are those the proposals went to
        (
            "Vladimir Putin: Before the talks, I informed the President about our proposals "
            "to the United Kingdom and NATO and about the answers we have received.",
            ["United Kingdom", "NATO"],
        ),
        # (c) the authors named another way: a capital; colleagues where they sit
        (
            "Vladimir Putin: We have read the answers that I got from London.",
            ["United Kingdom"],
        ),
        (
            "Vladimir Putin: We studied the responses we received to our proposals sent to "
            "our British colleagues in London and our NATO colleagues in Brussels.",
            ["United Kingdom", "NATO"],
        ),
        # (d) one clause of two, the main verb ahead: the receipt is still held
        (
            "Vladimir Putin: The talks were useful, and tomorrow we will discuss the answers "
            "we have received from our British partners and from NATO.",
            ["United Kingdom", "NATO"],
        ),
    ],
)
def test_a_reply_the_speakers_side_received_is_a_letter_from_its_authors(
    turn: str, authors: list[str]
) -> None:
    assert kremlin_letters(turn) == [([*authors, "Russia"], "correspondence", "held")]


@pytest.mark.parametrize(
    "turn",
    [
        # received by another party: not the speaker's side
        "Vladimir Putin: The Finns are studying the replies they received from NATO.",
        # received from nobody named, and no proposals of ours named either
        "Vladimir Putin: We are studying the replies we received.",
    ],
)
def test_a_reply_received_by_others_or_from_nobody_is_no_letter(turn: str) -> None:
    assert kremlin_letters(turn) == []
