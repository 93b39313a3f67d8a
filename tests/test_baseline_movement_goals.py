"""A movement named as a goal is no movement told (the guide: a demanded withdrawal is a
position). A withdrawal listed beside a ceasefire is what talks or a demand seek, whichever
side of it the ceasefire stands and whatever opens the list (a colon, "support for", "aimed
at"); a movement verb anywhere in a mandative that-clause ("urged that the Kremlin stop …,
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
            "According to the Foreign Minister, our envoys came to Istanbul with three"
            " conditions: a complete ceasefire, the withdrawal of Russian units and reparations"
            " for the damage.",
            KYIV,
        ),
        # A White House readout: support for efforts aimed at both.
        (
            "The Prime Minister expressed support for every step aimed at a truce and the"
            " withdrawal of Russian soldiers from the occupied districts.",
            WHITE_HOUSE,
        ),
        # A Kyiv address: the ceasefire after the withdrawal.
        (
            "What we seek is simple: the withdrawal of every Russian battalion from Ukrainian"
            " soil and a ceasefire on all sectors.",
            KYIV,
        ),
    ],
)
def test_a_withdrawal_listed_with_a_ceasefire_is_a_goal(text: str, source: str) -> None:
    assert movement_rows(text, source) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A joint statement: the third of four coordinated verbs.
        (
            "The foreign ministers urged that the Kremlin stop its air strikes at once, free the"
            " detained journalists, withdraw its troops from Ukrainian soil and come back to the"
            " table.",
            WHITE_HOUSE,
        ),
        # A Kremlin readout: a proposal to the other side.
        (
            "Moscow proposed that the Ukrainian army cease firing on Lugansk and the nearby"
            " villages at once and withdraw its artillery from the line of contact.",
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
            "After the Easter ceasefire, the withdrawal of Russian brigades from the Chernihiv"
            " region began on Thursday.",
            [("Russia", "withdraw", "Russian brigades")],
        ),
        (
            "Ever since the truce, the withdrawal of Russian battalions from the Sumy region has"
            " gone on steadily.",
            [("Russia", "withdraw", "Russian battalions")],
        ),
    ],
)
def test_a_ceasefire_that_dates_a_withdrawal_leaves_it_told(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert movement_rows(text, KYIV) == expected
