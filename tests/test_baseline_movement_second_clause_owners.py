"""A coordinated clause opened by forces of a state named in their own phrase is that
state's, however long the object between them and the trigger: "Russia has moved 20
battalions to the border, and Belarusian armed forces have since put two more motorised
rifle brigades on high alert" (Belarus's alert, not Russia's). And forces brought "to
readiness" are put on alert, not moved anywhere. Four surroundings (another publisher,
party, way of naming the owner, sentence shape), and look-alikes: a state named in the
second clause but not by its opening forces, forces naming no state or naming it by a
pronoun keep the first subject's owner. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, movements

Row = tuple[str, str]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A news text, the second clause's forces named by a state adjective, a long object
        # between them and the trigger.
        (
            "Russia has moved 20 battalions to the border, and Belarusian armed forces have"
            " since put two more motorised rifle brigades on high alert.",
            None,
            [("Russia", "deploy"), ("Belarus", "alert")],
        ),
        # Another publisher, the forces' state named by a possessive, a fronted adverbial.
        (
            "Over the weekend, Belarus moved two brigades to Gomel, and Russia's armed forces"
            " have since brought three more airborne battalions to combat readiness near"
            " Pskov.",
            WHITE_HOUSE,
            [("Belarus", "deploy"), ("Russia", "alert")],
        ),
        # A third publisher and other parties, "the" before the forces, an adverb.
        (
            "Lithuania has sent 300 soldiers to the Suwalki area, and the Polish armed forces"
            " have quietly brought some 2,000 more troops to full readiness near Augustow.",
            KREMLIN,
            [("Lithuania", "deploy"), ("Poland", "alert")],
        ),
        # "but" joining the clauses, the first opened by an adverbial.
        (
            "Since Monday, Russia has moved another 12 battalion tactical groups into the"
            " Brest region, but Belarusian armed forces have put two mechanised brigades"
            " on heightened readiness near the border.",
            None,
            [("Russia", "deploy"), ("Belarus", "alert")],
        ),
    ],
)
def test_a_second_clauses_forces_own_its_movement(
    text: str, source: str | None, expected: list[Row]
) -> None:
    assert [(m.actor.name, m.activity) for m in movements(text, source)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Forces named by a pronoun of the first subject: still its.
        (
            "Russia has moved 20 battalions to the border, and its troops have been put on"
            " high alert.",
            [("Russia", "deploy"), ("Russia", "alert")],
        ),
        # A state named in the second clause, but not by its opening forces: the first
        # subject's (guard: forces opening the clause).
        (
            "Russia has moved 20 battalions to the border, and with Belarusian consent its"
            " forces have since put two more motorised rifle brigades on high alert.",
            [("Russia", "deploy"), ("Russia", "alert")],
        ),
        # Forces naming no state: the first subject's.
        (
            "Russia has moved 20 battalions to the border, and the troops have been put on"
            " high alert.",
            [("Russia", "deploy"), ("Russia", "alert")],
        ),
        # Forces brought to a place are moved (guard: readiness is no place).
        (
            "Russia has brought two more brigades to the border near Belgorod.",
            [("Russia", "deploy")],
        ),
    ],
)
def test_the_first_subject_keeps_what_names_no_other(text: str, expected: list[Row]) -> None:
    assert [(m.actor.name, m.activity) for m in movements(text)] == expected


def test_forces_brought_to_readiness_are_not_moved() -> None:
    assert [
        (m.actor.name, m.activity)
        for m in movements("Belarus has brought two brigades to full combat readiness.")
    ] == [("Belarus", "alert")]
