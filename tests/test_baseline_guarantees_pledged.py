"""Guaranteeing passage or safety is a pledge (`commit`; CAMEO 03, PETRARCH's PROMISE), as a
guarantee "that …" is: "the navy would guarantee safe passage to the grain ships", "it
guarantees a corridor". The verb is read by its object, so that guarantees asked for (the
noun: "written guarantees that …") stay a demand, and a guarantee nobody can give
("no one can guarantee the safety of …") pledges nothing.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances, stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a readout's that-clause, a modal and "the safe passage"
        (
            "Vladimir Putin assured the Moldovan side that Russian troops would guarantee safe "
            "passage for the buses across the bridge.",
            "Call with the Head of Government of Moldova",
            KREMLIN,
            "Vladimir Putin",
        ),
        # (b) another party's word reported in an address, the present and "a corridor"
        (
            "Moscow now claims it guarantees a corridor out of Mariupol for the buses with "
            "children.",
            "Evening address",
            KYIV,
            "Russian government",
        ),
        # (c) a minister named in narration, the past participle after "has"
        (
            "Minister Oleh Marchuk said that Ukraine has guaranteed the unhindered exit of "
            "the foreign students from Kharkiv.",
            "Minister meets ambassadors",
            KYIV,
            "Oleh Marchuk",
        ),
        # (d) a White House statement, a first-person pledge of the state's own crews
        (
            "Our Coast Guard will guarantee the safety of the relief vessels sailing to Constanta.",
            "Statement by President Dana Holt on Aid to Moldova",
            WHITE_HOUSE,
            "Dana Holt",
        ),
    ],
)
def test_guaranteeing_passage_or_safety_is_a_pledge(
    text: str, title: str, source: str, holder: str
) -> None:
    # The pledge is the guaranteeing side's word, as the text gives whose it is.
    assert held_stances(text, title, source) == [(holder, "commit")]


@pytest.mark.parametrize(
    "text",
    [
        "PAVEL ORLOV: On that bridge no one can guarantee the safety of the buses.",
        "PAVEL ORLOV: After dark the escorts cannot guarantee safe passage through the pass.",
    ],
)
def test_a_guarantee_nobody_can_give_pledges_nothing(text: str) -> None:
    assert "commit" not in stances(text, "Talks with Foreign Minister Pavel Orlov", KREMLIN)


def test_guarantees_asked_for_stay_a_demand() -> None:
    text = "PAVEL ORLOV: We demand written guarantees that the alliance stays out of Georgia."
    assert held_stances(text, "Talks with Foreign Minister Pavel Orlov", KREMLIN) == [
        ("Pavel Orlov", "demand")
    ]
