"""A spokesperson's verb of saying whose complement opens on a person of their own side
tells that person's view, whatever the complement's verb: "Peskov told reporters that the
President considered the sanctions illegitimate" is the President's, via Peskov (the guide:
a spokesperson's report of the principal is the principal's, via the voice). A person of
another side is talked about, not relayed; a sayer who is no spokesperson speaks for
themself; a possessive is no subject. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, held_via


@pytest.mark.parametrize(
    ("text", "source", "held"),
    [
        # (a) a news text, the principal by name, a verb of being after him
        (
            "Kremlin spokesman Dmitry Peskov said on Tuesday that Vladimir Putin stayed open "
            "to dialogue with Western leaders.",
            None,
            ("Vladimir Putin", "Dmitry Peskov"),
        ),
        # (b) the publisher's own text, the principal by office, told to someone
        (
            "Kremlin spokesman Dmitry Peskov told reporters that the President held the "
            "Western sanctions illegitimate.",
            KREMLIN,
            ("President of Russia", "Dmitry Peskov"),
        ),
        # (c) another party and publisher: a White House press secretary, a present tense
        (
            "White House Press Secretary Anna Reed told reporters that the President remains "
            "committed to diplomacy with Moscow.",
            WHITE_HOUSE,
            ("President of the United States", "Anna Reed"),
        ),
        # (d) another shape: a fronted clause before the spokesperson, a perfect tense
        (
            "Asked about the summit, Kremlin spokesman Dmitry Peskov said that the President "
            "has always considered such a meeting premature.",
            KREMLIN,
            ("President of Russia", "Dmitry Peskov"),
        ),
    ],
)
def test_a_spokesperson_relays_their_sides_person(
    text: str, source: str | None, held: tuple[str, str]
) -> None:
    assert held_via(text, None, source) == [held]


def test_a_person_of_another_side_is_talked_about_not_relayed() -> None:
    # Look-alike: Biden is what the Kremlin's spokesman charges, not whom he speaks for.
    text = (
        "Kremlin spokesman Dmitry Peskov said that Joe Biden remained hostile to any dialogue "
        "with Moscow."
    )
    assert held_via(text) == [("Russia", "Dmitry Peskov")]


def test_a_minister_is_no_spokesperson() -> None:
    # Look-alike: a minister's report of the President stays the minister's own words.
    text = (
        "Russian Foreign Minister Sergei Lavrov said that Vladimir Putin remained open to "
        "dialogue with Western leaders."
    )
    assert held_via(text) == [("Sergei Lavrov", None)]


def test_a_possessive_is_no_subject() -> None:
    # Look-alike: "Vladimir Putin's position" names the position, not its holder speaking.
    text = (
        "Kremlin spokesman Dmitry Peskov said that Vladimir Putin's position remained open to "
        "dialogue with Western leaders."
    )
    assert held_via(text) == [("Russia", "Dmitry Peskov")]
