"""A figure joined to a word by a hyphen: "a 1,000-strong squadron" counts its members, "a
40-mile convoy" measures something else, and "1,000" is never read as "1"."""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.quantities import find_forces, parse_quantity
from summarise.extraction.backends.baseline.scan import TextScan


@pytest.mark.parametrize(
    ("sentence", "forces", "low"),
    [
        # A fact sheet, a formation named by its kind.
        (
            "The 1,000-strong Stryker squadron has completed its move to Romania.",
            "1,000-strong Stryker squadron",
            1000,
        ),
        # A news report, another party, a bare noun of force.
        (
            "Britain will send a 1,200-strong battlegroup to Estonia.",
            "1,200-strong battlegroup",
            1200,
        ),
        # Another word of size, the actor named by its capital.
        (
            "Paris said a 500-man French detachment would leave for Romania.",
            "500-man French detachment",
            500,
        ),
        # A sentence with the figure late, and "-member".
        (
            "Arriving in Lithuania on Monday were 2,500-member units from Germany.",
            "2,500-member units",
            2500,
        ),
    ],
)
def test_a_figure_strong_counts_the_formation(sentence: str, forces: str, low: int) -> None:
    found = find_forces(TextScan(sentence), 0, len(sentence), load_lexicon())
    assert [f.text for f in found][-1:] == [forces]
    quantity = found[-1].quantity
    assert quantity is not None
    assert (quantity.low, quantity.high, quantity.unit, quantity.approximate) == (
        low,
        None,
        "troops",
        False,
    )


@pytest.mark.parametrize(
    ("phrase", "low", "high"),
    [
        ("a 3,000-man brigade", 3000, None),
        ("about 12,000-strong", 12000, None),
        ("a 1,000-1,500-strong force", 1000, 1500),
        ("2,000, 3,000 troops", 2000, None),
    ],
)
def test_a_figure_is_read_whole(phrase: str, low: int, high: int | None) -> None:
    quantity = parse_quantity(phrase)
    assert quantity is not None
    assert (quantity.low, quantity.high) == (low, high)


@pytest.mark.parametrize(
    "phrase",
    [
        # Look-alikes: a figure hyphened to a measure counts no forces.
        "the 40-mile convoy",
        "122-mm artillery",
        "a 1,000-year-old fortress",
        "a 2,000-km border",
    ],
)
def test_a_figure_of_measure_counts_nothing(phrase: str) -> None:
    assert parse_quantity(phrase) is None
