"""Forces phrases and the figures in them; a vague amount states no figure."""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.quantities import find_forces, parse_quantity
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.schema import Quantity


@pytest.mark.parametrize(
    ("phrase", "low", "high", "approximate"),
    [
        ("4,200", 4200, None, False),
        ("around 65,000", 65000, None, True),
        ("more than 12,000", 12000, None, True),
        ("20,000-25,000", 20000, 25000, False),
        ("20,000 to 25,000", 20000, 25000, False),
        ("between 700 and 900", 700, 900, False),
        ("six", 6, None, False),
        ("thirty-two", 32, None, False),
        ("three thousand", 3000, None, False),
        ("2.5 million", 2500000, None, False),
    ],
)
def test_a_stated_figure_is_kept_as_stated(
    phrase: str, low: int, high: int | None, approximate: bool
) -> None:
    assert parse_quantity(phrase) == Quantity(
        low=low, high=high, unit="troops", approximate=approximate
    )


@pytest.mark.parametrize(
    "phrase", ["thousands", "tens of thousands", "several hundred", "a few thousand", "a number of"]
)
def test_a_vague_amount_states_no_figure(phrase: str) -> None:
    """ "thousands more troops" is not "about 1,000 troops": a briefing would state a figure
    the source never gave."""
    assert parse_quantity(phrase) is None


@pytest.mark.parametrize(
    ("sentence", "forces", "unit", "low"),
    [
        ("Norway will send 450 more soldiers to the north.", "450 more soldiers", "troops", 450),
        (
            "Some 65,000 Belarusian troops are gathered in the west.",
            "Some 65,000 Belarusian troops",
            "troops",
            65000,
        ),
        (
            "About 800 Italy-based paratroopers will fly to Latvia.",
            "About 800 Italy-based paratroopers",
            "troops",
            800,
        ),
        ("Six Swedish fighter jets took off.", "Six Swedish fighter jets", "aircraft", 6),
        ("Three frigates left port.", "Three frigates", "ships", 3),
        ("It delivered 25 tanks.", "25 tanks", "vehicles", 25),
    ],
)
def test_the_forces_phrase_and_its_unit_come_from_the_head_noun(
    sentence: str, forces: str, unit: str, low: int
) -> None:
    found = find_forces(TextScan(sentence), 0, len(sentence), load_lexicon())
    assert [(f.text, f.unit) for f in found] == [(forces, unit)]
    assert found[0].quantity is not None
    assert (found[0].quantity.low, found[0].quantity.unit) == (low, unit)


def test_coordinated_forces_nouns_form_one_phrase() -> None:
    sentence = "Lithuania sent ammunition and other equipment to Kyiv."
    found = find_forces(TextScan(sentence), 0, len(sentence), load_lexicon())
    assert [(f.text, f.unit, f.quantity) for f in found] == [
        ("ammunition and other equipment", "weapons", None)
    ]


def test_a_dotted_abbreviation_stays_in_the_phrase() -> None:
    sentence = "It would move a small number of U.K. troops to Estonia."
    found = find_forces(TextScan(sentence), 0, len(sentence), load_lexicon())
    assert [(f.text, f.quantity) for f in found] == [("a small number of U.K. troops", None)]
