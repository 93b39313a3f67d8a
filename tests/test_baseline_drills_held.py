"""A drill its units will hold ("the Armed Forces will hold exercises in three regions") is a
plan of forces, which the guide makes a `planned` exercise movement and no separate
commitment: the pledge cue "will hold" has the drill as its object. Holding anything else
("will hold firm", "will hold Moscow responsible for the drills", "will hold talks on the
exercises", "will hold the exercise organisers responsible": the drill noun must end the
object phrase) keeps its own reading. Invented sentences in four surroundings."""

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
            "The President noted that the Armed Forces of Ukraine will hold their own command "
            "and staff exercises next week.",
            "The President met with the ambassadors",
            KYIV,
        ),
        # (c) a Kremlin address, "a scheduled exercise" with what it practises
        (
            "I want to inform you that on Thursday the Russian strategic deterrence forces "
            "will hold a scheduled exercise with launches of cruise missiles.",
            "Address by the President of Russia",
            KREMLIN,
        ),
        # (d) a President's remarks, training held
        (
            "I can announce that our battalion will hold joint field training with Polish "
            "units at Orzysz in April.",
            "Remarks by President Reed on United States Forces in Poland",
            WHITE_HOUSE,
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
        # holding a party to account for its drills: a preposition before the drill
        (
            "We will hold Minsk responsible for the drills on our border.",
            "Address by the President of Ukraine",
            KYIV,
        ),
        # the drill noun modifying the object blamed (fails without non_positions._BLAMED
        # and _ends_phrase)
        (
            "The Ministry will hold the Belarusian exercise organisers responsible for the "
            "missile strikes on Ukraine.",
            "Statement by the Ministry of Foreign Affairs",
            KYIV,
        ),
        (
            '"We will hold the training commanders to account for every lost life," Volodymyr '
            "Zelenskyy said.",
            "The President held a press conference",
            KYIV,
        ),
        # a noun after the drill's: it names what is held, not the drill
        (
            "The President said that Ukraine will hold the exercise area of the enemy under fire.",
            "The President met with the ambassadors",
            KYIV,
        ),
    ],
)
def test_holding_anything_but_a_drill_stays_a_position(text: str, title: str, source: str) -> None:
    held, _ = _rows(text, title, source)
    assert held != []
