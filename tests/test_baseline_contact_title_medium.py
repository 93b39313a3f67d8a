"""The medium a title names ("Readout of … Call with Prime Minister X") is that of the
occasion the title names: a contact with a party the title does not name, reported by a verb
that says no medium ("also spoke with Y on Monday"), states none. In four surroundings, with
a look-alike. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract

TITLE = "Readout of President Lena Hart's Call with Prime Minister Anna Lind of Sweden"


def modes(text: str) -> dict[str, str]:
    found = extract(text, TITLE, WHITE_HOUSE).diplomatic_contacts
    return {c.participants[-1].name: c.mode for c in found}


@pytest.mark.parametrize(
    "text",
    [
        "President Lena Hart spoke today with Prime Minister Anna Lind of Sweden. President Hart "
        "also spoke with Chancellor Klara Voss of Germany on Monday.",
        "President Lena Hart spoke today with Prime Minister Anna Lind of Sweden. Earlier this "
        "week, the President spoke with Chancellor Klara Voss of Germany.",
        "President Lena Hart spoke today with Prime Minister Anna Lind of Sweden. She also "
        "briefed the Prime Minister on her conversation with Chancellor Klara Voss of Germany "
        "on Monday.",
        "President Lena Hart spoke today with Prime Minister Anna Lind of Sweden, and she spoke "
        "with Chancellor Klara Voss of Germany on Monday, the White House said.",
    ],
)
def test_the_titles_medium_is_the_titled_occasions_only(text: str) -> None:
    assert modes(text) == {"Anna Lind": "phone_call", "Klara Voss": "other"}


def test_a_party_named_by_its_state_in_the_title_takes_the_titles_medium() -> None:
    found = extract(
        "The President spoke today with the Prime Minister of Sweden.",
        "Readout of President Lena Hart's Call with the Prime Minister of Sweden",
        WHITE_HOUSE,
    ).diplomatic_contacts
    assert [c.mode for c in found] == ["phone_call"]
