"""A host's offer to receive a guest: a name after any form of a verb taking a person
("ready to receive X in Moscow") is a person, and "ready to" with any verb of meeting,
hosting or going makes the contact proposed; in four surroundings, and a thing received is
no guest. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract


@pytest.mark.parametrize(
    "text",
    [
        # plain
        "President Marek Novak of Slovakia is ready to receive Elina Markova in Bratislava.",
        # a fronted clause, the offer reported
        "After the elections, President Marek Novak of Slovakia said he was ready to host "
        "Elina Markova in Bratislava at any time.",
        # the host as a pronoun after a first mention
        "President Marek Novak of Slovakia spoke of the crisis. He is ready to welcome Elina "
        "Markova in Bratislava.",
        # a postposed source, and the noun of readiness
        "President Marek Novak of Slovakia is ready to receive Elina Markova in Bratislava, "
        "his spokesman said.",
        "President Marek Novak of Slovakia confirmed his readiness to receive Elina Markova in "
        "Bratislava.",
    ],
)
def test_ready_to_receive_a_guest_is_a_proposed_meeting(text: str) -> None:
    (contact,) = extract(text).diplomatic_contacts
    assert [a.name for a in contact.participants] == ["Marek Novak", "Elina Markova"]
    assert (contact.mode, contact.status) == ("meeting", "proposed")


def test_a_thing_received_is_no_guest() -> None:
    text = "President Marek Novak of Slovakia is ready to receive the letter in Bratislava."
    assert extract(text).diplomatic_contacts == []
