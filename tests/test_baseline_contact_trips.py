"""A trip made for a contact ("will travel to Warsaw to meet X", "will come to Vienna for
consultations with Y") is that contact, held where the trip goes, not a visit beside it. In
four surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

from summarise.schema import DiplomaticContact, Quote


def contacts(text: str) -> list[DiplomaticContact[Quote]]:
    return extract(text).diplomatic_contacts


@pytest.mark.parametrize(
    ("text", "mode", "place"),
    [
        (
            "Foreign Minister Jana Horvat of Croatia will travel to Warsaw next month to meet "
            "Foreign Minister Jan Kowal of Poland.",
            "meeting",
            "Warsaw",
        ),
        (
            "After the vote in parliament, Foreign Minister Jana Horvat of Croatia will fly to "
            "Riga to hold talks with Foreign Minister Jan Kowal of Poland.",
            "talks",
            "Riga",
        ),
        (
            "Foreign Minister Jana Horvat of Croatia left the summit early. She will come to "
            "Vienna on May 3 for consultations with Foreign Minister Jan Kowal of Poland.",
            "talks",
            "Vienna",
        ),
        (
            "Foreign Minister Jana Horvat of Croatia will travel to Warsaw next month to meet "
            "Foreign Minister Jan Kowal of Poland, and the two will sign the border treaty, "
            "her ministry said.",
            "meeting",
            "Warsaw",
        ),
    ],
)
def test_a_trip_made_for_a_contact_is_that_contact_where_the_trip_goes(
    text: str, mode: str, place: str
) -> None:
    (contact,) = contacts(text)
    assert (contact.mode, contact.status, contact.location) == (mode, "planned", place)
    assert [a.name for a in contact.participants] == ["Jana Horvat", "Jan Kowal"]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Jana Horvat of Croatia will travel to Vienna next week to sign the "
        "treaty.",
        "Foreign Minister Jana Horvat of Croatia will travel to Vienna next week, and talks "
        "with the Austrian side are planned for May.",
    ],
)
def test_a_trip_for_anything_else_or_beside_a_contact_stays_a_visit(text: str) -> None:
    visits = [c for c in contacts(text) if c.mode == "visit"]
    assert [(c.status, c.location) for c in visits] == [("planned", "Vienna")]
