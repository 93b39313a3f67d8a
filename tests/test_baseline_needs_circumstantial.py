"""A need in a clause of time, place or extent ("for as long as that aid is needed",
"whenever they are needed", "where they are needed") tells how long, when or where something lasts:
it asks nobody for anything, so the demand cue "is needed" there is no position. A need
stated as the clause's own predicate ("more air defence systems are needed now") still
asks. Invented sentences in three surroundings, with look-alikes."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a President's remarks: the aid given is the position, the duration none
        (
            "We will keep sending Ukraine weapons, money and medicine for as long as that aid "
            "is needed.",
            "Remarks by President Reed on Support for Ukraine",
            WHITE_HOUSE,
            [("Reed", "support")],
        ),
        # (b) the same speaker, "whenever" after a pledge of staying
        (
            "Our engineers will stay in Kyiv and help the grid operator whenever they are needed.",
            "Remarks by President Reed on Support for Ukraine",
            WHITE_HOUSE,
            [],
        ),
        # (c) a Russian minister's own turn, "where": the place a plan sends things to
        (
            "PAVEL ORLOV: Our field hospitals will be moved to the villages where they are "
            "needed most.",
            "Talks with Defence Minister Pavel Orlov",
            KREMLIN,
            [],
        ),
    ],
)
def test_a_need_in_a_clause_of_time_or_place_asks_nothing(
    text: str, title: str, source: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text, title, source) == expected


def test_a_need_stated_as_the_predicate_still_asks() -> None:
    held = held_stances(
        "Minister Taras Bondar stressed that more air defence systems are needed now.",
        "The Minister visited Lviv",
        KYIV,
    )
    assert held == [("Taras Bondar", "demand")]


def test_a_pledge_kept_for_as_long_as_needed_stays_a_pledge() -> None:
    held = held_stances(
        "Ukraine will keep its humanitarian corridors open for as long as they are needed.",
        "Address by President Volodymyr Zelenskyy",
        KYIV,
    )
    assert held == [("Volodymyr Zelenskyy", "commit")]
