"""A question of who would believe what was just said disputes it.

"They say that we are preparing an attack. Who in Europe seriously believes this?", "Whom do
they expect to believe this?", "Who are they trying to deceive?": the question expects the
answer "nobody" (Quirk et al. 11.23), so the speaker denies the claim before, and the
sentence is a statement, not a question whose premises are nobody's. A question that asks
who will do something ("Who will pay for the gas?") asks in earnest, and a relative "who"
in a statement ("Those who believe this are mistaken") asks nothing.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "held"),
    [
        # (a) a Kremlin transcript, a place named in the question
        (
            "Vladimir Putin: They say that we are preparing an attack on Ukraine. Who in Europe "
            "seriously believes this?",
            "Meeting with members of the Security Council",
            KREMLIN,
            ("Vladimir Putin", "deny"),
        ),
        # (b) a Kyiv address, "whom" and a body's claim before it
        (
            "Volodymyr Zelenskyy: The Russian Defence Ministry says the shelling of Kharkiv "
            "never happened. Whom do they expect to believe this?",
            "Address by the President of Ukraine",
            KYIV,
            ("Volodymyr Zelenskyy", "deny"),
        ),
        # (c) another shape: who is being deceived, a capital's claim before it
        (
            "Volodymyr Zelenskyy: Moscow says its troops are only on exercises in Belarus. Who "
            "are they trying to deceive?",
            "Address by the President of Ukraine",
            KYIV,
            ("Volodymyr Zelenskyy", "deny"),
        ),
        # (d) White House remarks, "and" before it, "fool"
        (
            "THE PRESIDENT: The Kremlin claims its forces are pulling back from the border. "
            "And who do they think they can fool?",
            "Remarks by President Biden",
            WHITE_HOUSE,
            ("Biden", "deny"),
        ),
    ],
)
def test_who_would_believe_it_denies_the_claim_before(
    text: str, title: str, source: str, held: tuple[str, str]
) -> None:
    assert held in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # an earnest question of who will act
        "Volodymyr Zelenskyy: The Russian side says the gas will keep flowing. Who will pay "
        "for it next winter?",
        # a relative "who" in a statement
        "Volodymyr Zelenskyy: The Russian side says the gas will keep flowing. Those who "
        "believe this are mistaken.",
    ],
)
def test_other_questions_and_relatives_deny_nothing(text: str) -> None:
    held = held_stances(text, "Address by the President of Ukraine", KYIV)
    assert ("Volodymyr Zelenskyy", "deny") not in held
