"""An aide named by a role held under another person ("Marek Lind, the head of President
Zelenskyy's office", "an adviser to President Macron") is that person's, not the
publisher's state's: a state's readout gives its own untitled-by-country officials its
country, but an aide of a foreign leader is no official of the publisher, so the call with
them is a contact between two sides. In four surroundings, with look-alikes. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a White House readout, the principal's possessive
        (
            "National Security Advisor Dana Holt spoke with Marek Lind, the head of President "
            "Zelenskyy's office, on Tuesday.",
            "Readout",
            WHITE_HOUSE,
            ["Dana Holt", "Marek Lind"],
        ),
        # (b) a Kremlin readout, "adviser to" and a meeting
        (
            "Presidential Aide Yuri Orlov met Pierre Durand, the diplomatic adviser to "
            "President Macron, in Moscow.",
            "Readout",
            KREMLIN,
            ["Yuri Orlov", "Pierre Durand"],
        ),
        # (c) a briefing's turn, "an adviser to" and a time after the role
        (
            "MS. REED: National Security Advisor Dana Holt spoke with Marek Lind, an adviser "
            "to President Nauseda, this morning.",
            "Press Briefing by Press Secretary Ann Reed",
            WHITE_HOUSE,
            ["Dana Holt", "Marek Lind"],
        ),
        # (d) a Kyiv readout, the principal with title and full name
        (
            "Foreign Minister Dmytro Kuleba met Anna Weber, the foreign policy adviser to "
            "Chancellor Olaf Scholz, in Kyiv.",
            "Readout",
            KYIV,
            ["Dmytro Kuleba", "Anna Weber"],
        ),
    ],
)
def test_an_aide_of_another_is_the_other_side(
    text: str, title: str, source: str, expected: list[str]
) -> None:
    assert expected in [names for names, _, _ in contacts(text, title, source)]


def test_an_aide_of_the_office_stays_home() -> None:
    # Look-alike: "the head of the President's office" in a White House text names the
    # office, no one else's person: an official of the publisher, an internal call.
    found = contacts(
        "President Dana Holt met Chancellor Olaf Scholz in Berlin. National Security Advisor "
        "Jake Reed spoke with Marek Lind, the head of the President's office.",
        "Readout",
        WHITE_HOUSE,
    )
    assert all("Marek Lind" not in names for names, _, _ in found)
