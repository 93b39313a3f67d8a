"""A party named where forces go or where people flee from ("these forces are not going to
Ukraine", "send U.S. forces into Moldova", "people fleeing Ukraine") is a place, the goal or
source of a movement, not whom the view is aimed at (``targets._goal``): the item has no
target there. In four surroundings (publisher, party, way of naming the holder, sentence
shape), with look-alikes: what is sent is no force ("send more Javelins to Ukraine": the
recipient is the target), "going to" before a verb ("going to help Ukraine"). Invented
sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, extract


def _targets(text: str, title: str | None, source: str | None) -> list[str | None]:
    found = extract(text, title, source).positions
    return [None if p.target is None else p.target.name for p in found]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a White House briefing: the forces' subject, "going to"
        (
            "MS. PSAKI: These forces are not going to Ukraine.",
            "Press Briefing by Press Secretary Jen Psaki",
            WHITE_HOUSE,
        ),
        # (b) a news report of a Baltic leader: another state's soldiers
        (
            "Estonian Prime Minister Kaja Kallas said that Estonian soldiers are not going to "
            "Ukraine.",
            None,
            None,
        ),
        # (c) a Kremlin spokesman reported: "deploy troops to", another continent
        ("Dmitry Peskov said that Russia has no plans to deploy troops to Venezuela.", None, None),
        # (c2) formations sent, named as the lexicon names forces ("brigades")
        (
            "Dmitry Peskov said that Russia has no plans to send brigades to Venezuela.",
            None,
            None,
        ),
        # (d) a Kyiv readout: people fleeing a country
        (
            "Volodymyr Zelenskyy said that Poland is ready to receive people fleeing Ukraine.",
            "Address by the President of Ukraine",
            KYIV,
        ),
    ],
)
def test_a_party_named_as_a_movement_goal_is_no_target(
    text: str, title: str | None, source: str | None
) -> None:
    assert _targets(text, title, source) == [None]


@pytest.mark.parametrize(
    "text",
    [
        # what is sent is no force: the recipient is the target
        "MS. PSAKI: We are going to send more Javelins to Ukraine.",
        # "going to" before a verb: the verb's object is the target
        "MS. PSAKI: We are going to help Ukraine.",
    ],
)
def test_a_recipient_or_an_object_stays_the_target(text: str) -> None:
    assert _targets(text, "Press Briefing by Press Secretary Jen Psaki", WHITE_HOUSE) == ["Ukraine"]
