"""What a unit is for or how it moves, said before its noun, is part of the forces phrase:
"two air defence battalions", "14 mobile units" are counted forces (their figure read), so
a decree's two movements of one state, each counted, stay two. Four surroundings (another
publisher, party, unit noun, sentence shape), and a look-alike: the word away from a
forces noun is no part of the phrase. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

from summarise.schema import MilitaryMovement, Quote


def rows(text: str, source: str | None = None) -> list[tuple[str, str, int | None]]:
    found: list[MilitaryMovement[Quote]] = extract(text, source=source).military_movements
    return [(m.actor.name, m.forces, m.quantity.low if m.quantity else None) for m in found]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A passive, the owner in the forces' of-phrase.
        (
            "Two air defence battalions of the Armed Forces of Ukraine were moved to the Kyiv"
            " region last week.",
            KYIV,
            [("Ukraine", "Two air defence battalions of the Armed Forces of Ukraine", 2)],
        ),
        # A news text, a plan, how the units move.
        (
            "Poland will deploy 14 mobile units to the border with Belarus.",
            None,
            [("Poland", "14 mobile units", 14)],
        ),
        # Another publisher and spelling, an aircraft unit.
        (
            "The United States has sent three air defense squadrons to Slovakia.",
            WHITE_HOUSE,
            [("United States", "three air defense squadrons", 3)],
        ),
        # A third publisher, the forces the subject of an intransitive verb.
        (
            "Six mobile battalions of the Western Military District have arrived in Belarus.",
            KREMLIN,
            [("Russia", "Six mobile battalions of the Western Military District", 6)],
        ),
    ],
)
def test_a_units_purpose_or_mobility_is_part_of_its_phrase(
    text: str, source: str | None, expected: list[tuple[str, str, int | None]]
) -> None:
    assert rows(text, source) == expected


def test_the_word_away_from_a_forces_noun_is_no_part_of_it() -> None:
    assert rows("The Polish defence ministry said that 300 troops arrived in Rzeszow.") == [
        ("Poland", "300 troops", 300)
    ]
