"""A verb of raising forces (CAMEO 154: increase, boost, strengthen …) reports a build-up
where its object phrase, or a relative "where" before it, names a place ("increased its
contingents in Poland", "the Baltic states, where NATO has increased its contingents").
With no place ("We will go on strengthening our Armed Forces and equip them with modern
weapons") it states the forces' strength: no build-up anywhere."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


def _masses(text: str, source: str | None = None) -> list[str]:
    return [owner for owner, act in movement_owners(text, source=source) if act == "mass"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a Kremlin address, "we", strengthen and equip
        (
            "Vladimir Putin: We will go on strengthening our Armed Forces and supplying them with "
            "new aircraft.",
            KREMLIN,
        ),
        # (b) a Kyiv statement, a state as subject, "boost", a purpose after a comma
        (
            "Ukraine will boost its forces, so that no aggressor dares to attack.",
            KYIV,
        ),
        # (c) a news report, a ministry, "increase the number of" troops
        (
            "Poland's defence ministry plans to increase the size of its forces to 300,000 by "
            "2035.",
            None,
        ),
        # (d) a White House statement, a partner, "augment"
        (
            "Germany has decided to augment its armed forces with a special fund of 100 billion "
            "euros.",
            WHITE_HOUSE,
        ),
    ],
)
def test_forces_raised_with_no_place_are_no_build_up(text: str, source: str | None) -> None:
    assert _masses(text, source) == []


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a place in the object phrase
        ("Over the past month NATO has increased its contingents in Romania.", "NATO"),
        # a place named before, in a relative "where"
        (
            "He pointed to the Baltic states, where, he said, NATO has increased its contingents.",
            "NATO",
        ),
        # a border after the forces
        ("Russia keeps strengthening its grouping near the border.", "Russia"),
    ],
)
def test_forces_raised_somewhere_are_a_build_up(text: str, owner: str) -> None:
    assert owner in _masses(text)
