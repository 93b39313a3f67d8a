"""A subject named with a possessive determiner before its title: "Next week our Foreign
Minister X will come to Oslo", "Their Foreign Minister X will visit Washington". The
determiner belongs to the subject's noun phrase, as "the" does; "our" alone is a
possessive, no subject. The titled name holds the sentence's visit or view. In four
surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a Kyiv address, a time adjunct before the subject
        (
            "Next week our Foreign Minister Olena Hrytsenko will come to Oslo.",
            "Address by the President of Ukraine",
            KYIV,
            ["Olena Hrytsenko", "Norway"],
        ),
        # (b) a Kremlin transcript, an introductory phrase with its own "our" before it
        (
            "On our bilateral agenda, our Defence Minister Aibek Tursunov will come to Minsk "
            "on February 21.",
            "Answers to journalists' questions",
            KREMLIN,
            ["Aibek Tursunov", "Belarus"],
        ),
        # (c) a White House text, "their" and another verb of going
        (
            "Their Foreign Minister Olena Hrytsenko will visit Washington on Friday.",
            "Remarks by President Dana Holt",
            WHITE_HOUSE,
            ["Olena Hrytsenko", "United States"],
        ),
    ],
)
def test_an_owned_titled_name_is_the_visitor(
    text: str, title: str, source: str, expected: list[str]
) -> None:
    assert [names for names, mode, _ in contacts(text, title, source) if mode == "visit"] == [
        expected
    ]


def test_an_owned_titled_name_holds_the_view() -> None:
    # (d) a position: the minister named after "Our" holds what they said
    found = held_stances(
        "Our Foreign Minister Olena Hrytsenko said Russia must withdraw its troops.",
        "Address by the President of Ukraine",
        KYIV,
    )
    assert found == [("Olena Hrytsenko", "demand")]


def test_an_owned_name_after_a_preposition_is_no_subject() -> None:
    # Look-alike: "with our Foreign Minister X" is an object; the speaker goes to Oslo.
    found = contacts(
        "Next week I will meet with our Foreign Minister Olena Hrytsenko and then travel to Oslo.",
        "Address by the President of Ukraine",
        KYIV,
    )
    assert all("Olena Hrytsenko" not in names for names, _, _ in found)


def test_an_owned_body_is_no_subject() -> None:
    # Look-alike: "Our NATO Allies" is no titled name: the allies are not NATO itself, and
    # the guard keeps the determiner's reading to people.
    found = held_stances(
        "Our NATO Allies agreed that Russia must withdraw its troops.",
        "Remarks by President Dana Holt",
        WHITE_HOUSE,
    )
    assert all(holder != "NATO" for holder, _ in found)
