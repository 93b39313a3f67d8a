"""A movement named as a goal is no movement told (the guide: a demanded withdrawal is a
position). A withdrawal listed beside a ceasefire is what talks or a demand seek, whichever
side of it the ceasefire stands and whatever opens the list (a colon, "support for", "aimed
at"); a movement verb anywhere in a mandative that-clause ("demanded that Moscow halt …,
withdraw …") is wanted, however many coordinated verbs come before it (Quirk et al. 16.32).
Look-alikes: a ceasefire in a time adjunct dates a withdrawal that happened ("After the
ceasefire, the withdrawal … began"), and a that-clause of saying tells its movement.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_rows


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A Kyiv readout: a list of demands after a colon, the ceasefire first.
        (
            "The Foreign Minister said the delegation went to the talks with three demands: an"
            " immediate ceasefire, the withdrawal of Russian forces and guarantees of security.",
            KYIV,
        ),
        # A White House readout: support for efforts aimed at both.
        (
            "The Chancellor voiced support for every effort aimed at a truce and the withdrawal"
            " of Russian troops from Ukraine.",
            WHITE_HOUSE,
        ),
        # A Kyiv address: the ceasefire after the withdrawal.
        (
            "Our position has not changed: the withdrawal of all Russian troops from our land"
            " and a ceasefire along the whole front.",
            KYIV,
        ),
    ],
)
def test_a_withdrawal_listed_with_a_ceasefire_is_a_goal(text: str, source: str) -> None:
    assert movement_rows(text, source) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A joint statement: the third of three coordinated verbs.
        (
            "The ministers demanded that Moscow immediately halt all of its military operations"
            " in Ukraine, withdraw all of its troops from Ukrainian territory and return to"
            " talks.",
            WHITE_HOUSE,
        ),
        # A Kremlin readout: a proposal to the other side.
        (
            "The Russian side proposed that the Ukrainian armed forces stop the shelling of"
            " Donetsk, Gorlovka and the other towns of Donbass without delay and pull their"
            " units back from the line of contact.",
            KREMLIN,
        ),
    ],
)
def test_a_movement_in_a_mandative_clause_is_wanted(text: str, source: str) -> None:
    assert movement_rows(text, source) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the ceasefire, the withdrawal of Russian troops from the Kyiv region began"
            " on Tuesday.",
            [("Russia", "withdraw", "Russian troops")],
        ),
        (
            "Since the truce, the withdrawal of Russian units from the Kyiv region has continued.",
            [("Russia", "withdraw", "Russian units")],
        ),
    ],
)
def test_a_ceasefire_that_dates_a_withdrawal_leaves_it_told(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert movement_rows(text, KYIV) == expected
