"""Three or more parties listed as a contact's subject ("A, B and C held a joint phone
call", "A, B and C met in Vienna") all take part: a list closed by "and" right before the
verb, each of its own side. A comma after one name may open an apposition, so a list with
no closing "and" is none. In four surroundings, with look-alikes. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts

THREE = ["Marek Novak", "Anna Lind", "Klara Voss"]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) plain, a verb of holding and its noun
        (
            "Chancellor Klara Voss of Germany, President Marek Novak of Slovakia and Prime "
            "Minister Anna Lind of Sweden held a joint phone call late on Tuesday.",
            None,
            (["Klara Voss", "Marek Novak", "Anna Lind"], "phone_call", "held"),
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
            "Chancellor Klara Voss of Germany met in Vienna, Kyiv reported on Sunday.",
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
    ("text", "slovaks"),
    [
        # an apposition, no list: two parties only
        (
            "President Marek Novak of Slovakia, the host, and Chancellor Klara Voss of Germany "
            "met in Vienna.",
            {"Marek Novak"},
        ),
        # two of one side: one party each side, either Slovak standing for Slovakia
        (
            "President Marek Novak of Slovakia, Prime Minister Jan Kral of Slovakia and "
            "Chancellor Klara Voss of Germany met on Monday.",
            {"Marek Novak", "Jan Kral"},
        ),
    ],
)
def test_an_apposition_or_one_side_twice_is_no_list_of_three(text: str, slovaks: set[str]) -> None:
    meetings = [parties for parties, mode, _ in contacts(text) if mode == "meeting"]
    # no list of three, and the meeting of two is still found: one Slovak and the German
    assert all(len(parties) < 3 for parties in meetings)
    assert any(
        len(parties) == 2 and "Klara Voss" in parties and set(parties) - {"Klara Voss"} <= slovaks
        for parties in meetings
    )
