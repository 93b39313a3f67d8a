"""A visit to several states is one trip with every host (the guide: a visit's
participants are the visitor and the host; the labels take one item for the trip, located
at the places listed), in four surroundings; a meeting of three stays one, and a visit to
one state keeps its one place. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

from summarise.schema import DiplomaticContact, Quote


def visits(text: str) -> list[DiplomaticContact[Quote]]:
    return [c for c in extract(text).diplomatic_contacts if c.mode == "visit"]


@pytest.mark.parametrize(
    ("text", "hosts", "places"),
    [
        # plain
        (
            "President Marek Novak of Slovakia will visit Warsaw and Vilnius next week.",
            ["Poland", "Lithuania"],
            "Warsaw and Vilnius",
        ),
        # a fronted clause
        (
            "After the summit, President Marek Novak of Slovakia travelled to Warsaw and Vilnius.",
            ["Poland", "Lithuania"],
            "Warsaw and Vilnius",
        ),
        # the visitor as a pronoun after a first mention
        (
            "President Marek Novak of Slovakia spoke of the crisis. He will travel to Warsaw "
            "and Vilnius on Monday.",
            ["Poland", "Lithuania"],
            "Warsaw and Vilnius",
        ),
        # a list of three, with a postposed source
        (
            "President Marek Novak of Slovakia will visit Poland, Lithuania and Latvia, his "
            "office said.",
            ["Poland", "Lithuania", "Latvia"],
            "Poland, Lithuania and Latvia",
        ),
    ],
)
def test_a_visit_to_several_states_is_one_trip_with_every_host(
    text: str, hosts: list[str], places: str
) -> None:
    (visit,) = visits(text)
    assert [a.name for a in visit.participants] == ["Marek Novak", *hosts]
    assert visit.location == places


def test_a_visit_to_one_state_keeps_its_one_place() -> None:
    (visit,) = visits("President Marek Novak of Slovakia will travel to Warsaw and meet students.")
    assert [a.name for a in visit.participants] == ["Marek Novak", "Poland"]
    assert visit.location == "Warsaw"


def test_a_meeting_of_three_stays_one() -> None:
    (meeting,) = extract(
        "President Marek Novak of Slovakia met Prime Minister Elina Markova of Bulgaria and "
        "President Jan Kral of Czechia in Vienna."
    ).diplomatic_contacts
    assert len(meeting.participants) == 3
