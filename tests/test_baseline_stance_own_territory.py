"""A limit a party sets on its own territory ("will not let its territory be used for
…", "does not allow foreign military bases on its soil") is its own undertaking
(CAMEO 03), a commitment; not allowing another party's act stays a rejection, and asking a
party not to allow it a demand.
"""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "President Anna Berg said Sweden will not allow its territory to be used for an attack "
        "on Russia.",
        # (b) after a fronted adverbial, the bases form
        "On Monday, President Anna Berg said that Sweden does not allow foreign military bases "
        "on its territory.",
        # (c) a pronoun after a first mention, another verb and the airspace
        "President Anna Berg spoke in Stockholm. She said Sweden would not permit its airspace "
        "to be used for strikes on Belarus.",
        # (d) one clause of two, with a postposed "…, X said"
        "Sweden will not allow its territory to be used for any attack, and it says so "
        "openly, President Anna Berg said.",
        # the contracted form
        "President Anna Berg said Sweden won\u2019t let its territory be used for any attack.",
    ],
)
def test_a_limit_on_ones_own_territory_is_a_commitment(text: str) -> None:
    assert held_stances(text) == [("Anna Berg", "commit")]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # Another party's act not allowed: a rejection.
        (
            "President Anna Berg said Sweden will not allow Russia to use the Baltic Sea for "
            "blackmail.",
            "oppose",
        ),
        # Asking another party not to allow it: a demand.
        (
            "President Anna Berg called on Belarus not to allow its territory to be used for an "
            "attack on Ukraine.",
            "demand",
        ),
    ],
)
def test_anothers_act_not_allowed_or_asked_is_no_commitment(text: str, stance: str) -> None:
    assert [s for _, s in held_stances(text)] == [stance]
