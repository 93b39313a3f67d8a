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
