"""A visit to several states is one visit to each (the guide: a visit's participants are
the visitor and the host), each at its own place, in four surroundings; a meeting of three
stays one. Sentences invented for these tests."""

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
            ["Warsaw", "Vilnius"],
        ),
        # a fronted clause
        (
            "After the summit, President Marek Novak of Slovakia travelled to Warsaw and Vilnius.",
            ["Poland", "Lithuania"],
            ["Warsaw", "Vilnius"],
        ),
        # the visitor as a pronoun after a first mention
        (
            "President Marek Novak of Slovakia spoke of the crisis. He will travel to Warsaw "
            "and Vilnius on Monday.",
            ["Poland", "Lithuania"],
            ["Warsaw", "Vilnius"],
        ),
        # a list of three, with a postposed source
        (
            "President Marek Novak of Slovakia will visit Poland, Lithuania and Latvia, his "
            "office said.",
            ["Poland", "Lithuania", "Latvia"],
            ["Poland", "Lithuania", "Latvia"],
        ),
    ],
)
def test_a_visit_to_several_states_is_one_to_each(
    text: str, hosts: list[str], places: list[str]
) -> None:
    found = visits(text)
    assert [[a.name for a in v.participants] for v in found] == [
        ["Marek Novak", host] for host in hosts
    ]
    assert [v.location for v in found] == places


def test_a_meeting_of_three_stays_one() -> None:
    (meeting,) = extract(
        "President Marek Novak of Slovakia met Prime Minister Elina Markova of Bulgaria and "
        "President Jan Kral of Czechia in Vienna."
    ).diplomatic_contacts
    assert len(meeting.participants) == 3
