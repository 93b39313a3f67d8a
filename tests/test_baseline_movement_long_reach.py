"""Moving or bringing forces from one place to another, however long the forces phrase
between the verb and its origin: "will move an air defence battery and its crew of about
200 from Italy to …", "has brought up no fewer than four more battalion tactical groups
from the Kursk region toward …" (CAMEO MOVE &MILITARY, the origin and the
goal in the verb's own clause)."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

Row = tuple[str, str]


def movements(text: str, source: str | None = None) -> list[Row]:
    return [(m.actor.name, m.activity) for m in extract(text, source=source).military_movements]


@pytest.mark.parametrize(
    ("text", "source", "moved"),
    [
        # (a) a White House readout, a that-clause, "would move" (planned)
        (
            "President Biden noted that the United States will move a mobile coastal "
            "defense battery and its roughly 250 personnel from Italy to Constanta in the "
            "coming weeks.",
            WHITE_HOUSE,
            ("United States", "deploy"),
        ),
        # (b) a Kyiv statement, the adversary's "brought up", a fronted place adverbial
        (
            "In the south, the occupiers have brought up at least four more battalion "
            "tactical groups of motorised infantry from the Rostov region toward Melitopol.",
            KYIV,
            ("Russia", "deploy"),
        ),
        # (c) a news report, the owner named by its adjective, "bringing" in a clause
        (
            "Officials said Belarusian commanders were bringing two more brigades of "
            "mechanised infantry and their artillery from Minsk toward the Polish border.",
            None,
            ("Belarus", "deploy"),
        ),
        # (d) a Kremlin text, "moved" in the second clause of a sentence
        (
            "Vladimir Putin: The talks went on, but NATO moved two further squadrons of "
            "multirole fighter aircraft with their ground crews from Spain into Lithuania.",
            KREMLIN,
            ("NATO", "deploy"),
        ),
    ],
)
def test_a_long_forces_phrase_before_the_origin_is_moved(
    text: str, source: str | None, moved: Row
) -> None:
    assert moved in movements(text, source)


@pytest.mark.parametrize(
    "text",
    [
        # what is brought is no force: delegations, a case, a debate
        "Finland brought the two delegations of negotiators and their advisers from "
        "Helsinki to Geneva for the talks.",
        # "brought to" is the goal itself, nothing between (justice, the table)
        "Poland said those responsible will be brought to justice from wherever they are "
        "hiding to The Hague.",
        # a figure of speech: the debate moved
        "Germany has moved the whole debate about energy security and its costs from "
        "Berlin to Brussels.",
    ],
)
def test_what_is_no_force_is_not_moved(text: str) -> None:
    assert [m for m in movements(text) if m[1] == "deploy"] == []
