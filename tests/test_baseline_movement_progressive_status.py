"""A movement told by a progressive is going on, whatever else its clause tells as done:
"units that took part in the drills are returning to their bases", "have completed the
exercises and are already returning", "have begun arriving", "keeps bringing new
battalions", "are being moved". A modal's "will be returning" is planned and a simple past
"returned" is completed. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


def statuses(text: str, source: str | None, activity: str) -> list[str]:
    return [m.status for m in movements(text, source) if m.activity == activity]


@pytest.mark.parametrize(
    ("text", "source", "activity", "status"),
    [
        (
            "The Russian battalions that joined in the drills are returning to their "
            "bases by train.",
            KYIV,
            "withdraw",
            "ongoing",
        ),
        (
            "Russian units have completed the exercises and are now heading back to their "
            "home bases.",
            WHITE_HOUSE,
            "withdraw",
            "ongoing",
        ),
        (
            "Sergei Petrov said that the Belarusian units had completed their drills and "
            "were returning to their bases.",
            KREMLIN,
            "withdraw",
            "ongoing",
        ),
        (
            "The minister said that the first elements of a Canadian battalion had begun "
            "arriving in Latvia.",
            None,
            "deploy",
            "ongoing",
        ),
        ("NATO keeps bringing new battalions into Poland.", KREMLIN, "deploy", "ongoing"),
        (
            "Russian units will be returning to their bases next week.",
            WHITE_HOUSE,
            "withdraw",
            "planned",
        ),
        ("Russian units returned to their bases on Friday.", WHITE_HOUSE, "withdraw", "completed"),
    ],
)
def test_a_progressive_movement_is_going_on(
    text: str, source: str | None, activity: str, status: str
) -> None:
    assert statuses(text, source, activity) == [status]
