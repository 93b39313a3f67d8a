"""A trip whose place's relative clause tells whom the traveller meets there is made for
that meeting ("will travel to Warsaw, where she will meet with X"): one contact (Quirk et
al. 17.14, "where" standing for the place), the visit the people of the visited state met
there host (contact_trips; the three labelled instances are visits), talks held there
being talks. A second stop named on that trip ("to Warsaw and then to Bucharest, where …")
repeats no contact with the stop's state. In four surroundings, with look-alikes.
Sentences invented for these tests.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a briefing: two stops, a meeting with two leaders there
        (
            "Second, the Vice President will fly to Warsaw and then to Bucharest next week, "
            "where she will meet with President Jan Nowak of Poland and President Ion Popescu "
            "of Romania.",
            "Press Briefing by Press Secretary Anna Reed",
            WHITE_HOUSE,
            [
                (
                    ["Vice President of the United States", "Jan Nowak", "Ion Popescu"],
                    "visit",
                    "planned",
                )
            ],
        ),
        # (b) a news text, one stop
        (
            "Prime Minister Elina Markova of Bulgaria will travel to Vilnius on Monday, where "
            "she will meet with President Jonas Petraitis of Lithuania.",
            None,
            None,
            [(["Elina Markova", "Jonas Petraitis"], "visit", "planned")],
        ),
        # (c) another publisher, a verb of holding talks
        (
            "Volodymyr Zelenskyy will travel to Warsaw on Friday, where he will hold talks "
            "with President Jan Nowak of Poland.",
            "Statement",
            KYIV,
            [(["Volodymyr Zelenskyy", "Jan Nowak"], "talks", "planned")],
        ),
        # (d) the past: a trip made, a meeting held
        (
            "President Marek Novak of Slovakia travelled to Sofia on Monday, where he met "
            "Prime Minister Elina Markova of Bulgaria.",
            None,
            None,
            [(["Marek Novak", "Elina Markova"], "visit", "held")],
        ),
    ],
)
def test_a_trip_made_for_the_meeting_its_place_tells_is_that_meeting(
    text: str,
    title: str | None,
    source: str | None,
    expected: list[tuple[list[str], str, str]],
) -> None:
    assert contacts(text, title, source) == expected


def test_a_place_where_a_gathering_is_held_keeps_the_visit() -> None:
    # Look-alike: the relative clause names no one met, so the trip stays a visit.
    text = (
        "Prime Minister Elina Markova of Bulgaria will travel to Vilnius on Monday, where the "
        "summit will be held."
    )
    assert contacts(text) == [(["Elina Markova", "Lithuania"], "visit", "planned")]


def test_a_second_stop_of_a_visit_is_a_visit() -> None:
    # Look-alike: with the first occasion a visit, its second stop is a visit of its own.
    text = (
        "Prime Minister Elina Markova of Bulgaria will travel to Warsaw on Monday, and then to "
        "Vilnius."
    )
    assert contacts(text) == [
        (["Elina Markova", "Poland"], "visit", "planned"),
        (["Elina Markova", "Lithuania"], "visit", "planned"),
    ]
