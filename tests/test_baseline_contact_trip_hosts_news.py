"""The hosts a trip's "where" clause names in a news text, and the tense of that clause.

A news text gives a person no country of their own ("President Andrzej Duda" is his own
side there), so whether the people met host the visit is asked of the state the shared
vocabulary lists them with, as the period's reader knows them; the items keep the text's
own fields. A traveller of the visited state makes no visit there. A "where" clause in the
past after a trip still to come tells another occasion at the place, not the trip's
purpose. Sentences invented for these tests.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    "text",
    [
        # a news text, the traveller's titled name
        "Secretary Anna Reed will travel to Warsaw on Monday, where she will meet with "
        "President Andrzej Duda.",
        # a fronted source
        "According to the State Department, Secretary Anna Reed will travel to Warsaw on "
        "Monday, where she will meet with President Andrzej Duda.",
        # a pronoun subject, its antecedent in the sentence before
        "Secretary Anna Reed is expected in Europe this week. She will travel to Warsaw on "
        "Monday, where she will meet with President Andrzej Duda.",
    ],
)
def test_a_listed_host_met_where_a_news_trip_goes_hosts_its_visit(text: str) -> None:
    assert contacts(text) == [(["Anna Reed", "Andrzej Duda"], "visit", "planned")]


def test_a_host_met_on_a_trip_made_hosts_its_visit_in_a_news_text() -> None:
    # another tense, another listed host
    text = (
        "Chancellor Ute Brenner of Germany flew to Warsaw on Tuesday, where she met Prime "
        "Minister Mateusz Morawiecki."
    )
    assert contacts(text) == [(["Ute Brenner", "Mateusz Morawiecki"], "visit", "held")]


def test_a_trip_to_come_with_its_meeting_as_infinitive_is_one_visit() -> None:
    # "where she is to meet": the clause's own "to" is no purpose of the trip's apart
    text = (
        "Next week Secretary Anna Reed is to fly to Warsaw, where she is to meet Prime "
        "Minister Mateusz Morawiecki."
    )
    assert contacts(text) == [(["Anna Reed", "Mateusz Morawiecki"], "visit", "planned")]


def test_a_listed_person_met_away_from_their_state_holds_a_meeting() -> None:
    # Look-alike: Brussels is no state of the host's, so no visit is hosted there.
    text = (
        "Chancellor Ute Brenner of Germany will fly to Brussels on Monday, where she will meet "
        "with President Andrzej Duda."
    )
    assert contacts(text) == [(["Ute Brenner", "Andrzej Duda"], "meeting", "planned")]


@pytest.mark.parametrize("source", [None, KYIV])
def test_a_traveller_going_home_meets_no_host(source: str | None) -> None:
    # Look-alike: the traveller is of the visited state; a readout of that state made the
    # meeting a visit before.
    text = (
        "Prime Minister Denys Shmyhal flew back to Kyiv on Friday, where he met President "
        "Volodymyr Zelensky."
    )
    found = contacts(text, "Readout", source)
    assert all(mode != "visit" for _, mode, _ in found)
    if source is None:
        assert found == [(["Denys Shmyhal", "Volodymyr Zelensky"], "meeting", "held")]


@pytest.mark.parametrize(
    ("text", "source", "traveller", "visited", "host", "mode"),
    [
        (
            "Secretary Anna Reed will travel to Kyiv next week, where she met with President "
            "Volodymyr Zelensky in 2021.",
            None,
            "Anna Reed",
            "Ukraine",
            "Volodymyr Zelensky",
            "meeting",
        ),
        (
            "Secretary Anna Reed will fly to Warsaw next week, where she met with President "
            "Andrzej Duda in 2021.",
            WHITE_HOUSE,
            "Anna Reed",
            "Poland",
            "Andrzej Duda",
            "meeting",
        ),
        (
            "Secretary Anna Reed will head to Vilnius on Thursday, where she held talks with "
            "President Gitanas Nauseda two years ago.",
            None,
            "Anna Reed",
            "Lithuania",
            "Gitanas Nauseda",
            "talks",
        ),
    ],
)
def test_a_past_where_clause_after_a_trip_to_come_is_another_occasion(
    text: str, source: str | None, traveller: str, visited: str, host: str, mode: str
) -> None:
    # The trip stays a planned visit to the state; the past occasion there was held.
    assert contacts(text, None, source) == [
        ([traveller, visited], "visit", "planned"),
        ([traveller, host], mode, "held"),
    ]
