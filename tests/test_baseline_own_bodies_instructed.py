"""A speaker asking a body of their own state by name ("I ask the Foreign Ministry to
draft our reply to Washington") gives an instruction inside their government, as asking a
minister in the room does: no view held towards another party (the guide: an order is an
order). Asked of another side's body or of the other side itself it is a demand."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, extract, positions

_REMARKS = "Remarks by President Reed at a meeting of his national security team"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) plain, in a transcript turn
        (
            "PRESIDENT REED: I ask the Foreign Ministry to draft our reply to the Russian "
            "proposals by Friday.",
            WHITE_HOUSE,
        ),
        # (b) after a fronted clause
        (
            "PRESIDENT REED: Once the talks in Geneva are over, I ask the Government to draft "
            "our answer to the Russian note.",
            WHITE_HOUSE,
        ),
        # (c) the body named another way, in a Kremlin text, the request softened
        (
            "PRESIDENT REED: I would ask the Defence Ministry to report on the NATO exercises "
            "near our borders every day.",
            KREMLIN,
        ),
        # (d) one clause of two: a second body asked in the same sentence
        (
            "PRESIDENT REED: I ask the Cabinet to prepare our reply to Washington, and the "
            "Ministry of Defence to return the units to their bases.",
            KREMLIN,
        ),
    ],
)
def test_asking_ones_own_ministry_is_no_demand(text: str, source: str) -> None:
    assert "demand" not in [s for _, s, _ in positions(extract(text, _REMARKS, source))]


@pytest.mark.parametrize(
    "text",
    [
        "PRESIDENT REED: We ask the Ukrainian Government to return to the talks in Minsk.",
        "PRESIDENT REED: We ask the American side to reply to our proposals by Friday.",
    ],
)
def test_asking_another_sides_body_is_a_demand(text: str) -> None:
    assert [(h, s) for h, s, _ in positions(extract(text, _REMARKS, KREMLIN))] == [
        ("Reed", "demand")
    ]
