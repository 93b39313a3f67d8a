"""A negation before "without" cancels it: "Russia will not leave the people of the Donbass
without support" (synthetic12 p11) gives support, where a negated support ("will not
support") is opposition. "Without" after the cue ("will not support any deal without
Ukraine") leaves the negation on the cue. Four surroundings, with look-alikes. Invented
sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a leader quoted, a state as the subject
        (
            'Vladimir Putin said: "Russia will not leave the people of the Donbass without '
            'support."',
            [("Vladimir Putin", "support")],
        ),
        # (b) a readout, reported, "its" between
        (
            "Foreign Minister Ann Linde said that Sweden would not leave Ukraine without its "
            "support.",
            [("Ann Linde", "support")],
        ),
        # (c) a quotation first, "never", the first person
        (
            '"We will never leave Moldova without support," Romanian President Klaus Iohannis '
            "said.",
            [("Klaus Iohannis", "support")],
        ),
        # (d) a past tense in a statement's voice
        (
            "Prime Minister Mark Rutte said the Netherlands had not left Ukraine without "
            "support at any moment.",
            [("Mark Rutte", "support")],
        ),
    ],
)
def test_not_without_support_gives_support(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Prime Minister Kaja Kallas said: "Estonia does not support sanctions without a clear '
        'aim."',
        'Prime Minister Kaja Kallas said: "Estonia will not support any deal without Ukraine."',
        # "Without" opening the sentence, away from the cue: the support is still negated.
        'Prime Minister Kaja Kallas said: "Without a ceasefire, Estonia will not support the '
        'deal."',
    ],
)
def test_without_after_a_negated_support_leaves_it_opposed(text: str) -> None:
    """Look-alikes: "without" after the cue, or away from it, cancels nothing; the
    support is negated."""
    assert [stance for _, stance in held_stances(text)] == ["oppose"]
