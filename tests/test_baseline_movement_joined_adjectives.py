"""State adjectives joined before one forces or drill noun: "Lithuanian and Polish troops",
"the joint drill of the Russian and Belarusian armed forces" name forces of each state (a
coordination is each member's, Quirk et al. 13.2), so the movement is told once for each
state, as a coordinated subject is ("Lithuania and Poland sent troops"). A hyphenated pair
names a drill by its partners ("the joint Russian-Belarusian exercise") and adds no second
owner: the labels give it to the reporting side alone two times in three. Adjectives that
are not joined to the owner's (another phrase's, a place's) add nobody."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_statuses


def _owners(text: str, source: str | None = None) -> set[str]:
    return {m[0] for m in movement_statuses(text, source=source)}


@pytest.mark.parametrize(
    ("text", "source", "owners"),
    [
        # (a) a White House readout, "and", a drill with a partner before the adjectives
        (
            "American soldiers are training alongside Latvian and Estonian troops in joint drills "
            "near Adazi.",
            WHITE_HOUSE,
            {"Latvia", "Estonia"},
        ),
        # (b) a Kremlin readout, the adjectives in the drill's of-phrase
        (
            "Vladimir Putin said the joint exercise of the Russian and Belarusian armed forces "
            "now under way is purely defensive.",
            KREMLIN,
            {"Russia", "Belarus"},
        ),
        # (c) a news report, a deployment, the adjectives before a compound noun
        (
            "On Monday, Belgian and German air defence units arrived in Slovakia.",
            None,
            {"Belgium", "Germany"},
        ),
        # (d) a Kyiv statement, the pair in the subject of a drill verb, a fronted adverbial
        (
            "Since Monday, Belarusian and Armenian units have been holding exercises near Gomel.",
            KYIV,
            {"Belarus", "Armenia"},
        ),
    ],
)
def test_joined_state_adjectives_each_own_the_movement(
    text: str, source: str | None, owners: set[str]
) -> None:
    assert owners <= _owners(text, source)


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        # an adjective of another phrase just before the forces, nothing joining the two
        ("A Lithuanian officer said German troops arrived in Rukla.", {"Germany"}),
        ("After the Estonian talks, British troops arrived in Tapa.", {"United Kingdom"}),
        # a place's hyphenated suffix read into the next name ("based US") joins nothing
        ("Around 500 Germany-based US troops will move to Poland.", {"United States"}),
    ],
)
def test_adjectives_not_joined_before_the_forces_add_nobody(text: str, owners: set[str]) -> None:
    assert _owners(text) == owners


def test_a_hyphenated_pair_naming_a_drill_is_the_reporting_sides() -> None:
    text = "Sergei Shoigu: The joint Russian-Belarusian exercise is going according to plan."
    assert "Belarus" not in _owners(text, KREMLIN)
