"""A visit one is invited to make has the visitor and the host as its parties (the guide),
the state visited, not the one who invites. In four surroundings, with a look-alike.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract


def visits(text: str) -> list[tuple[list[str], str]]:
    return [
        ([a.name for a in c.participants], c.status)
        for c in extract(text).diplomatic_contacts
        if c.mode == "visit"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "President Marek Novak of Slovakia invited Chancellor Klara Voss of Germany to visit "
        "Bratislava.",
        "At the end of the call, President Marek Novak of Slovakia invited Chancellor Klara Voss "
        "of Germany to visit Slovakia at a convenient time.",
        "President Marek Novak of Slovakia thanked Germany for its help. He invited Chancellor "
        "Klara Voss of Germany to visit Bratislava.",
        "President Marek Novak of Slovakia invited Chancellor Klara Voss of Germany to visit "
        "Bratislava, and the two agreed to stay in touch, his office said.",
    ],
)
def test_an_invited_visit_is_the_guests_to_the_state_visited(text: str) -> None:
    assert visits(text) == [(["Klara Voss", "Slovakia"], "proposed")]


def test_an_invitation_to_meet_keeps_the_one_who_invites() -> None:
    (contact,) = extract(
        "President Marek Novak of Slovakia invited Chancellor Klara Voss of Germany to meet in "
        "Vienna."
    ).diplomatic_contacts
    assert [a.name for a in contact.participants] == ["Marek Novak", "Klara Voss"]


def test_a_visit_to_the_guests_own_state_keeps_the_one_who_invites() -> None:
    # Look-alike: the place visited is the guest's own state, no host of another side;
    # without the host-side guard its parties would be the guest and her own state, one
    # side, and no item at all.
    assert visits(
        "President Marek Novak of Slovakia invited Chancellor Klara Voss of Germany to visit "
        "Berlin with him in May."
    ) == [(["Marek Novak", "Klara Voss"], "proposed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) the guest's head after the group it is of
        (
            "President Marek Novak of Slovakia invited the members of the Sejm to visit "
            "Bratislava in the spring.",
            [(["Sejm", "Slovakia"], "proposed")],
        ),
        # (b) a visit paid: "to pay a state visit to"
        (
            "President Marek Novak of Slovakia invited Chancellor Klara Voss of Germany to pay a "
            "state visit to Slovakia in June.",
            [(["Klara Voss", "Slovakia"], "proposed")],
        ),
        # (c) a list of guests: the first is the guest
        (
            "President Marek Novak of Slovakia invited Chancellor Klara Voss of Germany and the "
            "leaders of her coalition to visit Bratislava.",
            [(["Klara Voss", "Slovakia"], "proposed")],
        ),
        # (d) a place no party names: the inviter's own country hosts
        (
            "President Marek Novak of Slovakia invited Chancellor Klara Voss of Germany to visit "
            "the High Tatras in the summer.",
            [(["Klara Voss", "Slovakia"], "proposed")],
        ),
    ],
)
def test_the_guest_of_an_invitation_told_at_length(
    text: str, expected: list[tuple[list[str], str]]
) -> None:
    assert visits(text) == expected
