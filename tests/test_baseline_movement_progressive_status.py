"""A movement told by a progressive is going on, whatever else its clause tells as done:
"units that took part in the drills are returning to their bases", "have completed the
exercises and are already returning", "have begun arriving", "keeps bringing new
battalions", "are being moved". A modal's "will be returning" is planned and a simple past
"returned" is completed. A past progressive or a past "kept/began/started …ing" with a time
a month or more back ("last year", "throughout 2021", "in December", "three months ago")
tells a stretch that time closed: completed; without one, or with a recent time ("last
week"), or in the present perfect ("has kept moving"), it is going on. Sentences invented
for these tests."""

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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a fronted past time, the Kremlin's voice
        ("Last year, NATO kept sending warships to the Black Sea.", KREMLIN),
        # a year's span after the verb, news with the speaker after
        (
            "Russia kept moving tanks toward the Ukrainian border throughout 2021, the "
            "Pentagon said.",
            None,
        ),
        # in a relative clause, Kyiv's voice
        (
            "The tanks that Russia kept moving to our border last year were pulled back in "
            "December.",
            KYIV,
        ),
        # a past progressive under a named month
        ("In December, Russian battalions were arriving in Belarus by rail.", WHITE_HOUSE),
        # a past perfect progressive, reported
        (
            "Sergei Petrov said that Polish units had been moving to the border for several "
            "months last year.",
            KREMLIN,
        ),
        # a verb of beginning, counted back from now
        ("Three months ago, Russia started sending armored vehicles to Crimea.", WHITE_HOUSE),
    ],
)
def test_a_past_stretch_closed_by_a_past_time_is_completed(text: str, source: str | None) -> None:
    assert statuses(text, source, "deploy") == ["completed"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the present perfect reaches now
        ("Russia has kept moving tanks toward the border since December.", WHITE_HOUSE),
        # the present, a past time in another clause
        ("NATO keeps sending warships to the Black Sea, as it did last year.", KREMLIN),
        # a recent time: what went on then may go on still
        ("Russian battalions were arriving in Belarus by rail last week.", WHITE_HOUSE),
        ("Russian battalions were arriving in Belarus by rail.", KYIV),
    ],
)
def test_a_stretch_reaching_now_is_going_on(text: str, source: str | None) -> None:
    assert statuses(text, source, "deploy") == ["ongoing"]
