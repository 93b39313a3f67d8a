"""An invitation or offer accepted makes the contact planned, not proposed (the guide:
agreed, not merely sought), in four surroundings; an invitation alone stays proposed.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

from summarise.schema import DiplomaticContact, Quote


def visit(text: str) -> DiplomaticContact[Quote]:
    (found,) = [c for c in extract(text).diplomatic_contacts if c.mode == "visit"]
    return found


@pytest.mark.parametrize(
    "text",
    [
        # plain
        "President Marek Novak of Slovakia accepted an invitation to visit Sofia next month.",
        # a fronted clause, the acceptance in a second clause
        "After the call, Prime Minister Elina Markova of Bulgaria invited President Marek "
        "Novak of Slovakia to visit Sofia, and the invitation was accepted.",
        # the guest as a pronoun after a first mention
        "President Marek Novak of Slovakia thanked Bulgaria for its support. He accepted the "
        "invitation of Prime Minister Elina Markova of Bulgaria to visit Sofia.",
        # a postposed source
        "President Marek Novak of Slovakia has accepted the invitation to visit Sofia, his "
        "office said.",
    ],
)
def test_an_invitation_accepted_is_a_planned_visit(text: str) -> None:
    found = visit(text)
    assert found.status == "planned"
    assert "Marek Novak" in [a.name for a in found.participants]


def test_an_invitation_alone_stays_proposed() -> None:
    found = visit(
        "Prime Minister Elina Markova of Bulgaria invited President Marek Novak of Slovakia "
        "to visit Sofia."
    )
    assert found.status == "proposed"


@pytest.mark.parametrize(
    "text",
    [
        # plain, a long guest's name between the invitation and the visit
        "Prime Minister Elina Markova of Bulgaria invited President of the European Council "
        "Jan Kral to visit Sofia.",
        # a fronted clause, a that-clause with a long subject
        "After the call, President Marek Novak of Slovakia suggested that the foreign "
        "ministers of Slovakia and Bulgaria meet in Vienna.",
        # the host as a pronoun after a first mention
        "Prime Minister Elina Markova of Bulgaria spoke of the crisis. She invited President "
        "of the European Council Jan Kral to visit Sofia in the spring.",
        # a postposed source
        "President Marek Novak of Slovakia proposed that the defence ministers of Slovakia "
        "and Bulgaria meet in Varna next month, his office said.",
    ],
)
def test_an_offer_governing_the_contact_across_a_long_name_is_proposed(text: str) -> None:
    (found,) = extract(text).diplomatic_contacts
    assert found.status == "proposed"


def test_an_offer_of_something_else_does_not_govern_the_contact() -> None:
    found = visit(
        "Prime Minister Elina Markova of Bulgaria, who offered her full support to the Slovak "
        "government last week in Brussels, will visit Bratislava on Friday."
    )
    assert found.status == "planned"
