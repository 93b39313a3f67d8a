"""A proposal or hope that one's own side, or a body of both sides, meet is a meeting
proposed or planned, which the contact item holds (the guide: a plan or offer to meet is a
contact's status), not a view held towards another party. Asking others to meet, or
proposing anything but a meeting, stays a position."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, extract, positions

_TALKS = "Remarks by President Reed and President Aliyev of Azerbaijan"


def _stances(text: str) -> list[str]:
    return [s for _, s, _ in positions(extract(text, _TALKS, KREMLIN))]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "PRESIDENT REED: I propose that our foreign ministers meet in Vienna in May.",
        # (b) after a fronted phrase
        "PRESIDENT REED: To prepare the summit, I propose that the joint commission meet in "
        "Baku in March.",
        # (c) the meeting body named as both sides', a hope rather than a proposal
        "PRESIDENT REED: I hope the joint commission will also meet before the "
        "summer to discuss the sanctions on Russia.",
        # (d) the second clause of two
        "PRESIDENT REED: The talks went well, and I propose that we hold the next meeting in "
        "Tashkent.",
    ],
)
def test_a_meeting_of_ones_own_side_proposed_is_no_position(text: str) -> None:
    assert [s for s in _stances(text) if s in ("demand", "support")] == []


@pytest.mark.parametrize(
    "text",
    [
        "PRESIDENT REED: We propose that the parties meet in Geneva to agree a ceasefire.",
        "PRESIDENT REED: I propose that our governments lift the sanctions on Belarus.",
    ],
)
def test_asking_others_to_meet_or_proposing_anything_else_is_a_demand(text: str) -> None:
    assert "demand" in _stances(text)
