"""A cost that a course is foretold to have, or whose size is told as suffered, is borne,
not imposed: a warning (the guide: a predicted consequence is `warn`), as "an invasion would
carry a terrible human cost" already is. "Defending freedom will have costs" (synthetic10
r08), "the human cost would be staggering" (synthetic10 r03); the labels of "any further
aggression would have massive consequences for Russia" (synthetic s11, synthetic8 y12) agree.
A measure readied or imposed stays one. Four surroundings, with look-alikes. Invented
sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a spokesperson's statement, a condition, the size of the cost after a copula
        (
            'White House spokesperson Emily Horne said: "If Russia moves forward, the human '
            'cost would be staggering."',
            [("United States", "warn")],
        ),
        # (b) a president's remarks, one's own course "will have costs"
        (
            'President Joe Biden said: "Defending freedom will have costs, and Americans may '
            'see it at the gas pump."',
            [("Joe Biden", "warn")],
        ),
        # (c) another government, a modifier before the cost, whom it falls on after it
        (
            'Prime Minister Mark Rutte said: "Standing with Ukraine will have real costs for '
            'our economies."',
            [("Mark Rutte", "warn")],
        ),
        # (d) the quotation first, consequences, the size adjective before the noun
        (
            '"Any invasion would have devastating consequences for the whole region," Foreign '
            "Minister Ilse Varga said.",
            [("Ilse Varga", "warn")],
        ),
    ],
)
def test_a_cost_foretold_as_suffered_is_a_warning(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # Sanctions one "will have" ready: a measure readied, no cost.
        (
            'Chancellor Olaf Scholz said: "If Russia invades, we will have sanctions ready."',
            "threaten",
        ),
        # A cost sized by a threat's force ("severe"), not as suffered: still promised.
        ('Chancellor Olaf Scholz said: "If Russia invades, the costs will be severe."', "threaten"),
        # A measure's own consequences: the first measure is the sanctions, taken.
        (
            'Chancellor Olaf Scholz said: "Our sanctions will have severe consequences for the '
            'Russian economy."',
            "commit",
        ),
    ],
)
def test_a_measure_readied_or_imposed_stays_one(text: str, stance: str) -> None:
    """Look-alikes: only a cost or consequence had, or sized after a copula, is borne."""
    assert [s for _, s in held_stances(text)] == [stance]
