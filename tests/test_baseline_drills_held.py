"""A drill its units will hold ("the Armed Forces will hold exercises in three regions") is a
plan of forces, which the guide makes a `planned` exercise movement and no separate
commitment: the pledge cue "will hold" has the drill as its object. Holding anything else
("will hold firm", "will hold Moscow responsible for the drills", "will hold talks on the
exercises") keeps its own reading. Invented sentences in five surroundings."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _rows(text: str, title: str, source: str) -> tuple[list[tuple[str, str]], list[str]]:
    draft = extract(text, title, source)
    return (
        [(p.holder.name, p.stance) for p in draft.positions],
        [m.activity for m in draft.military_movements],
    )


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a press conference, the speaker quoted after his words
        (
            '"Next week the National Guard will hold tactical drills near Rivne," Volodymyr '
            "Zelenskyy said.",
            "The President held a press conference",
            KYIV,
        ),
        # (b) a readout, the units' plan reported with modifiers before the noun
        (
            "The President stressed that Ukraine's Armed Forces will hold large "
            "brigade-level staff exercises in the Volyn region in May.",
            "The President met with the ambassadors",
            KYIV,
        ),
        # (c) a Kremlin address, "a planned exercise" with what it practises
        (
            "Let me tell you that next month our missile troops will hold a planned exercise "
            "involving launches of ballistic missiles in the north.",
            "Address by President Vladimir Putin",
            KREMLIN,
        ),
        # (d) a President's remarks, training held
        (
            "I can announce that our battalion will hold joint field training with Polish "
            "units at Orzysz in April.",
            "Remarks by President Reed on United States Forces in Poland",
            WHITE_HOUSE,
        ),
        # (e) a Kremlin minister's own turn, manoeuvres with a time fronted
        (
            "PAVEL ORLOV: In September our airborne troops will hold large-scale manoeuvres "
            "near Pskov.",
            "Talks with Defence Minister Pavel Orlov",
            KREMLIN,
        ),
    ],
)
def test_a_drill_to_be_held_is_the_movement_not_a_commitment(
    text: str, title: str, source: str
) -> None:
    held, moved = _rows(text, title, source)
    assert held == []
    # Where the drill's owner is resolved, the movement holds it.
    assert moved in ([], ["exercise"])


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # holding one's ground is a pledge
        (
            "The President said that Ukraine will hold firm against any pressure from the Kremlin.",
            "The President met with the ambassadors",
            KYIV,
        ),
        # holding one's line against a show of force: a preposition before the noun
        (
            '"We will hold the line against any exercise of force near our border," Volodymyr '
            "Zelenskyy said.",
            "The President held a press conference",
            KYIV,
        ),
        # holding firm while the drills go on: a clause opener before the noun
        (
            '"We will hold firm as the drills go on near our border," Volodymyr Zelenskyy said.',
            "The President held a press conference",
            KYIV,
        ),
        # holding firm: the same minister's turn as (e)
        (
            "PAVEL ORLOV: In September our airborne troops will hold firm near Pskov.",
            "Talks with Defence Minister Pavel Orlov",
            KREMLIN,
        ),
        # holding a party to account for its drills: a preposition before the drill
        (
            "We will hold Minsk responsible for the drills on our border.",
            "Address by President Volodymyr Zelenskyy",
            KYIV,
        ),
    ],
)
def test_holding_anything_but_a_drill_stays_a_position(text: str, title: str, source: str) -> None:
    held, _ = _rows(text, title, source)
    assert held != []
