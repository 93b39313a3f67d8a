"""Forces that move in a non-restrictive relative clause whose pronoun is the verb's subject
("an armored brigade …, which will deploy to Poland", "twelve jets, which will move to
Estonia"): the relative's verb has no subject of its own (Quirk et al. 17.10), so what moves
is its antecedent, read back in the clause before it, as a passive's subject or an arrival's
is. Fact sheets list deployments this way, one noun phrase and its relative a line. The
antecedent is the head phrase, not the last forces noun among its postmodifiers ("an
armored battalion of some 800 troops from the 4th Infantry Division"). The look-alike: an
antecedent that is no forces (a ministry moving offices) moves nothing. Sentences invented
for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_rows


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A White House fact sheet: the list after "They include:", the owner carried.
        (
            "The Pentagon is sending roughly 2,400 more US soldiers to the Baltic states. They"
            " include:\n\n- An armored battalion of some 800 troops from the 4th Infantry"
            " Division, which will deploy to Latvia;\n- Six F-16 fighter jets, which will move"
            " to Lithuania.",
            WHITE_HOUSE,
            [
                ("United States", "deploy", "roughly 2,400 more US soldiers"),
                ("United States", "deploy", "armored battalion"),
                ("United States", "deploy", "Six F-16 fighter jets"),
            ],
        ),
        # A Kremlin report: the home formation's, a past verb.
        (
            "The Defence Minister reported that two tank brigades of the Western Military"
            " District, which relocated to the Bryansk Region last week, are at their training"
            " grounds.",
            KREMLIN,
            [("Russia", "deploy", "brigades of the Western Military District")],
        ),
        # A Kyiv readout: the owner's adjective on the antecedent, the relative in the
        # middle of its sentence.
        (
            "Two Lithuanian air-defence batteries, which will relocate to the Lviv Region next"
            " week, have completed their training.",
            KYIV,
            [("Lithuania", "deploy", "Two Lithuanian air-defence batteries")],
        ),
    ],
)
def test_the_relatives_antecedent_is_what_moves(
    text: str, source: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert movement_rows(text, source) == expected


def test_an_antecedent_that_is_no_forces_moves_nothing() -> None:
    assert (
        movement_rows(
            "The ministry, which will move to a new building in Warsaw next year, gave no figures.",
            WHITE_HOUSE,
        )
        == []
    )
