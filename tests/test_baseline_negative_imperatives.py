"""The negative imperative is a demand, whatever verb it forbids.

"Do not let anyone pull you into this war", "Please do not grow used to this war", "…: do not
let anyone pull you into it": "do not" (or "don't", or "please do not") opening its clause
tells the one addressed what not to do (Quirk et al. 11.25-26; CAMEO 02, appeal). Not inside
a clause with its own subject ("We do not accept any ultimatums" is a refusal), and not the
formulas of manners ("Don't get me wrong: …"), which name no issue.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "held"),
    [
        # (a) a Kyiv address, after a vocative
        (
            "Volodymyr Zelenskyy: Soldiers of Belarus, do not let anyone send you into this war.",
            "Address by the President of Ukraine",
            KYIV,
            ("Volodymyr Zelenskyy", "demand"),
        ),
        # (b) White House remarks, after a colon
        (
            "THE PRESIDENT: To the people of Russia I say: do not believe the lies about this war.",
            "Remarks by President Biden",
            WHITE_HOUSE,
            ("Biden", "demand"),
        ),
        # (c) a Kremlin transcript, "please" before it
        (
            "Vladimir Putin: Please do not push the situation towards a new escalation.",
            "Meeting with members of the Security Council",
            KREMLIN,
            ("Vladimir Putin", "demand"),
        ),
        # (d) a news text, a quotation, the contracted form
        (
            "Foreign Minister Jan Nowak of Poland said on Monday: \u201cDon\u2019t open your "
            "border to Russian troops.\u201d",
            None,
            None,
            ("Jan Nowak", "demand"),
        ),
    ],
)
def test_a_negative_imperative_is_a_demand(
    text: str, title: str | None, source: str | None, held: tuple[str, str]
) -> None:
    assert held_stances(text, title, source) == [held]


def test_a_subjects_do_not_is_no_imperative() -> None:
    held = held_stances(
        "Volodymyr Zelenskyy: We do not accept any ultimatums from Moscow.",
        "Address by the President of Ukraine",
        KYIV,
    )
    assert held == [("Volodymyr Zelenskyy", "oppose")]


def test_a_formula_of_manners_is_no_demand() -> None:
    held = held_stances(
        "Volodymyr Zelenskyy: Don't get me wrong: we are ready for talks on security guarantees.",
        "Address by the President of Ukraine",
        KYIV,
    )
    assert held == [("Volodymyr Zelenskyy", "support")]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # look-alikes: "do not forget" reminds, it asks nothing
        # (a) a Kremlin transcript, opening the sentence with its that-clause
        (
            "Sergei Shoigu: Do not forget that these are our own soldiers on our own territory.",
            "Meeting with the Defence Ministry Board",
            KREMLIN,
        ),
        # (b) White House remarks, a comment clause set off by commas
        (
            "THE PRESIDENT: The sanctions, don't forget, were agreed by all 27 members.",
            "Remarks by President Biden",
            WHITE_HOUSE,
        ),
        # (c) a Kyiv address, after "please"
        (
            "Volodymyr Zelenskyy: Please don't forget that the Russian army is still on our land.",
            "Address by the President of Ukraine",
            KYIV,
        ),
        # (d) a news text, a quotation
        (
            "Defence Minister Viktor Khrenin of Belarus said: \u201cDon\u2019t forget, our "
            "troops are still in their barracks.\u201d",
            None,
            None,
        ),
    ],
)
def test_do_not_forget_is_no_demand(text: str, title: str | None, source: str | None) -> None:
    assert all(stance != "demand" for _, stance in held_stances(text, title, source))
