"""A call named as an adjunct of a verb of telling ("X informed Y of the decisions, in a
telephone conversation", "In a call, X told Y that …") is a call between the teller and
the one told (the adjunct places the act the clause reports). Only a call: a meeting may
hold others than the one told. In four surroundings, with look-alikes. Sentences invented
for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) a readout: the adjunct last, after a comma
        (
            "On Monday, Vladimir Putin briefed President of Finland Matti Virtanen about the new "
            "border rules, in a telephone conversation.",
            KREMLIN,
            [(["Vladimir Putin", "Matti Virtanen"], "phone_call", "held")],
        ),
        # (b) the adjunct fronted, "told X that"
        (
            "In a telephone conversation, Volodymyr Zelenskyy told President Lars Holm of "
            "Denmark that the front was holding.",
            KYIV,
            [(["Volodymyr Zelenskyy", "Lars Holm"], "phone_call", "held")],
        ),
        # (c) two told, a joint call
        (
            "Vladimir Putin informed President of Finland Matti Virtanen and Chancellor of "
            "Germany Otto Weber about the border rules, in a joint phone conversation.",
            KREMLIN,
            [(["Vladimir Putin", "Matti Virtanen", "Otto Weber"], "phone_call", "held")],
        ),
        # (d) a video call after the verb's complement, no comma
        (
            "President Dana Holt thanked Prime Minister Henrik Olsen of Norway for the aid "
            "during a video call on Monday.",
            WHITE_HOUSE,
            [(["Dana Holt", "Henrik Olsen"], "video_call", "held")],
        ),
    ],
)
def test_the_one_told_in_a_call_is_its_other_party(
    text: str, source: str, expected: list[tuple[list[str], str, str]]
) -> None:
    assert contacts(text, "Statement", source) == expected


def test_the_one_thanked_during_a_meeting_with_others_is_no_party() -> None:
    # Look-alike: the meeting was with students; Poland, thanked, was not in it.
    assert (
        contacts(
            "During a meeting with students, Volodymyr Zelenskyy thanked Poland for its support.",
            "Statement",
            KYIV,
        )
        == []
    )


def test_no_one_told_names_no_call() -> None:
    # Look-alike: reporters are no party.
    assert (
        contacts(
            "Vladimir Putin told reporters in a telephone conversation that the decision was "
            "final.",
            "Statement",
            KREMLIN,
        )
        == []
    )


def test_a_call_pointed_back_to_is_not_read_again() -> None:
    # Look-alike: "in that telephone conversation" is the joint call told before, with the
    # one told in it. Its indefinite form ("In a telephone conversation, …") is a call of
    # its own and gives a second one, between the teller and the one told alone.
    found = contacts(
        "President Dana Holt talked by telephone with Prime Minister Henrik Olsen of Norway and "
        "Chancellor Otto Weber of Germany on Tuesday. In that telephone conversation, "
        "President Holt told Prime Minister Olsen that fresh aid was on its way.",
        "Statement",
        WHITE_HOUSE,
    )
    assert found == [(["Dana Holt", "Henrik Olsen", "Otto Weber"], "phone_call", "held")]
