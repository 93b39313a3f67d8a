"""A contact whose own side is named but not resolved (an office with no holder known, the
possessor of the occasion) is not read as a contact of the other parties alone: "the Vice
President will meet X and Y" is no meeting of X and Y. Four surroundings, and the same
shapes with the side resolved. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

_OTHERS = "President Marek Novak of Slovakia and Prime Minister Elina Markova of Bulgaria"


@pytest.mark.parametrize(
    "text",
    [
        # plain
        f"The Foreign Minister will meet with {_OTHERS}.",
        # a fronted adverbial
        f"On Friday, the Vice President will meet with {_OTHERS}.",
        # the side as the occasion's owner
        "The Foreign Minister's talks with Slovakia and Bulgaria ended on Friday.",
        # a postposed source, and one clause of two with a pronoun
        f"The Foreign Minister will meet with {_OTHERS}, the ministry said.",
        f"The Foreign Minister arrived in Vienna, and she will meet with {_OTHERS}.",
    ],
)
def test_an_unresolved_side_leaves_no_contact_of_the_others(text: str) -> None:
    assert extract(text).diplomatic_contacts == []


@pytest.mark.parametrize(
    "text",
    [
        f"Foreign Minister Jan Kral of Czechia will meet with {_OTHERS}.",
        "Foreign Minister Jan Kral of Czechia said his talks with Slovakia and Bulgaria ended "
        "on Friday.",
    ],
)
def test_a_resolved_side_takes_part(text: str) -> None:
    (contact,) = extract(text).diplomatic_contacts
    assert contact.participants[0].name == "Jan Kral"
