"""State adjectives joined before one forces or drill noun: "Lithuanian and Polish troops",
"the joint Russian-Belarusian exercise" name forces of each state (a coordination is each
member's, Quirk et al. 13.2), so the movement is told once for each state, as a coordinated
subject is ("Lithuania and Poland sent troops"). A hyphenated pair of state adjectives is
two modifiers, not a double name. Adjectives that are not joined to the owner's (another
phrase's, a place's) add nobody."""

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
        # (b) a Kremlin transcript, a hyphenated pair before the drill noun
        (
            "Sergei Shoigu: The joint Russian-Belarusian exercise is proceeding according to plan.",
            KREMLIN,
            {"Russia", "Belarus"},
        ),
        # (c) a news report, a deployment, the adjectives before a compound noun
        (
            "On Monday, Belgian and German air defence units arrived in Slovakia.",
            None,
            {"Belgium", "Germany"},
        ),
        # (d) a Kyiv statement, the hyphenated pair in the subject of a drill verb
        (
            "Russian-Belarusian forces are holding exercises near our northern border.",
            KYIV,
            {"Russia", "Belarus"},
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
