"""Positions named by a noun phrase whose owner is another party ("the position of the
Alliance in support of …", "Poland's call for …"): the owner holds a position of its own,
besides the speaker's stance on it. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract, positions

# A speaker of a known state: whose side a named position is can be told.
TENNER = "Lithuanian Foreign Minister Mark Tenner"


@pytest.mark.parametrize(
    ("sentence", "owner", "stance", "topic"),
    [
        # The stance is in what the position is about.
        (
            f"{TENNER} thanked Germany for the firm position of the European Union in "
            "support of Moldova's independence.",
            "EU",
            "support",
            "Moldova's independence",
        ),
        (
            f"{TENNER} welcomed the statement of France on the need to resume the talks in Geneva.",
            "France",
            "demand",
            "resume the talks in Geneva",
        ),
        # The head noun names the stance itself.
        (
            f"{TENNER} noted Poland's call for an immediate ceasefire in the east.",
            "Poland",
            "demand",
            "immediate ceasefire in the east",
        ),
        (
            f"{TENNER} praised the commitment of Canada to the defence of the Baltic states.",
            "Canada",
            "commit",
            "defence of the Baltic states",
        ),
    ],
)
def test_a_position_named_as_another_partys_is_that_partys_too(
    sentence: str, owner: str, stance: str, topic: str
) -> None:
    found = positions(extract(sentence))
    assert (owner, stance, topic) in found
    assert any(holder == "Mark Tenner" for holder, _, _ in found)


def test_the_speakers_own_sides_position_is_not_a_second_item() -> None:
    """Zelenskyy noting Ukraine's readiness states his own position, read once."""
    text = (
        "President of Ukraine Volodymyr Zelenskyy held a call with Chancellor Olaf Scholz. "
        "Volodymyr Zelenskyy noted Ukraine's readiness to hold new talks on the ceasefire."
    )
    found = positions(extract(text, source=KYIV))
    assert "Ukraine" not in [holder for holder, _, _ in found]


def test_a_position_about_nothing_named_makes_no_item() -> None:
    """A position with no stated issue ("the position of France") names no position."""
    found = positions(extract(f"{TENNER} criticised the position of France."))
    assert "France" not in [holder for holder, _, _ in found]


def test_a_question_about_a_partys_position_is_nobodys_position() -> None:
    found = positions(extract(f"Did {TENNER} welcome Poland's call for a ceasefire?"))
    assert "Poland" not in [holder for holder, _, _ in found]


@pytest.mark.parametrize(
    "sentence",
    [
        f"{TENNER} said Russia's demands for new guarantees are unacceptable.",
        f"{TENNER} rejected the proposal of Russia on a new buffer zone.",
    ],
)
def test_a_position_the_speaker_disputes_is_not_reported_as_held(sentence: str) -> None:
    """Disputing a demand is the speaker's stance; whether it stands is the dispute."""
    found = positions(extract(sentence))
    assert "Russia" not in [holder for holder, _, _ in found]


def test_a_speaker_of_no_known_state_reports_no_other_sides_position() -> None:
    """Whether "France's readiness" is another side's cannot be told of a speaker whose
    state the text does not give."""
    found = positions(extract("Mark Tenner noted France's readiness to resume the talks."))
    assert "France" not in [holder for holder, _, _ in found]
