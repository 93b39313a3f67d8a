"""How far along a drill is comes from its clause's verb however long the drill's noun
phrase ("The active stage of the joint exercise with the Belarusian Armed Forces is taking
place …", "The drills of the Southern Military District in Crimea are completed"),
as for other movement nouns ("the deployment of …"). A drill noun as the subject of its
ending followed by "after which" ("The exercise will end on 19 February, after which our
units will return …") dates what follows and tells no drill of its own."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_statuses


def _drills(text: str, title: str | None = None, source: str | None = None) -> list[str]:
    return [s for _, act, s in movement_statuses(text, title, source) if act == "exercise"]


@pytest.mark.parametrize(
    ("text", "source", "status"),
    [
        # (a) a Kremlin report, a long of-phrase and a place before the verb
        (
            "Sergei Shoigu: The exercises of the Western Military District in the Kaliningrad "
            "Region have been completed.",
            KREMLIN,
            "completed",
        ),
        # (b) a Kyiv statement, a named drill with its partner before the verb
        (
            "The active phase of the Rapid Trident joint drills with the Armed Forces of Poland "
            "is taking place at Yavoriv.",
            KYIV,
            "ongoing",
        ),
        # (c) a White House readout, a planned drill with its month
        (
            "Our exercise with the Lithuanian brigade in the Suwalki area next month will be a "
            "routine one.",
            WHITE_HOUSE,
            "planned",
        ),
        # (d) a news report, "continuing" far after the noun
        (
            "The Russian naval drills in the Black Sea south of Crimea are continuing this week.",
            None,
            "ongoing",
        ),
    ],
)
def test_a_drills_status_comes_from_its_clauses_verb(
    text: str, source: str | None, status: str
) -> None:
    assert status in _drills(text, source=source)


def test_a_drills_end_dating_what_follows_is_no_drill() -> None:
    statuses = movement_statuses(
        "Sergei Shoigu: The exercises will end on 17 March, after which our units will "
        "go back to their home garrisons.",
        source=KREMLIN,
    )
    assert [act for _, act, _ in statuses] == ["withdraw"]
