"""Expecting another party to try something forecasts its attempt and alleges the aim
(`accuse`), as "Russia is trying to" does (the guide: "warned that Russia plans to install
a puppet" is an accusation); expecting a party to act ("we expect Russia to withdraw")
still asks. Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a person, a clause after another
        (
            "Defence Secretary Mark Hollis said a column moved toward the border, and we "
            "expect Belarus to try to seize the crossing.",
            [("Mark Hollis", "accuse")],
        ),
        # (b) a quotation, "attempt to"
        (
            'Prime Minister Lena Aho said: "We expect Moscow to attempt to cut the undersea '
            'cables."',
            [("Lena Aho", "accuse")],
        ),
        # (c) a ministry, "expects", the reporting clause after
        (
            "The government expects the separatists to try to storm the port, the Finnish "
            "Foreign Ministry said.",
            [("Finnish government", "accuse")],
        ),
        # (d) a sentence after another, a state, "seek to"
        (
            "Talks resumed on Monday. Latvia said it expected the Kremlin to seek to divide "
            "the alliance.",
            [("Latvia", "accuse")],
        ),
    ],
)
def test_attempt_expected_of_another_party_is_an_accusation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Expecting a party to act asks it to.
        "Prime Minister Lena Aho said that we expect Belarus to close the crossing.",
        # Expecting both sides to act: an appeal to each.
        "Prime Minister Lena Aho said that we expect both sides to resume the talks.",
    ],
)
def test_act_expected_of_a_party_stays_a_demand(text: str) -> None:
    """Look-alikes: without "try to", "expect X to" still asks."""
    assert [stance for _, stance in held_stances(text)] == ["demand"]
