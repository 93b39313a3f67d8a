"""A condition set as what alone makes a course sensible ("a summit would only be worth
holding if it were carefully readied") and the one way to an end named ("the one way to end
the dispute is to carry out the agreements in full") ask for what they name: `demand` (CAMEO
10), as "a settlement is only possible if …" already is. Not a way of describing a thing,
which judges it. Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a readout, a name, "would only make sense if"
        (
            "Vladimir Putin noted that a summit would only make sense if it was prepared by the "
            "foreign ministers and led to concrete results on Donbas.",
            [("Vladimir Putin", "demand")],
        ),
        # (b) a quotation, "makes sense only when"
        (
            'Foreign Minister Dmytro Kuleba said: "A new round of talks with Russia makes sense '
            'only when its troops leave our border."',
            [("Dmytro Kuleba", "demand")],
        ),
        # (c) a ministry, "the only way to … is"
        (
            "The Russian Foreign Ministry said that the only way to settle the conflict in "
            "Donbas is direct dialogue between Kiev and Donetsk.",
            [("Russian Foreign Ministry", "demand")],
        ),
        # (d) the quotation first, "the only path forward is"
        (
            '"The only path forward is the withdrawal of Russian forces from Ukraine," Prime '
            "Minister Mark Rutte said.",
            [("Mark Rutte", "demand")],
        ),
    ],
)
def test_a_condition_or_the_one_way_set_is_asked_for(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A way of describing: the judgement is the stance, no demand.
        'President Joe Biden said: "The only way to describe this is a war of choice by Russia."',
        'Foreign Minister Dmytro Kuleba said: "The only way to see this is as aggression against '
        'Ukraine."',
    ],
)
def test_a_way_of_describing_asks_nothing(text: str) -> None:
    """Look-alikes: "the only way to describe/see …" names no course."""
    assert "demand" not in [stance for _, stance in held_stances(text)]
