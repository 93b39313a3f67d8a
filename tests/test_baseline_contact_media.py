"""The medium "on the (tele)phone", as "over the phone" and "by phone" are, and "call
up"/"call on" after any form of "call" ("is to call up", "will call on"), in four
surroundings each; one side on the phone is no contact, a call planned with a person is
one. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract


@pytest.mark.parametrize(
    "text",
    [
        # plain, a coordinated subject
        "Prime Minister Elina Markova of Bulgaria and President Marek Novak of Slovakia talked "
        "on the phone on Sunday.",
        # a fronted clause
        "After the vote, Prime Minister Elina Markova of Bulgaria was on the phone with "
        "President Marek Novak of Slovakia.",
        # a pronoun after a first mention
        "Prime Minister Elina Markova of Bulgaria returned to Sofia. She spoke on the phone "
        "with President Marek Novak of Slovakia.",
        # a postposed source
        "Prime Minister Elina Markova of Bulgaria talked on the telephone with President Marek "
        "Novak of Slovakia, her office said.",
    ],
)
def test_on_the_phone_is_a_phone_call(text: str) -> None:
    (contact,) = extract(text).diplomatic_contacts
    assert [a.name for a in contact.participants] == ["Elina Markova", "Marek Novak"]
    assert (contact.mode, contact.status) == ("phone_call", "held")


def test_one_side_on_the_phone_is_no_contact() -> None:
    text = "Prime Minister Elina Markova of Bulgaria spent the evening on the phone."
    assert extract(text).diplomatic_contacts == []


@pytest.mark.parametrize(
    "text",
    [
        # plain
        "The Ministry of Defence of Slovakia is to call up 5,000 reservists.",
        # a fronted clause
        "After the decree, the Government of Slovakia will call on Bulgaria to close its airspace.",
        # the caller as a spokesman's office, a postposed source
        "The ministry would call upon Hungary to act, the spokesman of the Government of "
        "Slovakia said.",
        # one clause of two
        "Slovakia will call up its reservists, and Bulgaria is to call on its allies.",
    ],
)
def test_calling_up_or_on_in_any_form_is_no_call(text: str) -> None:
    assert extract(text).diplomatic_contacts == []


def test_a_call_planned_with_a_person_stays_a_call() -> None:
    (contact,) = extract(
        "President Marek Novak of Slovakia will call Prime Minister Elina Markova of Bulgaria "
        "on Friday."
    ).diplomatic_contacts
    assert (contact.mode, contact.status) == ("phone_call", "planned")


@pytest.mark.parametrize(
    "text",
    [
        # plain
        "President Marek Novak of Slovakia took part in a virtual summit of NATO.",
        # a fronted clause
        "On Tuesday morning, President Marek Novak of Slovakia joined an extraordinary video "
        "summit of NATO leaders.",
        # the participant as a pronoun after a first mention
        "President Marek Novak of Slovakia returned to Bratislava. He then attended a virtual "
        "summit of NATO.",
        # a postposed source
        "President Marek Novak of Slovakia participated in a virtual summit of NATO, his "
        "office said.",
    ],
)
def test_a_summit_held_by_video_is_a_summit(text: str) -> None:
    (contact,) = extract(text).diplomatic_contacts
    assert contact.mode == "summit"


def test_a_virtual_meeting_stays_a_video_call() -> None:
    (contact,) = extract(
        "President Marek Novak of Slovakia held a virtual meeting with Prime Minister Elina "
        "Markova of Bulgaria."
    ).diplomatic_contacts
    assert contact.mode == "video_call"
