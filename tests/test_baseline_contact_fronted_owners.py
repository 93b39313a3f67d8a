"""An occasion a fronted adverbial names as "their" ("In their call on Tuesday, X asked Y
…") is that of the people of two sides the main clause names. In four surroundings, with
look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import contacts


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "In their call on Tuesday, President Marek Novak of Slovakia asked Chancellor Klara "
            "Voss of Germany for air defence systems.",
            "phone_call",
        ),
        (
            "On Monday, during their meeting in Vienna, President Marek Novak of Slovakia "
            "thanked Chancellor Klara Voss of Germany for her support.",
            "meeting",
        ),
        (
            "President Marek Novak of Slovakia arrived in Vienna late. During their meeting, "
            "Novak thanked Chancellor Klara Voss of Germany for her support.",
            "meeting",
        ),
        (
            "Following their talks in Vienna, President Marek Novak of Slovakia and Chancellor "
            "Klara Voss of Germany signed a treaty, the Slovak presidency said.",
            "talks",
        ),
    ],
)
def test_their_occasion_in_a_fronted_phrase_is_the_main_clauses_people(
    text: str, mode: str
) -> None:
    assert (["Marek Novak", "Klara Voss"], mode, "held") in contacts(text)


@pytest.mark.parametrize(
    "text",
    [
        "After their talks, President Marek Novak of Slovakia told reporters the border would "
        "stay open.",
        "Ahead of their meeting on Friday, President Marek Novak of Slovakia and Chancellor "
        "Klara Voss of Germany praised the treaty.",
        "President Marek Novak of Slovakia will call on Chancellor Klara Voss of Germany to "
        "send air defence systems.",
    ],
)
def test_one_person_an_occasion_still_ahead_or_calling_on_gives_no_contact(text: str) -> None:
    assert contacts(text) == []
