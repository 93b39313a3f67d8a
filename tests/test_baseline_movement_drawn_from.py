"""Forces drawn from a formation standing somewhere move; the formation is where they come
from, not a movement of its own ("600 soldiers from an infantry brigade already stationed in
Italy to move to Latvia" is one move). Forces standing somewhere and not named as a
source are still told as standing there. The full stops of initials ("U.S. service members")
end no clause between "move" and where to. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import movements

TITLE = "Remarks by President Dana Holt on European Security"
SOURCE = "The White House"


@pytest.mark.parametrize(
    "text",
    [
        "THE PRESIDENT: I have ordered an additional 600 soldiers from an infantry brigade "
        "already stationed in Italy to move to Latvia, and they will arrive next week.",
        "THE PRESIDENT: This morning I approved sending 300 troops from a cavalry regiment "
        "based in Poland to Estonia.",
    ],
)
def test_forces_drawn_from_a_standing_formation_are_one_move(text: str) -> None:
    moves = movements(text, SOURCE, title=TITLE)
    assert [(m.actor.name, m.activity, m.status) for m in moves] == [
        ("United States", "deploy", "planned")
    ]


def test_forces_standing_somewhere_are_still_told_standing() -> None:
    moves = movements(
        "THE PRESIDENT: We have 4,000 soldiers already stationed in Latvia.", SOURCE, title=TITLE
    )
    assert [(m.actor.name, m.activity, m.destination) for m in moves] == [
        ("United States", "deploy", "Latvia")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "THE PRESIDENT: I have instructed the Pentagon to move 1,200 U.S. "
        "soldiers, drawn from units based in Spain, to Latvia.",
        "THE PRESIDENT: We will move two U.S. fighter squadrons to Estonia next week.",
    ],
)
def test_initials_in_the_forces_phrase_do_not_stop_a_move(text: str) -> None:
    moves = movements(text, SOURCE, title=TITLE)
    assert [(m.actor.name, m.activity) for m in moves] == [("United States", "deploy")]
    assert moves[0].status == "planned"


def test_a_sentence_end_still_stops_a_move_before_the_next_sentences_to() -> None:
    text = (
        "THE PRESIDENT: Our troops are on home ground, and we move them as we please. "
        "The talk of an attack is meant to justify sending more jets to the region."
    )
    moves = movements(text, SOURCE, title=TITLE)
    assert all(m.forces != "troops" for m in moves)
