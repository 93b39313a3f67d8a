"""A claim a party keeps making is its position, even when what it says names a movement.

"Moscow keeps telling everyone that these are drills": the saying told as insisted on or
repeated is quoted to be disputed, so it is the claimant's view, and troops said to be
there for drills deny the threat (`deny`); what else it keeps saying is its claim (`other`).
Each is tested in a leader's remarks, in a state's statement, with the claimant named
another way, and as the second clause of two; the look-alikes are a plain report of the
same movement and a later that-clause that only tells the movement.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, held_stances

_REMARKS = "Remarks by President Biden on the border"


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a leader's remarks
        (
            "THE PRESIDENT: Moscow keeps telling everyone that these are routine drills near"
            " Belgorod.",
            _REMARKS,
            WHITE_HOUSE,
            [("Russian government", "deny")],
        ),
        # (b) a state's statement, the claimant a state, "insists"
        (
            "Belarus insists that all of this is there for the joint exercises at Brest.",
            "Statement by the Ministry of Foreign Affairs of Ukraine",
            KYIV,
            [("Belarus", "deny")],
        ),
        # (c) a repeated claim that names a movement without drills: the claim itself
        (
            "THE PRESIDENT: The Kremlin keeps saying that its battalions are heading back to"
            " their bases.",
            _REMARKS,
            WHITE_HOUSE,
            [("Russian government", "other")],
        ),
        # (d) the second clause of two
        (
            "THE PRESIDENT: We see 100,000 troops, and Moscow keeps telling the world that"
            " these are exercises.",
            _REMARKS,
            WHITE_HOUSE,
            [("Russian government", "deny")],
        ),
    ],
)
def test_a_claim_kept_up_is_the_claimants_position(
    text: str, title: str, source: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text, title, source) == expected


def test_a_plain_report_of_the_movement_stays_the_movements() -> None:
    """Look-alike: said once, not insisted on, the report of a movement holds no view."""
    text = "THE PRESIDENT: Moscow said that its battalions are heading back to their bases."
    assert held_stances(text, _REMARKS, WHITE_HOUSE) == []


def test_a_later_that_clause_telling_the_movement_is_no_second_claim() -> None:
    """Look-alike: "… that these are only exercises and that its units will return to barracks": one
    claim, the return a movement."""
    text = (
        "THE PRESIDENT: Moscow keeps telling everyone that these are only exercises"
        " and that its units will return to barracks after they end."
    )
    assert held_stances(text, _REMARKS, WHITE_HOUSE) == [("Russian government", "deny")]
