"""An occasion's own infinitive of taking place: "talks to be held in Geneva", and the
future in the past, "the next round of talks was to take place on Tuesday" (be to, Quirk et
al. 4.49, reported): an occasion arranged, planned like its present "is to", not one held;
one that failed to take place is called off. In four surroundings, with look-alikes.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a readout's reported plan, the noun's own predicate
        (
            "Vladimir Putin informed the Chancellor that the third round of Russian-Ukrainian "
            "talks was to take place in Gomel on Monday.",
            KREMLIN,
        ),
        # (b) another publisher, a body's meeting "to be held"
        (
            "Volodymyr Zelenskyy recalled that a meeting of the Ukrainian and Polish foreign "
            "ministers was to be held in Lublin on Friday.",
            KYIV,
        ),
        # (c) a news text, the noun as the subject of "be to be held"
        (
            "Officials said a meeting between Secretary Blinken and Foreign Minister Lavrov "
            "was to be held in Vienna next week.",
            None,
        ),
        # (d) the plan in a second clause
        (
            "The talks ended late, and the next round of Russian-Ukrainian talks was to take "
            "place in Brest on Thursday.",
            WHITE_HOUSE,
        ),
    ],
)
def test_an_occasion_that_was_to_take_place_is_planned(text: str, source: str | None) -> None:
    found = contacts(text, "Readout", source)
    assert found
    assert found[-1][2] == "planned"


def test_was_to_called_off_is_cancelled() -> None:
    # Look-alike: the occasion that was to take place has been called off.
    text = (
        "The meeting that Secretary Blinken and Foreign Minister Lavrov were to hold in Vienna "
        "on Friday has been called off."
    )
    assert [status for _, _, status in contacts(text, "Statement", WHITE_HOUSE)] == ["cancelled"]


def test_a_held_occasion_told_beside_was_stays_held() -> None:
    # Look-alike: "was" with no "to": the meeting was held.
    text = "The meeting between Secretary Blinken and Foreign Minister Lavrov was held in Vienna."
    assert [status for _, _, status in contacts(text, "Statement", WHITE_HOUSE)] == ["held"]


def test_an_occasion_that_failed_to_take_place_is_not_planned() -> None:
    # Look-alike: the infinitive after "failed": the occasion was called off, not planned.
    text = "The Russian-Ukrainian talks failed to take place on Monday."
    assert [status for _, _, status in contacts(text, "Statement", KREMLIN)] == ["cancelled"]
