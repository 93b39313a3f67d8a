"""Diplomatic contacts whose parties are the states whose people meet ("a meeting of the
foreign ministers of A and B", "the defence ministers of A and B will meet"), and "meet"
followed by "on" (a time or the margins of a gathering), each in four surroundings: plain,
after a fronted clause, with the people named another way, and as one clause of two or
with a postposed source. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

from summarise.schema import DiplomaticContact, Quote


def contacts(text: str) -> list[DiplomaticContact[Quote]]:
    return extract(text).diplomatic_contacts


def names(contact: DiplomaticContact[Quote]) -> list[str]:
    return [a.name for a in contact.participants]


@pytest.mark.parametrize(
    ("text", "parties", "status"),
    [
        # plain, in the gathering's of-phrase
        (
            "A meeting of the defence ministers of Slovakia, Bulgaria and Croatia took place "
            "in Vienna.",
            ["Slovakia", "Bulgaria", "Croatia"],
            "held",
        ),
        # after a fronted clause, the people as the subject of a reciprocal verb
        (
            "After weeks of tension, the foreign ministers of Slovakia and Bulgaria will meet "
            "in Sofia.",
            ["Slovakia", "Bulgaria"],
            "planned",
        ),
        # the people named another way: advisers to the leaders, delegations from
        (
            "The Chancellor was briefed on the results of the meeting of political advisers to "
            "the leaders of Slovakia, Bulgaria and Croatia in Vienna.",
            ["Slovakia", "Bulgaria", "Croatia"],
            "held",
        ),
        (
            "Delegations from Slovakia and Bulgaria held talks in Vienna on Monday.",
            ["Slovakia", "Bulgaria"],
            "held",
        ),
        (
            "A meeting of the representatives of Slovakia and Bulgaria is scheduled for Friday.",
            ["Slovakia", "Bulgaria"],
            "planned",
        ),
        # one clause of two, and a postposed source
        (
            "The Prime Minister left for Vienna, and the envoys of Slovakia and Bulgaria would "
            "meet there the next day.",
            ["Slovakia", "Bulgaria"],
            "planned",
        ),
        (
            "The defence ministers of Slovakia and Bulgaria met in Sofia on Monday, the "
            "ministry said.",
            ["Slovakia", "Bulgaria"],
            "held",
        ),
    ],
)
def test_the_states_whose_people_meet_are_the_parties(
    text: str, parties: list[str], status: str
) -> None:
    (contact,) = contacts(text)
    assert (names(contact), contact.status) == (parties, status)


def test_people_of_several_states_going_somewhere_make_no_meeting_of_theirs() -> None:
    found = contacts("The foreign ministers of Slovakia and Bulgaria will visit Vilnius.")
    assert [c.mode for c in found] == ["visit"]


def test_people_of_one_state_are_no_parties() -> None:
    assert contacts("A meeting of the defence ministers of Slovakia took place in Vienna.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Elina Markova of Bulgaria and President Marek Novak of Slovakia will "
        "meet on Friday.",
        "After the call, Prime Minister Elina Markova of Bulgaria and President Marek Novak of "
        "Slovakia agreed to meet on the margins of the summit.",
        "Prime Minister Elina Markova of Bulgaria arrived in Vienna. She and President Marek "
        "Novak of Slovakia will meet on the sidelines of the forum, the government said.",
    ],
)
def test_meet_on_a_day_or_the_margins_is_a_meeting(text: str) -> None:
    (contact,) = (c for c in contacts(text) if c.mode == "meeting")
    assert [a.country for a in contact.participants] == ["Bulgaria", "Slovakia"]


def test_meeting_them_halfway_is_no_meeting() -> None:
    assert contacts("President Marek Novak of Slovakia said he would meet them halfway.") == []


@pytest.mark.parametrize(
    "text",
    [
        "President Marek Novak of Slovakia will take part in the summit of the Collective "
        "Security Treaty Organisation in Minsk on Friday.",
        "On Friday, President Marek Novak of Slovakia is to attend a summit of the Collective "
        "Security Treaty Organisation, his office said.",
    ],
)
def test_an_organisation_spelt_the_british_way_is_a_party(text: str) -> None:
    (contact,) = contacts(text)
    assert (names(contact), contact.mode, contact.status) == (
        ["Marek Novak", "CSTO"],
        "summit",
        "planned",
    )
