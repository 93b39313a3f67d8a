"""The medium "on the (tele)phone", as "over the phone" and "by phone" are, in four
surroundings; one side on the phone is no contact. Sentences invented for these tests."""

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
