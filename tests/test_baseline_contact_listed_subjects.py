"""Three or more parties listed as a contact's subject ("A, B and C held a trilateral
telephone conversation", "A, B and C met in Vienna") all take part: a list closed by "and"
right before the verb, each of its own side. A comma after one name may open an
apposition, so a list with no closing "and" is none. In four surroundings, with
look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts

THREE = ["Marek Novak", "Anna Lind", "Klara Voss"]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) plain, a verb of holding and its noun
        (
            "President Marek Novak of Slovakia, Prime Minister Anna Lind of Sweden and "
            "Chancellor Klara Voss of Germany held a trilateral telephone conversation.",
            None,
            (THREE, "phone_call", "held"),
        ),
        # (b) a fronted time, a Kremlin readout
        (
            "On Saturday, President Marek Novak of Slovakia, Prime Minister Anna Lind of "
            "Sweden and Chancellor Klara Voss of Germany met in Vienna.",
            KREMLIN,
            (THREE, "meeting", "held"),
        ),
        # (c) a planned call, a White House statement
        (
            "President Marek Novak of Slovakia, Prime Minister Anna Lind of Sweden and "
            "Chancellor Klara Voss of Germany will hold a video call on Friday.",
            WHITE_HOUSE,
            (THREE, "video_call", "planned"),
        ),
        # (d) a postposed source, a Kyiv text
        (
            "President Marek Novak of Slovakia, Prime Minister Anna Lind of Sweden and "
            "Chancellor Klara Voss of Germany met in Vienna, the Office of the President said.",
            KYIV,
            (THREE, "meeting", "held"),
        ),
    ],
)
def test_parties_listed_as_the_subject_all_take_part(
    text: str, source: str | None, expected: tuple[list[str], str, str]
) -> None:
    assert expected in contacts(text, None, source)


@pytest.mark.parametrize(
    "text",
    [
        # an apposition, no list: two parties only
        "President Marek Novak of Slovakia, the host, and Chancellor Klara Voss of Germany "
        "met in Vienna.",
        # two of one side: one party each side
        "President Marek Novak of Slovakia, Prime Minister Jan Kral of Slovakia and "
        "Chancellor Klara Voss of Germany met in Vienna.",
    ],
)
def test_an_apposition_or_one_side_twice_is_no_list_of_three(text: str) -> None:
    assert all(len(parties) < 3 for parties, _, _ in contacts(text))
