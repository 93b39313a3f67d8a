"""A joint drill named in a time adjunct dates another event and reports no drill of its
own, as any drill there does ("before the joint exercise in April", "after the joint drills
ended"): "joint" is one of the modifiers a forces or drill noun may have. Four surroundings
(another publisher, party, way of naming the drill, sentence shape), and look-alikes: a
joint drill told as the event stays. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A readout, "before" with a month after the drill.
        (
            "We agreed that our air group at the base will be reinforced by four attack"
            " aircraft before the joint exercise in May.",
            KREMLIN,
        ),
        # "after" with the drill's end told, another publisher and party.
        (
            "Polish units returned to their bases after the joint drills ended.",
            WHITE_HOUSE,
        ),
        # "until", a third publisher.
        (
            "The Lithuanian battalion will stay in Rukla until the joint manoeuvres.",
            KYIV,
        ),
        # "following", a news text, a fronted adverbial.
        (
            "Following the joint exercises, two Estonian companies moved to Tapa.",
            None,
        ),
    ],
)
def test_a_joint_drill_in_a_time_adjunct_is_no_drill(text: str, source: str | None) -> None:
    assert "exercise" not in [m.activity for m in movements(text, source)]


@pytest.mark.parametrize(
    "text",
    [
        # The joint drill is the event (guard: a time preposition opens the phrase).
        "The joint exercise of Polish and Lithuanian units began near Suwalki on Monday.",
        "Some 3,000 Polish troops are taking part in the joint drills near Suwalki.",
    ],
)
def test_a_joint_drill_told_stays(text: str) -> None:
    assert "exercise" in [m.activity for m in movements(text)]
