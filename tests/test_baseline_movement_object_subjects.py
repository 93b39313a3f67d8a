"""A drill noun that is the object of a clause's verb is that clause's subject's, not the
subject of the sentence that reports the clause: "Petrov said that the United States held
exercises in Poland" is the United States' drill, not Russia's; so is one whose number
the verb governs ("NATO has increased the number of exercises near our borders", a
quantifying noun before the drill, as "increased the scale of"). A clause whose subject
judges the drill ("Poland condemned the exercises") or whose verb takes it after a
preposition ("asked about the exercises") names no owner. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

Row = tuple[str, str, str]


def rows(text: str, source: str | None = None) -> list[Row]:
    draft = extract(text, source=source)
    return [(m.actor.name, m.activity, m.forces) for m in draft.military_movements]


@pytest.mark.parametrize(
    ("text", "source", "row"),
    [
        (
            "Minister Ivan Orlov noted that the alliance had increased the number of "
            "exercises near our borders.",
            KREMLIN,
            ("NATO", "exercise", "exercises"),
        ),
        (
            "The General Staff reported that Belarus has increased the number of drills "
            "near Brest.",
            KYIV,
            ("Belarus", "exercise", "drills"),
        ),
        (
            "Sergei Petrov said that the United States held exercises in Poland last week.",
            KREMLIN,
            ("United States", "exercise", "exercises"),
        ),
        (
            "The spokesman said that Belarus carried out large-scale exercises near the border.",
            WHITE_HOUSE,
            ("Belarus", "exercise", "large-scale exercises"),
        ),
    ],
)
def test_a_drill_noun_is_its_clause_subjects(text: str, source: str | None, row: Row) -> None:
    assert row in rows(text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Sergei Petrov said that Poland condemned the exercises.", KREMLIN),
        # the drill after a preposition is no object of the verb
        ("Officials said that Poland asked about the exercises near the border.", None),
        ("Officials said that Poland learned of the exercises near the border.", None),
        ("Officials said that Poland welcomed the exercises near the border.", None),
    ],
)
def test_a_judge_of_the_drill_is_not_its_owner(text: str, source: str | None) -> None:
    assert rows(text, source) == []
