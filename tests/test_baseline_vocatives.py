"""The one spoken to is no subject: "Mr President, I am asking for your approval" in the
minister's turn is the minister's. A form of address set off by commas names the listener,
wherever it stands; only before "you" does it name the subject ("Mr President, you have
said …")."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, extract

_TITLE = "Meeting of President of Russia Vladimir Putin with Foreign Minister Sergei Orlov"


def _held(answer: str) -> list[tuple[str, str]]:
    text = f"Vladimir Putin: Good afternoon.\n\nSergei Orlov: {answer}\n"
    return [(p.holder.name, p.stance) for p in extract(text, _TITLE, KREMLIN).positions]


@pytest.mark.parametrize(
    ("answer", "stance"),
    [
        # (a) plain, opening the sentence
        ("Mr President, I am asking for your approval to send more instructors.", "demand"),
        # (b) after a fronted adverbial
        (
            "Finally, Mr President, I am asking for your approval to send more instructors.",
            "demand",
        ),
        # (c) inside the sentence
        (
            "The third issue, Mr President, and I ask for your approval to send more instructors.",
            "demand",
        ),
        # (d) one clause of two
        ("Mr President, we reject this plan, and we will say so in Geneva.", "oppose"),
    ],
)
def test_the_one_spoken_to_is_no_subject(answer: str, stance: str) -> None:
    assert _held(answer) == [("Sergei Orlov", stance)]


def test_the_one_spoken_to_before_you_is_the_subject() -> None:
    """The look-alike: "you" after the address is the President."""
    assert _held("Mr President, you have said many times that we reject NATO expansion.") == [
        ("Vladimir Putin", "oppose")
    ]
