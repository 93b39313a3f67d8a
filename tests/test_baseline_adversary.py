"""An adversary noun with the definite article ("the enemy", "the occupiers", "the
aggressor", "the invaders") said by one side of the war is the other side's state, as the
guide writes movement owners and targets; said by anyone else it names no one. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def movements(text: str, source: str = KYIV) -> list[tuple[str, str]]:
    draft = extract(text, source=source)
    return [(m.actor.name, m.activity) for m in draft.military_movements]


@pytest.mark.parametrize(
    "sentence",
    [
        # (a) plain
        "The enemy has moved two brigades towards Kherson.",
        # (b) after a fronted clause
        "After the talks failed, the occupiers moved two brigades towards Kherson.",
        # (c) named by another adversary noun, (d) with a postposed reporting clause
        "The aggressor has moved two brigades towards Kherson, the President said.",
        # (d) the second clause of two
        "Our defenders held the line at Irpin, but the invaders have moved two brigades "
        "towards Kherson.",
    ],
)
def test_the_enemy_in_a_ukrainian_text_is_russia(sentence: str) -> None:
    assert movements(sentence) == [("Russia", "deploy")]


def test_a_strike_by_the_enemy_is_russias() -> None:
    found = movements("Overnight, the invaders launched missile strikes on the centre of Poltava.")
    assert found == [("Russia", "other")]


def test_the_enemy_in_a_russian_text_is_ukraine() -> None:
    assert movements("The enemy has moved two brigades towards Donetsk.", KREMLIN) == [
        ("Ukraine", "deploy")
    ]


def test_the_enemy_of_a_state_not_at_war_is_nobody() -> None:
    # Without the war's sides the adversary would be the first side named, Russia.
    assert movements("The enemy has moved two brigades towards Kherson.", WHITE_HOUSE) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The President accused the occupiers of shelling residential districts of Kharkiv.",
        "Sanctions must hit the aggressor harder, the President said.",
    ],
)
def test_the_adversary_is_the_target(sentence: str) -> None:
    targets = [
        p.target.name if p.target else None for p in extract(sentence, source=KYIV).positions
    ]
    assert targets == ["Russia"]


def test_it_after_the_enemy_is_not_the_enemy() -> None:
    # "it" is the column: read as the enemy's state, "met it" would be a meeting with Russia.
    draft = extract(
        "This morning the enemy tried to break through near Brovary with a column of tanks. "
        "Our defenders met it and stopped it.",
        title="Address by the President of Ukraine",
        source=KYIV,
    )
    assert draft.diplomatic_contacts == []
