"""Guaranteeing passage or safety is a pledge (`commit`; CAMEO 03, PETRARCH's PROMISE), as a
guarantee "that …" is: "the military would guarantee the safe passage of the convoys", "it
guarantees a corridor". The verb is read by its object, so that guarantees asked for (the
noun: "legally binding guarantees that …") stay a demand, and a guarantee nobody can give
("no one can guarantee the safety of …") pledges nothing.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract


def _stances(text: str, title: str, source: str) -> list[str]:
    return [p.stance for p in extract(text, title, source).positions]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a readout's that-clause, a modal and "the safe passage"
        (
            "The President of Russia confirmed that the Russian military would guarantee the "
            "safe passage of the convoys to the border.",
            "Telephone conversation with Prime Minister of Moldova",
            KREMLIN,
        ),
        # (b) another party's word reported in an address, the present and "a corridor"
        (
            "The Russian side says it guarantees a corridor for the evacuation of civilians "
            "from the city.",
            "Address by the President",
            KYIV,
        ),
        # (c) a minister named in narration, the past participle after "has"
        (
            "Minister Oleh Marchuk said that Ukraine has guaranteed the unhindered exit of "
            "the foreign students from Kharkiv.",
            "Minister meets ambassadors",
            KYIV,
        ),
    ],
)
def test_guaranteeing_passage_or_safety_is_a_pledge(text: str, title: str, source: str) -> None:
    assert _stances(text, title, source) == ["commit"]


@pytest.mark.parametrize(
    "text",
    [
        "SERGEI LAVROV: No one can guarantee the safety of these convoys.",
        "SERGEI LAVROV: The organisers cannot guarantee safe passage on that road.",
    ],
)
def test_a_guarantee_nobody_can_give_pledges_nothing(text: str) -> None:
    assert "commit" not in _stances(text, "Meeting with Foreign Minister Sergei Lavrov", KREMLIN)


def test_guarantees_asked_for_stay_a_demand() -> None:
    text = "SERGEI LAVROV: We demand legally binding guarantees that NATO will not expand eastward."
    assert _stances(text, "Meeting with Foreign Minister Sergei Lavrov", KREMLIN) == ["demand"]
