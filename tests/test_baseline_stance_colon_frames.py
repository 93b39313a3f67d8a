"""A frame that a colon closes announces what follows as what its subject says: a condition
after it with no stance word reads as it would alone, a step withheld a threat ("The
minister was plain beside his guest: if Russia attacks, the pipeline will not open"; "Our
view is the same: if the troops cross, the summit is off"), as "… said that if Russia
attacks, …" already does.
Not a frame that points to what another party said ("I would point you to what the
Secretary said yesterday: if …"), whose words they are. Four surroundings, with look-alikes.
Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a readout, a named leader, "has been clear", a summit withheld
        (
            "Chancellor Maria Lindqvist has been clear: if Russia attacks Ukraine, there will be "
            "no summit with Moscow this year.",
            [("Maria Lindqvist", "threaten")],
        ),
        # (b) a quotation, a state's position, a pipeline withheld
        (
            'Foreign Minister Dmytro Kuleba said: "Our position is simple: if Russian troops '
            'cross the border, the pipeline will not go ahead."',
            [("Dmytro Kuleba", "threaten")],
        ),
        # (c) a ministry as subject, "repeated its message", an inverted condition after it
        (
            "The Polish Foreign Ministry repeated its message: should Russia invade, the talks "
            "on the gas contract will not proceed.",
            [("Polish government", "threaten")],
        ),
        # (d) a president's own statement, the frame in the first person
        (
            'President Joe Biden said: "Let me say it once more: if Russia moves on Kyiv, '
            'we will respond."',
            [("Joe Biden", "threaten")],
        ),
    ],
)
def test_a_condition_after_a_frame_and_a_colon_is_read(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The frame points to what another said: that one's words, not the speaker's threat.
        'Press Secretary Jen Psaki said: "I would point you to what the Secretary of State '
        'said yesterday: if Russia invades, the pipeline will not move forward."',
        # A question after the colon states no step withheld.
        'Press Secretary Jen Psaki said: "The question is simple: if Russia invades, will '
        'the pipeline move forward?"',
    ],
)
def test_a_frame_that_relays_or_asks_threatens_nothing(text: str) -> None:
    """Look-alikes: a frame pointing to another's words, a question after the colon."""
    assert ("Jen Psaki", "threaten") not in held_stances(text)
