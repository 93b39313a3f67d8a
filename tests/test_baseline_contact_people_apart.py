"""Contacts between the same states told in one text are one occasion unless the text tells
them apart (``merge.merge_contacts``). Two ways it does that a shared state hides:

- One side names another person: "The Minister met the President, then the Prime
  Minister" is two meetings (the guide: each pair of people who met is its own item), though
  the same minister sits in both. A side told by its office alone ("the President of X")
  may be anyone of that office, and the same surname spelled apart is one person.
- A visit goes one way: X's visit to Y and Y's to X are two occasions between the same two
  states, so a visit merges only with one made from the same side.

In three surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) a readout: one visitor, the head of state then the head of government
        (
            "Secretary of State Laura Finch met in Oslo with Prime Minister Henrik Olsen of "
            "Norway. The Secretary then met with Foreign Minister Ingrid Dahl of Norway.",
            WHITE_HOUSE,
            [
                (["Laura Finch", "Henrik Olsen"], "meeting", "held"),
                (["Laura Finch", "Ingrid Dahl"], "meeting", "held"),
            ],
        ),
        # (b) another publisher, calls on one day with two officials of one state
        (
            "Vladimir Putin phoned President of Finland Matti Virtanen. Later that day "
            "Vladimir Putin also phoned Prime Minister of Finland Aino Koskinen.",
            KREMLIN,
            [
                (["Vladimir Putin", "Matti Virtanen"], "phone_call", "held"),
                (["Vladimir Putin", "Aino Koskinen"], "phone_call", "held"),
            ],
        ),
        # (c) the second told first in its sentence, a time before it
        (
            "Volodymyr Zelenskyy met with President Lars Holm of Denmark. In the evening, "
            "Volodymyr Zelenskyy also received Prime Minister Sofie Berg of Denmark.",
            KYIV,
            [
                (["Volodymyr Zelenskyy", "Lars Holm"], "meeting", "held"),
                (["Volodymyr Zelenskyy", "Sofie Berg"], "meeting", "held"),
            ],
        ),
    ],
)
def test_the_same_person_meeting_others_of_one_state_is_two_occasions(
    text: str, source: str, expected: list[tuple[list[str], str, str]]
) -> None:
    assert contacts(text, "Readout", source) == expected


def test_one_occasion_told_again_by_the_same_people_stays_one() -> None:
    # Look-alike: the same pair told twice, the second time by surname alone.
    found = contacts(
        "Secretary of State Laura Finch met in Oslo with Prime Minister Henrik Olsen of "
        "Norway. During the meeting, Finch and Olsen discussed energy security.",
        "Readout",
        WHITE_HOUSE,
    )
    assert found == [(["Laura Finch", "Henrik Olsen"], "meeting", "held")]


def test_a_visit_each_way_is_two_occasions() -> None:
    found = contacts(
        "Volodymyr Zelenskyy invited President Lars Holm of Denmark to visit Ukraine. Foreign "
        "Minister Dmytro Kuleba will travel to Copenhagen next week.",
        "Readout",
        KYIV,
    )
    assert (["Lars Holm", "Ukraine"], "visit", "proposed") in found
    assert (["Dmytro Kuleba", "Denmark"], "visit", "planned") in found


def test_a_visit_told_twice_from_the_same_side_stays_one() -> None:
    # Look-alike: the same visitor's side both times.
    found = contacts(
        "Chancellor Otto Weber of Germany will visit Kyiv on Monday. Weber will travel to "
        "Ukraine with a group of business leaders.",
        "Readout",
        KYIV,
    )
    assert [c for c in found if c[1] == "visit"] == [
        (["Otto Weber", "Ukraine"], "visit", "planned")
    ]
