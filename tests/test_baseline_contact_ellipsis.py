"""Contacts told in passing, as long documents tell them: a time adjunct between the verb and
its party ("spoke on Monday with"), a second occasion with its verb elided ("…, and before
that with Y") and a reciprocal verb whose other party is understood ("when we spoke on
Friday"). Each in four surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, contacts

ADDRESS = "Address by President of Ukraine Oleh Bondar"


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Elina Markova of Bulgaria spoke on Monday with President Marek Novak of "
        "Slovakia about gas transit.",
        "As the dispute deepened, Prime Minister Elina Markova of Bulgaria talked yesterday with "
        "President Marek Novak of Slovakia.",
        "Prime Minister Elina Markova of Bulgaria opened the session. She spoke this morning "
        "with President Marek Novak of Slovakia.",
        "Prime Minister Elina Markova of Bulgaria spoke on Tuesday with President Marek Novak "
        "of Slovakia, and the two agreed to keep the border open.",
    ],
)
def test_a_time_adjunct_between_a_verb_of_speaking_and_its_party(text: str) -> None:
    assert (["Elina Markova", "Marek Novak"], "other", "held") in contacts(text)


def test_a_time_adjunct_before_a_listener_who_is_no_party_gives_nothing() -> None:
    assert contacts("Prime Minister Elina Markova of Bulgaria spoke on Monday to reporters.") == []


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        (
            "President Marek Novak of Slovakia spoke with Chancellor Klara Voss of Germany, and "
            "before that with Prime Minister Anna Lind of Sweden.",
            None,
            None,
        ),
        (
            "On Friday, President Marek Novak of Slovakia spoke with Chancellor Klara Voss of "
            "Germany, and later with Prime Minister Anna Lind of Sweden.",
            None,
            None,
        ),
        (
            "This morning I spoke with Chancellor Klara Voss of Germany, and before that with "
            "Prime Minister Anna Lind of Sweden.",
            ADDRESS,
            KYIV,
        ),
        (
            "President Marek Novak of Slovakia spoke with Chancellor Klara Voss of Germany, and "
            "afterwards with Prime Minister Anna Lind of Sweden, his office said.",
            None,
            None,
        ),
    ],
)
def test_a_second_occasion_with_its_verb_elided_is_its_own_contact(
    text: str, title: str | None, source: str | None
) -> None:
    found = contacts(text, title, source)
    assert len(found) == 2
    first, second = found
    assert first[0][1:] == ["Klara Voss"]
    assert second[0][1:] == ["Anna Lind"]
    assert first[0][0] == second[0][0]


def test_a_with_phrase_set_apart_in_time_that_names_no_party_is_no_second_occasion() -> None:
    text = (
        "President Marek Novak of Slovakia spoke with Chancellor Klara Voss of Germany, and then "
        "with reporters."
    )
    assert len(contacts(text)) == 1


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        (
            "Foreign Minister Jana Horvat of Croatia made the point to Foreign Minister Ruta "
            "Jonaite of Lithuania when they spoke on Friday.",
            None,
            None,
        ),
        (
            "I am grateful to Prime Minister Anna Lind of Sweden. When we spoke on Thursday, she "
            "promised more help for our hospitals.",
            ADDRESS,
            KYIV,
        ),
        (
            "Prime Minister Anna Lind of Sweden has kept her word. I thanked her when we spoke "
            "yesterday.",
            ADDRESS,
            KYIV,
        ),
        (
            "The border is open, and I said this to Prime Minister Anna Lind of Sweden when we "
            "spoke on Monday.",
            ADDRESS,
            KYIV,
        ),
    ],
)
def test_a_dated_reciprocal_verb_takes_the_person_named_beside_it(
    text: str, title: str | None, source: str | None
) -> None:
    ((parties, mode, status),) = contacts(text, title, source)
    assert (len(parties), mode, status) == (2, "other", "held")
    assert parties[1] in ("Ruta Jonaite", "Anna Lind")


@pytest.mark.parametrize(
    "text",
    [
        "I am grateful to Prime Minister Anna Lind of Sweden. We spoke at length.",
        "Our soldiers held the line. We met on Monday to plan the week.",
    ],
)
def test_an_undated_reciprocal_verb_or_one_with_no_other_side_is_no_contact(text: str) -> None:
    assert contacts(text, ADDRESS, KYIV) == []
