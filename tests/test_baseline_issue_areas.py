"""A speaker's remark that names no party is a position when it names an issue of war and
peace: the issues are one class, by PLOVER's issue areas (force used or ended, arms,
coercion, diplomacy, sovereignty, humanitarian need, economy, information), each with its
common words ("an embargo", "a truce", "a new offensive", "energy as a weapon"). A remark on
anything else stays narrative ("we ask for a short break").
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, held_stances

_MEETING = "Meeting with Foreign Minister Sergei Orlov"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # (a) plain: coercion
        ("SERGEI ORLOV: We ask for an embargo, not next year, but today.", "demand"),
        # (b) after a fronted adverbial: force ended
        ("SERGEI ORLOV: Tonight, we ask for a truce.", "demand"),
        # (c) the speaker's view framed, a hostile act named
        ("SERGEI ORLOV: In my view, the risk of a new offensive is low.", "warn"),
        # (d) the second clause of two: the economy's weapon
        ("SERGEI ORLOV: The winter was cold, and energy must not become a weapon.", "demand"),
    ],
)
def test_a_remark_naming_an_issue_of_war_and_peace_is_a_position(text: str, stance: str) -> None:
    assert held_stances(text, _MEETING, KREMLIN) == [("Sergei Orlov", stance)]


def test_a_remark_naming_no_issue_stays_narrative() -> None:
    assert held_stances("SERGEI ORLOV: We ask for a short break.", _MEETING, KREMLIN) == []
