"""A meeting at a trip's destination ("I'll travel on to Sofia, where I'm to see President
X") is the trip's visit with the people met its hosts: one visit, not a visit to their state
beside a meeting (the guide's visit: the visitor and the host). Told by the traveller, by a
spokesperson and in a readout; beside look-alikes with no trip before the "where" or no
host of the visited state met there.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        # the traveller's own words: a visit to the state and a meeting become one visit
        (
            "We have done good work here. Tomorrow I will fly to Bucharest, where I will "
            "meet with President Klaus Iohannis and see our troops who serve there.",
            "Remarks by President Dana Holt",
            [(["Dana Holt", "Klaus Iohannis"], "visit", "planned")],
        ),
        # the contracted will in the "where" clause
        (
            "Our work in Brussels is done. Tomorrow I'll fly to Warsaw, where I'll meet with "
            "President Andrzej Duda.",
            "Remarks by President Dana Holt",
            [(["Dana Holt", "Andrzej Duda"], "visit", "planned")],
        ),
        # a spokesperson's announcement, two places and two hosts: no visit apart to the
        # second place, whose host the meeting names
        (
            "The Vice President is to travel to Warsaw and then to Bucharest on Friday, where "
            "she will meet with President Andrzej Duda and President Klaus Iohannis.",
            "Press Briefing by Press Secretary Ann Reed",
            [
                (
                    ["Vice President of the United States", "Andrzej Duda", "Klaus Iohannis"],
                    "visit",
                    "planned",
                )
            ],
        ),
        # a readout in the past
        (
            "Foreign Minister Anna Berg of Finland travelled to Warsaw on Monday, where she "
            "met with President Andrzej Duda.",
            "Readout",
            [(["Anna Berg", "Andrzej Duda"], "visit", "held")],
        ),
    ],
)
def test_the_people_met_at_a_trips_destination_host_its_visit(
    text: str, title: str, expected: list[tuple[list[str], str, str]]
) -> None:
    assert contacts(text, title, WHITE_HOUSE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no trip before "where": the meeting is a meeting
        (
            "Foreign Minister Anna Berg of Finland attended the conference in Warsaw, where "
            "she met with President Andrzej Duda.",
            [(["Anna Berg", "Andrzej Duda"], "meeting", "held")],
        ),
        (
            "Foreign Minister Anna Berg of Finland spoke at a forum in Riga, where she met "
            "with President Egils Levits.",
            [(["Anna Berg", "Egils Levits"], "meeting", "held")],
        ),
        # a trip, but the one met there is of no state it goes to: a meeting there
        (
            "Foreign Minister Jan Nowak of Poland travelled to Riga on Monday, where he met "
            "with Foreign Minister Anna Berg of Finland.",
            [(["Jan Nowak", "Anna Berg"], "meeting", "held")],
        ),
    ],
)
def test_a_meeting_where_no_trip_goes_or_with_no_host_stays_a_meeting(
    text: str, expected: list[tuple[list[str], str, str]]
) -> None:
    assert contacts(text, "Readout", KYIV) == expected
