"""A time adjunct after the place struck says when the attack was, not what it hit: the
target ends before it ("rockets fell on Lutsk at dawn" → "Lutsk"), whatever the time's
form (a part of the day, a date, "in the morning"). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, movements


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Belarusian rockets fell on Kovel at dawn, the governor said.", KYIV, "Kovel"),
        (
            "Russian artillery shelled the outskirts of Sumy in the morning, officials said.",
            WHITE_HOUSE,
            "the outskirts of Sumy",
        ),
        ("Russian artillery shelled the port of Odesa at night.", None, "the port of Odesa"),
        (
            "Russian artillery shelled the port of Odesa on 3 March, officials said.",
            KYIV,
            "the port of Odesa",
        ),
    ],
)
def test_the_target_ends_before_a_time(text: str, source: str | None, target: str) -> None:
    assert [m.destination for m in movements(text, source)] == [target]


def test_a_place_named_after_at_stays_in_the_target() -> None:
    # "at" before a place, not a time: the whole phrase is struck.
    found = movements("Russian artillery shelled the depot at Kaniv.", KYIV)
    assert [m.destination for m in found] == ["the depot at Kaniv"]
