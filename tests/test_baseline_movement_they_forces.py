"""An unresolved "they" after forces named earlier in its sentence takes up those forces (the
subject it goes on with), and their owner is the party named with them: "Russian forces have
launched missiles from Belarusian soil, and they moved troops toward Kyiv" is Russia's
deployment; "The Ukrainian armed forces have brought up heavy artillery …, and they shell
Donetsk" is Ukraine's shelling. Four surroundings (publisher, party, way of naming the owner:
an adjective, a possessive; the verb: moved, shell, are moving), and the look-alikes: forces
named with no owner ("New units are arriving …, and they moved …", "Several battalions …, and
they shell …") lend "they" none. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A White House briefing: an adjective, a deployment after combat.
        (
            "Russian forces have fired rockets from Belarusian territory, and they moved tanks"
            " toward Kyiv last week.",
            WHITE_HOUSE,
            [("Russia", "deploy"), ("Russia", "other")],
        ),
        # A Kremlin address: combat told with "they".
        (
            "The Ukrainian armed forces have brought up heavy artillery up to the line of contact,"
            " and they shell Gorlovka every night.",
            KREMLIN,
            [("Ukraine", "deploy"), ("Ukraine", "other")],
        ),
        # A Kyiv readout: another party.
        (
            "Belarusian units have reached the border, and they moved two more battalions to"
            " Mozyr on Monday.",
            KYIV,
            [("Belarus", "deploy")],
        ),
        # A news report: a possessive, the progressive.
        (
            "Officials said Russia's troops have left the exercise grounds, and they are moving"
            " tanks towards the border.",
            None,
            [("Russia", "exercise"), ("Russia", "deploy")],
        ),
    ],
)
def test_they_after_owned_forces_is_their_owners(
    text: str, source: str | None, expected: list[tuple[str, str]]
) -> None:
    assert movement_owners(text, None, source) == expected


@pytest.mark.parametrize(
    "text",
    [
        "New units are arriving near the border, and they moved two battalions towards Kharkiv"
        " overnight.",
        "Several battalions have reached the border, and they shell Kharkiv every night.",
    ],
)
def test_they_after_unowned_forces_names_no_owner(text: str) -> None:
    assert movement_owners(text, None, KYIV) == []
