"""A thing named after a capital ("the Minsk Package of Measures", "the Minsk protocol") is
no party: the capital modifies the thing's head, which may open on a capital letter and take
an of-phrase. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, extract

from summarise.extraction.backends.baseline.mentions import find_mentions


@pytest.mark.parametrize(
    "sentence",
    [
        # (a) plain
        "Vladimir Putin said that Kiev was openly sabotaging the Minsk Package of Measures.",
        # (b) after a fronted phrase
        "On Monday, Vladimir Putin said that Kiev was openly sabotaging the Minsk Protocol.",
        # (c) the speaker named by office, the head in lower case
        "The President said that Kiev was openly sabotaging the Minsk protocol.",
        # (d) one clause of two
        "Vladimir Putin said that Kiev was openly sabotaging the Minsk Package, and that "
        "Paris should press it.",
    ],
)
def test_a_thing_named_after_a_capital_is_no_target(sentence: str) -> None:
    draft = extract(sentence, source=KREMLIN)
    assert draft.positions
    assert "Belarus" not in [p.target.name for p in draft.positions if p.target]


@pytest.mark.parametrize(
    "text", ["the Minsk Package of Measures", "the Minsk Protocol", "the Minsk protocol"]
)
def test_the_thing_is_no_mention(text: str) -> None:
    assert find_mentions(text) == []


def test_the_capital_itself_is_still_its_state() -> None:
    # The of-phrase belongs to a thing's head only: "Minsk of …" is no thing.
    refs = [
        m.ref.name for m in find_mentions("Minsk has rejected the Package of Measures.") if m.ref
    ]
    assert refs == ["Belarus"]
