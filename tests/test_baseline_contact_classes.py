"""Diplomatic contacts by class: each mode and status across its verbs and nouns, in the
constructions official English reports them in (active, passive, nominal, subjectless), and
the look-alikes that are no contact. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

from summarise.schema import DiplomaticContact, Quote


def contacts(text: str) -> list[DiplomaticContact[Quote]]:
    return extract(text).diplomatic_contacts


def one(text: str) -> tuple[str, str, list[str]]:
    (contact,) = contacts(text)
    return contact.mode, contact.status, [a.name for a in contact.participants]


@pytest.mark.parametrize(
    "text",
    [
        "Bulgaria has called for talks with Slovakia on the border.",
        "Prime Minister Elina Markova of Bulgaria requested a phone call with President Marek "
        "Novak of Slovakia.",
        "Slovakia urged direct negotiations with Bulgaria.",
        "Bulgaria is pressing for a meeting with Slovakia.",
    ],
)
def test_a_verb_of_requesting_governing_a_contact_makes_it_proposed(text: str) -> None:
    assert one(text)[1] == "proposed"


def test_a_request_said_in_a_contact_held_leaves_it_held() -> None:
    assert (
        one(
            "Prime Minister Elina Markova of Bulgaria spoke by phone with President Marek Novak of "
            "Slovakia and urged restraint."
        )[1]
        == "held"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Bulgaria suspended its talks with Slovakia on Monday.",
        "Slovakia broke off negotiations with Bulgaria.",
        "Prime Minister Elina Markova of Bulgaria postponed her visit to Slovakia.",
        "A planned meeting between Prime Minister Elina Markova of Bulgaria and President Marek "
        "Novak of Slovakia in Vienna was called off.",
        "Bulgaria pulled out of the talks with Slovakia.",
    ],
)
def test_a_contact_called_off_is_cancelled_before_any_other_status(text: str) -> None:
    assert one(text)[1] == "cancelled"


@pytest.mark.parametrize(
    "text",
    [
        "A summit between Bulgaria and Slovakia is planned for June.",
        "Prime Minister Elina Markova of Bulgaria is due to visit Slovakia in May.",
        "Bulgaria and Slovakia agreed to resume talks on Monday.",
    ],
)
def test_a_contact_planned_due_or_resumed_is_planned(text: str) -> None:
    assert one(text)[1] == "planned"
