"""Baseline figures and forces phrases."""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline.quantities import find_forces, parse_quantity
from summarise.extraction.backends.baseline.triggers import load_lexicon
from summarise.schema import Quantity


@pytest.mark.parametrize(
    ("phrase", "low", "high", "approximate"),
    [
        ("3,000", 3000, None, False),
        ("8,500", 8500, None, False),
        ("around 130,000", 130000, None, True),
        ("about 100,000", 100000, None, True),
        ("more than 100,000", 100000, None, True),
        ("100,000-130,000", 100000, 130000, False),
        ("100,000 to 130,000", 100000, 130000, False),
        ("between 3,000 and 5,000", 3000, 5000, False),
        ("four", 4, None, False),
        ("twenty-five", 25, None, False),
        ("two thousand", 2000, None, False),
        ("1.5 million", 1500000, None, False),
        ("a few hundred", 100, None, True),
        ("several thousand", 1000, None, True),
        ("thousands", 1000, None, True),
        ("tens of thousands", 10000, None, True),
    ],
)
def test_figures(phrase: str, low: int, high: int | None, approximate: bool) -> None:
    assert parse_quantity(phrase) == Quantity(
        low=low, high=high, unit="troops", approximate=approximate
    )


def test_a_vague_amount_without_magnitude_has_no_figure() -> None:
    assert parse_quantity("a small number of") is None


@pytest.mark.parametrize(
    ("sentence", "forces", "unit", "low"),
    [
        ("He will send 3,000 more troops to the region.", "3,000 more troops", "troops", 3000),
        (
            "There are now around 130,000 Russian troops massed near the border.",
            "around 130,000 Russian troops",
            "troops",
            130000,
        ),
        (
            "And approximately 1,000 Germany-based servicemen will move to Romania.",
            "approximately 1,000 Germany-based servicemen",
            "troops",
            1000,
        ),
        (
            "Four Russian Bear bombers skirted British airspace.",
            "Four Russian Bear bombers",
            "aircraft",
            4,
        ),
        ("Two warships sailed.", "Two warships", "ships", 2),
        ("It sent 40 tanks.", "40 tanks", "vehicles", 40),
    ],
)
def test_forces_phrase_and_unit_come_from_the_head_noun(
    sentence: str, forces: str, unit: str, low: int
) -> None:
    found = find_forces(sentence, 0, len(sentence), load_lexicon())
    assert [(f.text, f.unit) for f in found] == [(forces, unit)]
    assert found[0].quantity is not None
    assert found[0].quantity.low == low
    assert found[0].quantity.unit == unit


def test_coordinated_forces_nouns_form_one_phrase() -> None:
    sentence = "It authorised the transfer of weapons and other equipment to Ukraine."
    found = find_forces(sentence, 0, len(sentence), load_lexicon())
    assert [(f.text, f.unit, f.quantity) for f in found] == [
        ("weapons and other equipment", "weapons", None)
    ]


def test_a_dotted_abbreviation_stays_in_the_phrase() -> None:
    sentence = "He would send a small number of U.S. troops to Eastern Europe."
    found = find_forces(sentence, 0, len(sentence), load_lexicon())
    assert [(f.text, f.quantity) for f in found] == [("a small number of U.S. troops", None)]
