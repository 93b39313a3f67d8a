"""Forces held at a border with a participle of placing between them and the place: "Russia
now has well over 110,000 troops arrayed around Ukraine" is the posture "has 120,000 troops
around Ukraine" (CAMEO 15 EXHIBIT FORCE POSTURE), a build-up going on. Only participles of
placing forces (arrayed, deployed, stationed, massed, positioned, concentrated, gathered):
"troops killed near Bakhmut" are no posture."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_statuses

Row = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "source", "held"),
    [
        # (a) a White House transcript, "now has", a dash list of places after
        (
            "THE PRESIDENT: Russia now has about 90,000 troops arrayed along Ukraine's "
            "borders — in the north, in the east and in Crimea.",
            WHITE_HOUSE,
            ("Russia", "mass", "ongoing"),
        ),
        # (b) a Kremlin text: the other side named by its capital, "deployed near"
        (
            "Vladimir Putin: Kiev has some 60,000 servicemen deployed near the contact line.",
            KREMLIN,
            ("Ukraine", "mass", "ongoing"),
        ),
        # (c) a news report, "keeps … stationed", the source after
        (
            "Belarus keeps 15,000 soldiers stationed along the Lithuanian border, officials said.",
            None,
            ("Belarus", "mass", "ongoing"),
        ),
        # (d) a Kyiv statement, "still keeps … arrayed close to"
        (
            "Russia still keeps more than 100,000 troops arrayed close to our northern border.",
            KYIV,
            ("Russia", "mass", "ongoing"),
        ),
    ],
)
def test_forces_held_with_a_participle_of_placing(text: str, source: str | None, held: Row) -> None:
    assert held in movement_statuses(text, source=source)


@pytest.mark.parametrize(
    "text",
    [
        # a participle of what befell the forces, not of placing them
        "Russia has 2,000 troops killed around Bakhmut, the ministry said.",
        "Ukraine has some 5,000 soldiers trained near Lviv by Western instructors.",
        # a participle of placing with no place after it
        "Russia has 90,000 troops deployed, the ministry said.",
    ],
)
def test_other_participles_hold_no_posture(text: str) -> None:
    assert [m for m in movement_statuses(text) if m[1] == "mass"] == []
