"""A condition opening its sentence ("Should Moscow choose escalation, …", "If NATO goes
ahead with …", "In the event that …", "Unless …") governs a main clause of what will or may
be done after it, however long the condition: the movement there is foreseen, no plan told
(rule 4). A main clause that tells what was done stays asserted ("If you look at the
satellite images, Russia has moved …"). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


def _moves(text: str, source: str | None) -> list[tuple[str, str]]:
    return [(m.actor.name, m.activity) for m in movements(text, source)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a White House text, an inverted condition and "however", readiness after it
        (
            "Should Moscow launch a new offensive in the east, however, the Alliance is ready "
            "to move its rapid reaction forces to Romania within days.",
            WHITE_HOUSE,
        ),
        # (b) a Kremlin text, a long if-clause, "will" in the main clause
        (
            "If NATO goes ahead with placing its missiles in Poland and in Romania over the "
            "coming year, Russia will deploy additional Iskander systems to the Kaliningrad "
            "region.",
            KREMLIN,
        ),
        # (c) a Kyiv text, "in the event that", a command as the subject
        (
            "In the event that Belarus joins the offensive in the north, the Ukrainian "
            "command will move three more brigades to the Volyn and Rivne regions.",
            KYIV,
        ),
        # (d) a news report, "unless", a source after the main clause
        (
            "Unless Moscow pulls its troops back from the border by the end of the month, "
            "Britain will send another 350 marines to Poland, officials in London said.",
            None,
        ),
    ],
)
def test_a_movement_foreseen_after_a_fronted_condition_is_not_told(
    text: str, source: str | None
) -> None:
    assert [m for m in _moves(text, source) if m[1] == "deploy"] == []


def test_what_was_done_after_a_fronted_condition_stays_told() -> None:
    # guard: only a main clause of what will or may be done is the condition's
    text = (
        "If you look at the latest satellite images from the Belarusian border region, "
        "Russia has moved another 30,000 troops into Belarus since January."
    )
    assert ("Russia", "deploy") in _moves(text, None)


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: what will be done is seeing or telling, the movement its object clause
        (
            "If you look carefully at the satellite images published by Maxar this week, you "
            "will see that Russia has moved 100,000 troops to the Ukrainian border."
        ),
        (
            "Should anyone doubt it, the Pentagon will tell you that Russia has deployed "
            "30,000 troops to Belarus."
        ),
    ],
)
def test_a_movement_in_what_the_main_clause_will_see_or_tell_stays_told(text: str) -> None:
    assert ("Russia", "deploy") in _moves(text, None)
