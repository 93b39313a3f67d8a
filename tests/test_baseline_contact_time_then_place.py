"""A time adjunct before the place adjunct before a contact verb's "with" object ("met today
at the White House with X", "met on Monday in Lviv with X"): adjuncts of time and place may
stand in either order before the complement, and the parties are the same as after a place
alone. In four surroundings, with look-alikes. Sentences invented for these tests.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) a White House readout, "today at the White House"
        (
            "President Joe Biden met this morning at the White House with President Marek Novak of "
            "Slovakia to discuss energy security.",
            WHITE_HOUSE,
            (["Joe Biden", "Marek Novak"], "meeting", "held"),
        ),
        # (b) a Kyiv readout, a weekday, then a city
        (
            "President of Ukraine Taras Bondar met on Monday in Lviv with Prime Minister of "
            "Poland Jan Nowak.",
            KYIV,
            (["Taras Bondar", "Jan Nowak"], "meeting", "held"),
        ),
        # (c) a Kremlin text, "yesterday in the Kremlin", a list of two guests
        (
            "Vladimir Putin met yesterday in the Kremlin with President of Moldova Ion Rusu and "
            "President of Armenia Aram Petrosyan.",
            KREMLIN,
            (["Vladimir Putin", "Ion Rusu", "Aram Petrosyan"], "meeting", "held"),
        ),
        # (d) a news text, "this morning in Vienna", a purpose after the object
        (
            "Chancellor Karl Huber of Austria met this morning in Vienna with Prime Minister "
            "Elina Markova of Bulgaria to discuss gas transit.",
            None,
            (["Karl Huber", "Elina Markova"], "meeting", "held"),
        ),
    ],
)
def test_the_with_object_after_a_time_and_a_place_is_a_party(
    text: str, source: str | None, expected: tuple[list[str], str, str]
) -> None:
    assert expected in contacts(text, "Readout", source)


def test_people_of_no_party_after_the_place_are_no_side() -> None:
    # Look-alike: the with-phrase names the speaker's own staff, no party of a contact.
    text = "President Joe Biden met today at the White House with his national security team."
    assert contacts(text, "Readout", WHITE_HOUSE) == []


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a White House speech, "here in" a city, an occasion to come
        (
            "Tomorrow morning, I will meet here in Warsaw with President Marek Novak of "
            "Slovakia, and I will tell him that we stand together.",
            "Remarks by President Dana Holt in Warsaw",
            WHITE_HOUSE,
            (["Dana Holt", "Marek Novak"], "meeting", "planned"),
        ),
        # (b) a Kyiv address, "here in Kyiv", held
        (
            "Today I met here in Kyiv with Prime Minister Elina Markova of Bulgaria.",
            "Address by President of Ukraine Taras Bondar",
            KYIV,
            (["Taras Bondar", "Elina Markova"], "meeting", "held"),
        ),
        # (c) a Kremlin text, "here at" a palace
        (
            "Vladimir Putin: Tomorrow I will meet here at the Kremlin with President of Moldova "
            "Ion Rusu.",
            "Meeting with members of the Security Council",
            KREMLIN,
            (["Vladimir Putin", "Ion Rusu"], "meeting", "planned"),
        ),
        # (d) a news text, "there in" a city named before
        (
            "The summit opened in Sofia on Monday. Chancellor Karl Huber of Austria met there "
            "in Sofia with Prime Minister Elina Markova of Bulgaria.",
            None,
            None,
            (["Karl Huber", "Elina Markova"], "meeting", "held"),
        ),
    ],
)
def test_the_with_object_after_here_and_a_place_is_a_party(
    text: str, title: str, source: str | None, expected: tuple[list[str], str, str]
) -> None:
    assert expected in contacts(text, title, source)


def test_people_of_no_party_after_here_and_a_place_are_no_side() -> None:
    # Look-alike: the with-phrase after "here in Warsaw" names no party of a contact.
    text = "Tomorrow I will meet here in Warsaw with students of the university."
    assert contacts(text, "Remarks by President Dana Holt in Warsaw", WHITE_HOUSE) == []
