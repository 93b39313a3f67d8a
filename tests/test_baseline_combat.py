"""Combat asserted as happening is a movement of activity ``other``, the attacker's; combat
named as background, asked about, conditional or with no attacker named is none."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract

from summarise.schema import MilitaryMovement, Quote


def combat(text: str, source: str | None = None) -> list[tuple[str, str]]:
    moves: list[MilitaryMovement[Quote]] = extract(text, source=source).military_movements
    return [(m.actor.name, m.activity) for m in moves]


@pytest.mark.parametrize(
    "sentence",
    [
        "Belarus launched a large-scale offensive against Lithuania at dawn.",
        "Belarusian troops attacked three border posts overnight.",
        "Two Lithuanian villages were shelled by Belarusian forces on Sunday.",
        "Belarus's invasion of Lithuania has begun.",
        "Lithuania, attacked by Belarus at dawn, has closed its airspace.",
    ],
)
def test_an_attack_stated_as_fact_is_the_attackers_movement(sentence: str) -> None:
    assert combat(sentence) == [("Belarus", "other")]


def test_an_announcement_in_the_passive_gives_the_attacker_named_by_its_agent() -> None:
    text = (
        "Early this morning the city of Lutsk came under fire from Belarusian artillery.\n\n"
        "Air defence units are on duty around the city."
    )
    assert ("Belarus", "other") in combat(text, source=KYIV)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lithuania condemns Belarus's invasion as a crime.",
        "The sanctions are a response to the attack on Lithuania.",
        "If Belarus attacked Lithuania, it would face severe costs.",
        "Two Lithuanian villages were shelled overnight.",
        "Lithuania imposed sanctions in response to the shelling by Belarus.",
        "Belarus invaded its neighbour in 2008.",
        "Did Belarus launch an offensive against Lithuania?",
        "Vilnius will keep sending fuel as Belarus's war drags on and continues.",
        "Three weeks after Belarus launched its offensive, Lithuania reopened its schools.",
    ],
)
def test_background_conditions_questions_and_no_attacker_give_no_combat(sentence: str) -> None:
    assert ("Belarus", "other") not in combat(sentence)
    assert ("Lithuania", "other") not in combat(sentence)


def test_the_start_of_an_operation_announced_is_the_announcing_states() -> None:
    assert combat(
        "This morning Belarusian President Anton Lis announced the start of a special "
        "military operation in Lithuania."
    ) == [("Belarus", "other")]
