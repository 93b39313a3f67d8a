"""A joint drill reported with a partner's forces after "with" ("the joint drill with the
Armed Forces of Belarus", in a Russian minister's report) is the reporting side's drill:
the forces after "with" are the partner's, not the drill's owner. A drill whose owner is
named before it ("the American exercise with …") keeps that owner. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _drills(text: str, title: str, source: str) -> list[str]:
    draft = extract(text, title=title, source=source)
    return [m.actor.name for m in draft.military_movements if m.activity == "exercise"]


@pytest.mark.parametrize(
    ("title", "source", "text", "owner"),
    [
        # (a) a Kremlin transcript, a minister's turn, the partner's forces by their name
        (
            "Meeting with Defence Minister Sergei Shoigu",
            KREMLIN,
            "Vladimir Putin: Good afternoon. How are the drills going?\n\nSergei Shoigu: "
            "Comrade Supreme Commander-in-Chief, the joint exercise with the Armed Forces of "
            "Kazakhstan began this morning at the Donguz range.",
            "Russia",
        ),
        # (b) a Kremlin transcript, "drills" with the partner's units by adjective
        (
            "Meeting with Chief of the General Staff Valery Gerasimov",
            KREMLIN,
            "Vladimir Putin: Please report.\n\nValery Gerasimov: The drills with the "
            "Belarusian units at the Brestsky range are proceeding according to plan.",
            "Russia",
        ),
        # (c) a White House text, "our" drills, the partner's forces by adjective
        (
            "Remarks by President Biden before meeting Prime Minister Kishida",
            WHITE_HOUSE,
            "Next week our joint drills with the Japanese Self-Defense Forces start off Okinawa.",
            "United States",
        ),
        # (d) a Kyiv address, the drill noun after a time adverb, a place after it
        (
            "Address by President Olena Marchuk",
            KYIV,
            "Tomorrow our joint exercise with the Polish Armed Forces begins near Yavoriv.",
            "Ukraine",
        ),
    ],
)
def test_a_joint_drill_with_a_partners_forces_is_the_reporters(
    title: str, source: str, text: str, owner: str
) -> None:
    assert _drills(text, title, source) == [owner]


def test_a_joint_drill_whose_owner_is_named_keeps_it() -> None:
    # guard: a party of another side named before the drill is its owner, not the reporter
    text = (
        "Vladimir Putin: Please report.\n\nSergei Shoigu: Comrade Supreme "
        "Commander-in-Chief, the American exercise with the Polish Armed Forces near Drawsko "
        "began today."
    )
    drills = _drills(text, "Meeting with Defence Minister Sergei Shoigu", KREMLIN)
    assert drills == ["United States"]


def test_a_narrated_joint_drill_has_no_reporter() -> None:
    # guard: with no speaker the sentence is narration, and "with" names the only owner
    text = (
        "The joint exercise with the Armed Forces of Belarus began on Sunday at the Gozhsky range."
    )
    assert _drills(text, "Joint drills begin", KREMLIN) == ["Belarus"]
