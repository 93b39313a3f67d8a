"""Readiness to carry on talks named before by a pronoun is readiness for the talks
(the guide: support, as "ready to continue along the negotiating track" is): "As for the
talks, we are ready to go on with them". The pronoun stands for the talks only when
they are the last thing its sentence names that could be carried on. Each in the four
surroundings of the shape matrix, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain, a fronted topic in a quotation
        (
            'Foreign Minister Jan Novak said: "As for the negotiations, we are ready to '
            'continue them."',
            [("Jan Novak", "support")],
        ),
        # (b) a fronted adverbial, "prepared to", the talks in a prepositional phrase
        (
            "After the meeting, Turkish Foreign Minister Ali Demir said of the consultations "
            'in Ankara: "We are prepared to continue them next month."',
            [("Ali Demir", "support")],
        ),
        # (c) the actor as a government, "stood ready to resume"
        (
            "The Hungarian government said of the talks on gas transit that it stood ready to "
            "resume them.",
            [("Hungarian government", "support")],
        ),
        # (d) two clauses: the talks the subject of the first, the pronoun singular
        (
            "Foreign Minister Jan Novak said the dialogue with Minsk had stalled, but Poland "
            "was ready to resume it at any time.",
            [("Jan Novak", "other"), ("Poland", "support")],
        ),
    ],
)
def test_readiness_to_carry_on_talks_named_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # No talks named: the pronoun stands for an act of one's own.
        'Foreign Minister Jan Novak said: "As for the strikes, we are ready to resume them."',
        # The talks in the sentence before: this sentence names something else.
        'Defence Minister Jan Novak said: "The talks ended today. As for the exercises, '
        'our troops are ready to resume them."',
        # An act of force named after the talks: the pronoun stands for it.
        'Defence Minister Jan Novak said: "After the talks, as for the strikes, we are '
        'ready to resume them."',
    ],
)
def test_readiness_to_carry_on_something_else_stays_a_pledge(text: str) -> None:
    assert [stance for _, stance in held_stances(text)][-1] == "commit"
