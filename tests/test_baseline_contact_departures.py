"""Trips told in ways official texts often use:

- Departing for a place (Levin 51.2, as going to it is 51.1): "will depart for Brussels"
  is a visit to the state the place is in; "leave for" is not read (as often an escape
  imagined as a trip).
- A part of a state by its compass point: "travel to southeastern Poland" visits Poland.
- A trip made "to meet the leaders of X and Y" is that meeting's, as "to meet President X"
  is (the purpose names whom the trip is for).
- Things arriving somewhere, an appositive closed by a comma before the verb ("the
  shipments, mostly howitzers, will arrive in Kyiv"), are no one's visit.

In four surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a briefing: "will depart for", a time after the place
        (
            "President Dana Holt will depart for Warsaw on Wednesday.",
            [(["Dana Holt", "Poland"], "visit", "planned")],
        ),
        # (b) "departs for", present for the future
        (
            "Secretary Laura Finch departs for Oslo next week.",
            [(["Laura Finch", "Norway"], "visit", "planned")],
        ),
        # (c) a compass point before the state
        (
            "Next week, President Dana Holt will travel to northeastern Poland.",
            [(["Dana Holt", "Poland"], "visit", "planned")],
        ),
        # (d) a compass point, a visit made
        (
            "President Dana Holt visited western Ukraine on Tuesday.",
            [(["Dana Holt", "Ukraine"], "visit", "held")],
        ),
    ],
)
def test_a_trip_told_by_departing_or_by_a_part_of_a_state(
    text: str, expected: list[tuple[list[str], str, str]]
) -> None:
    assert contacts(text, "Statement", WHITE_HOUSE) == expected


def test_forces_departing_for_a_state_are_no_visit() -> None:
    # Look-alike: a party departs, but as forces, not a person: a movement, no one's visit.
    assert (
        contacts("The Russian Armed Forces will depart for Belarus next week.", "Statement") == []
    )


def test_a_trip_to_meet_the_leaders_of_states_is_that_meeting() -> None:
    assert contacts(
        "Secretary Laura Finch will travel to Oslo and Riga next week to meet the presidents of "
        "Norway and Latvia.",
        "Statement",
        WHITE_HOUSE,
    ) == [(["Laura Finch", "Norway", "Latvia"], "meeting", "planned")]


def test_supplies_arriving_after_an_appositive_are_no_visit() -> None:
    assert (
        contacts(
            "Minister Laura Finch of Norway said that two shipments, mostly howitzers and mortars, "
            "will arrive in Kyiv next month.",
            "Statement",
            KYIV,
        )
        == []
    )


def test_a_person_arriving_with_troops_told_aside_still_visits() -> None:
    # Look-alike: the troops are the person's company, set off by commas; she arrives.
    assert contacts(
        "Chancellor Klara Voss of Germany, with her troops, will arrive in Kyiv on Monday.",
        "Statement",
        KYIV,
    ) == [(["Klara Voss", "Ukraine"], "visit", "planned")]


def test_an_escape_imagined_is_no_visit() -> None:
    # Look-alike: "leave for" is not read as a trip.
    assert (
        contacts(
            "President Dana Holt said the minister would just leave for Oslo and that is it.",
            "Statement",
            WHITE_HOUSE,
        )
        == []
    )
