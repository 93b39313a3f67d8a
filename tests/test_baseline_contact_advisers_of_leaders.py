"""People who hold a gathering for the leaders of a list of states ("the political advisers
of the leaders of A, B, C and D met in Paris", "the next meeting of the political advisers
to the leaders of A, B, C and D"): each state listed is a side, as for "advisers to the
leaders of". The people noun itself, read as a mention naming no party, does not end the
search for the list. In four surroundings, with look-alikes. Sentences invented for these
tests.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) a Kyiv address, the gathering's of-phrase, agreed ahead
        (
            "The next meeting of the diplomatic advisers to the leaders of Germany, Russia, "
            "Ukraine and France has been fixed for April, in Paris.",
            KYIV,
            (["Germany", "Russia", "Ukraine", "France"], "meeting", "planned"),
        ),
        # (b) a Kremlin text, the people as the subject, a fronted date
        (
            "On Friday, the political advisers of the leaders of Russia, Ukraine, Germany and "
            "France met in Berlin.",
            KREMLIN,
            (["Russia", "Ukraine", "Germany", "France"], "meeting", "held"),
        ),
        # (c) a White House readout, "of the presidents of"
        (
            "The foreign policy advisers of the presidents of Poland, Lithuania and Latvia "
            "will meet in Vilnius next week.",
            WHITE_HOUSE,
            (["Poland", "Lithuania", "Latvia"], "meeting", "planned"),
        ),
        # (d) a news text, "representatives of the leaders of", one clause of two
        (
            "The talks stalled in May, and the representatives of the leaders of Moldova, "
            "Romania and Bulgaria met in Chisinau on Monday.",
            None,
            (["Moldova", "Romania", "Bulgaria"], "meeting", "held"),
        ),
    ],
)
def test_the_states_of_the_leaders_are_the_sides(
    text: str, source: str | None, expected: tuple[list[str], str, str]
) -> None:
    assert expected in contacts(text, "Readout", source)


def test_the_advisers_in_a_relative_clause_are_no_subject() -> None:
    # Look-alike: the people are the object of "thanked"; "who met" is told of them in
    # passing, not by the list right before the verb.
    text = (
        "President Taras Bondar thanked the political advisers of the leaders of France and "
        "Germany, who met in Paris on Friday."
    )
    assert (["France", "Germany"], "meeting", "held") not in contacts(text, "Readout", KYIV)


def test_the_leaders_of_one_state_are_no_gathering() -> None:
    # Look-alike: one state is listed; a gathering of its own people is no contact.
    text = "The political advisers of the leaders of Poland met in Warsaw on Friday."
    assert contacts(text, "Readout", None) == []
