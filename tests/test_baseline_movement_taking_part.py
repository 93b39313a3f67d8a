"""A verb of taking part tells a drill only with forces as its subject: people taking part
in a hearing, a conference or a meeting ("with experts and members of parliament taking
part") move no forces. Four surroundings (another publisher, party, way of naming the
people, sentence shape), and look-alikes with forces as the subject, which stay.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # An absolute "with" clause after an occasion, people named by their state.
        (
            "The Polish Sejm will hold a hearing on Belarus next week, with Lithuanian"
            " diplomats taking part.",
            None,
        ),
        # People taking part told in a sentence of their own after the occasion.
        (
            "The conference opened in Riga on Monday. Estonian and Latvian officials took part.",
            None,
        ),
        # Another publisher, the people named by their office and body.
        (
            "The committee intends to hold a special session on energy security in March,"
            " with Polish experts and members of the Sejm taking part.",
            KYIV,
        ),
        # A third publisher, a seminar, a singular subject.
        (
            "A seminar on arms control was held in Geneva yesterday; a Russian delegation"
            " took part.",
            KREMLIN,
        ),
    ],
)
def test_people_taking_part_in_an_occasion_move_no_forces(text: str, source: str | None) -> None:
    assert movements(text, source) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Forces as the subject: the drill named in the sentence before (guard: forces
        # subject).
        (
            "The drills began on Monday. More than 4,000 Polish servicemen and 30 aircraft"
            " are taking part.",
            [("Poland", "exercise", "ongoing")],
        ),
        (
            "Zapad will start on Friday. Some 7,000 Belarusian servicemen will take part,"
            " together with Russian units.",
            [("Belarus", "exercise", "planned"), ("Russia", "exercise", "planned")],
        ),
    ],
)
def test_forces_taking_part_drill(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m.actor.name, m.activity, m.status) for m in movements(text, WHITE_HOUSE)] == expected
