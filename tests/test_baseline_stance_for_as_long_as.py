""" "For as long as" is a duration, no condition: "will go on imposing heavy costs on Moscow
for as long as the assault lasts" takes the measure now and says how long it lasts, a
commitment (the guide), not a threat held in reserve. A bare "as long as" may still be a
condition. Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a statement in a document's voice, a measure carried on
        (
            "Alongside its partners, the United States intends to continue to "
            "impose heavy costs on Moscow for as long as the invasion lasts.",
            [("United States", "commit")],
        ),
        # (b) a press secretary quoted, "keep raising the costs"
        (
            'Press Secretary Jen Psaki said: "We shall keep raising the costs on the Kremlin for '
            'as long as the fighting lasts."',
            [("Jen Psaki", "commit")],
        ),
        # (c) a quotation first, another government, "maintain its sanctions"
        (
            '"Britain will maintain its sanctions against Moscow for as long as Russian troops '
            'remain in Ukraine," Foreign Secretary Liz Truss said.',
            [("Liz Truss", "commit")],
        ),
        # (d) a readout, "for as long as necessary" after a new measure
        (
            "Prime Minister Kaja Kallas said that Estonia will impose an embargo on Russian "
            "oil for as long as the war lasts.",
            [("Kaja Kallas", "commit")],
        ),
    ],
)
def test_a_measure_for_as_long_as_is_taken(text: str, expected: list[tuple[str, str]]) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'President Joe Biden said: "Our sanctions will tighten as long as Russia continues '
        'its assault."',
        '"As long as Russia keeps its troops there, we will impose new sanctions every '
        'month," Prime Minister Kaja Kallas said.',
    ],
)
def test_a_bare_as_long_as_is_still_a_condition(text: str) -> None:
    """Look-alikes: "as long as" without "for" makes the measure hang on the act."""
    assert [stance for _, stance in held_stances(text)] == ["threaten"]
