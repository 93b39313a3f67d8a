"""Diplomatic contacts by the shape of the rest of the sentence: what may stand between a
trigger and its parties, parties named by coordinated adjectives or by a format, an
occasion named as another's, and the look-alikes of the trip and of "meet". Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract

from summarise.schema import DiplomaticContact, Quote


def contacts(
    text: str, title: str | None = None, source: str | None = None
) -> list[DiplomaticContact[Quote]]:
    return extract(text, title, source).diplomatic_contacts


def names(contact: DiplomaticContact[Quote]) -> list[str]:
    return [a.name for a in contact.participants]


@pytest.mark.parametrize(
    ("text", "mode", "parties"),
    [
        (
            "President Marek Novak of Slovakia talked by phone this afternoon with Prime "
            "Minister Elina Markova of Bulgaria about gas transit.",
            "phone_call",
            ["Marek Novak", "Elina Markova"],
        ),
        (
            "Prime Minister Elina Markova of Bulgaria convened a call this morning with "
            "President Marek Novak of Slovakia and Chancellor Klara Voss of Germany.",
            "phone_call",
            ["Elina Markova", "Marek Novak", "Klara Voss"],
        ),
        (
            "President Marek Novak of Slovakia met last night with Prime Minister Elina Markova "
            "of Bulgaria.",
            "meeting",
            ["Marek Novak", "Elina Markova"],
        ),
    ],
)
def test_a_time_adjunct_between_the_trigger_and_with_keeps_the_parties_after_it(
    text: str, mode: str, parties: list[str]
) -> None:
    (contact,) = contacts(text)
    assert (contact.mode, contact.status, names(contact)) == (mode, "held", parties)


def test_consult_takes_its_parties_as_object() -> None:
    (contact,) = contacts(
        "Foreign Minister Jana Horvat of Croatia consulted her colleagues from Slovenia and "
        "Hungary on Friday about the border."
    )
    assert (contact.mode, contact.status) == ("other", "held")
    assert names(contact) == ["Jana Horvat", "Slovenia", "Hungary"]


def test_consulting_ones_own_advisers_is_no_contact() -> None:
    assert (
        contacts(
            "After consulting his military advisers, President Marek Novak of Slovakia signed "
            "the order."
        )
        == []
    )


def test_coordinated_adjectives_before_one_people_noun_are_one_side_each() -> None:
    (talks,) = contacts(
        "Negotiations between the Bulgarian and Romanian delegations opened in Ruse on Monday."
    )
    assert (talks.mode, names(talks)) == ("talks", ["Bulgaria", "Romania"])


def test_a_contact_noun_with_its_own_future_predicate_past_an_of_phrase_is_planned() -> None:
    held, planned = contacts(
        "Negotiations between the Bulgarian and Romanian delegations opened on Monday. "
        "Consultations of the two delegations will resume on Friday."
    )
    assert (held.status, planned.status) == ("held", "planned")
    assert names(planned) == ["Bulgaria", "Romania"]
    assert planned.when == "on Friday"


def test_a_group_of_states_named_by_its_format_before_countries_is_one_party() -> None:
    (summit,) = contacts(
        "Prime Minister Elina Markova of Bulgaria joined the online summit of the leaders of the "
        "Adriatic Charter countries on Tuesday."
    )
    assert (summit.mode, names(summit)) == ("summit", ["Elina Markova", "Adriatic Charter"])


def test_the_occasions_of_the_one_spoken_to_are_his_with_each_party_after() -> None:
    found = contacts(
        "PRIME MINISTER RUDZIS: Madam Vice President, I know of your recent meetings with the "
        "Polish and Latvian leaders.\n\n"
        "VICE PRESIDENT HART: Thank you, Mr. Prime Minister.\n\n",
        "Remarks by Vice President Lena Hart and Prime Minister Tomas Rudzis of Lithuania",
        WHITE_HOUSE,
    )
    meetings = [names(c) for c in found if c.mode == "meeting" and len(c.evidence) == 1]
    assert ["Lena Hart", "Poland"] in meetings
    assert ["Lena Hart", "Latvia"] in meetings


def test_a_trip_made_for_a_meeting_is_the_meetings_not_a_visit() -> None:
    found = contacts(
        "Foreign Minister Jana Horvat of Croatia will travel to Vienna next week for a meeting "
        "of the OSCE Permanent Council."
    )
    assert [c.mode for c in found if c.mode == "visit"] == []


def test_a_trip_with_a_meeting_in_another_clause_is_still_a_visit() -> None:
    (visit,) = contacts(
        "Foreign Minister Jana Horvat of Croatia will travel to Vienna next week, and a meeting "
        "of the Council is planned for May."
    )
    assert (visit.mode, visit.status) == ("visit", "planned")


@pytest.mark.parametrize(
    "sentence",
    [
        "She assured him that Bulgaria would continue to meet its gas transit obligations.",
        "He promised that Slovakia would meet the needs of the refugees.",
        "She said Bulgaria will meet its targets for defence spending.",
    ],
)
def test_meet_as_fulfil_is_no_meeting(sentence: str) -> None:
    (call,) = contacts(
        "Prime Minister Elina Markova of Bulgaria spoke by phone with President Marek Novak of "
        f"Slovakia. {sentence}"
    )
    assert call.mode == "phone_call"


def test_a_running_negotiation_held_often_is_one_held_talks_item() -> None:
    (talks,) = contacts(
        "The talks between Poland and Lithuania, now held on a daily basis, continue in Vilnius."
    )
    assert (talks.mode, talks.status, names(talks)) == ("talks", "held", ["Poland", "Lithuania"])


@pytest.mark.parametrize(
    "text",
    [
        "Poland speaks with Lithuania regularly.",
        "Prime Minister Elina Markova of Bulgaria has met President Marek Novak of Slovakia many "
        "times.",
    ],
)
def test_contacts_of_habit_name_no_occasion(text: str) -> None:
    assert contacts(text) == []


def test_an_untitled_name_coordinated_with_a_titled_person_is_a_person() -> None:
    (meeting,) = contacts(
        "Anton Varga and President of Slovakia Marek Novak will hold a meeting in Vienna on Friday."
    )
    assert (meeting.mode, meeting.status, names(meeting)) == (
        "meeting",
        "planned",
        ["Anton Varga", "Marek Novak"],
    )


def test_an_untitled_name_coordinated_after_a_known_person_is_a_person() -> None:
    _, talks = contacts(
        "Prime Minister Elina Markova of Bulgaria spoke by phone with President Marek Novak of "
        "Slovakia. She told him about the talks between Elina Markova and Ivan Petrov in Sofia "
        "on Monday."
    )
    assert (talks.mode, names(talks)) == ("talks", ["Elina Markova", "Ivan Petrov"])


def test_videoconference_after_via_is_the_medium() -> None:
    (call,) = contacts(
        "Prime Minister Elina Markova of Bulgaria talked with President Marek Novak of Slovakia "
        "via videoconference."
    )
    assert call.mode == "video_call"


def test_the_agent_of_a_passive_is_the_side_of_the_contact_after_it() -> None:
    (talks,) = contacts(
        "This was said by Prime Minister Elina Markova of Bulgaria at a press briefing after "
        "the talks with President Marek Novak of Slovakia in Sofia."
    )
    assert (talks.mode, talks.status, names(talks)) == (
        "talks",
        "held",
        ["Elina Markova", "Marek Novak"],
    )


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Poland and Lithuania opened the Baltic Security Dialogue in Vilnius on Monday.",
            ["Poland", "Lithuania"],
        ),
        (
            "Bulgaria held the first round of the Strategic Dialogue with Romania in Sofia.",
            ["Bulgaria", "Romania"],
        ),
    ],
)
def test_a_dialogue_named_as_a_format_is_talks(text: str, parties: list[str]) -> None:
    (talks,) = contacts(text)
    assert (talks.mode, names(talks)) == ("talks", parties)


def test_dialogue_as_a_common_noun_is_no_contact() -> None:
    assert contacts("Poland supports dialogue with Lithuania.") == []


@pytest.mark.parametrize(
    ("text", "mode", "parties"),
    [
        (
            "President Marek Novak of Slovakia met on Tuesday with Prime Minister Elina Markova "
            "of Bulgaria.",
            "meeting",
            ["Marek Novak", "Elina Markova"],
        ),
        (
            "After the summit, Prime Minister Elina Markova of Bulgaria spoke by phone on 14 "
            "February with President Marek Novak of Slovakia.",
            "phone_call",
            ["Elina Markova", "Marek Novak"],
        ),
        (
            "Prime Minister Elina Markova of Bulgaria arrived in Bratislava. Markova held talks "
            "last week with President Marek Novak of Slovakia.",
            "talks",
            ["Elina Markova", "Marek Novak"],
        ),
        (
            "The border stayed closed, and President Marek Novak of Slovakia met on Monday "
            "with Prime Minister Elina Markova of Bulgaria.",
            "meeting",
            ["Marek Novak", "Elina Markova"],
        ),
    ],
)
def test_a_dated_time_between_the_trigger_and_with_keeps_the_parties_after_it(
    text: str, mode: str, parties: list[str]
) -> None:
    (contact,) = [c for c in contacts(text) if c.mode == mode]
    assert (contact.status, names(contact)) == ("held", parties)


def test_a_time_before_a_topic_names_no_party() -> None:
    assert not contacts(
        "President Marek Novak of Slovakia spoke on Tuesday about relations with Bulgaria."
    )
