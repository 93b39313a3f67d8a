"""A movement's status is read from the words within a few characters of its trigger; a
window that ends inside a word leaves that word out (``patterns.window_end``), since a
search ends there as at the text's end and would read the word's first letters as a word of
their own: "to Be|larus" is no "to be" (a plan). Read on to the word's end instead, the
window would take in the next clause's "will" ("have arrived in Sevastopol and w|ill take
part": synthetic3 t06, labelled completed). Four surroundings, and the plan a "will" or "is
to" still tells. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

from summarise.extraction.backends.baseline.patterns import window_end


def _statuses(text: str, source: str | None) -> list[str]:
    return [m.status for m in extract(text, None, source).military_movements]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a White House readout, "to Belarus" cut after "Be"
        ("Russia has deployed 30,000 troops to Belarus.", WHITE_HOUSE),
        # a Kyiv statement, another place, another verb
        ("Russia has moved 10,000 troops to Belgorod.", KYIV),
        # a Kremlin text, another party moving to another state
        ("The United States has deployed 10,000 troops to Belgium.", KREMLIN),
        # a news text with its source after the movement
        ("Britain has sent 10,000 troops to Belgium, the Ministry of Defence said.", None),
    ],
)
def test_a_place_cut_by_the_status_window_is_no_word_of_status(
    text: str, source: str | None
) -> None:
    assert _statuses(text, source) == ["completed"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia will deploy 30,000 troops to Belarus.",
        "Russia is to deploy 30,000 more troops to Belarus.",
    ],
)
def test_a_plan_before_the_place_is_still_read(text: str) -> None:
    assert _statuses(text, WHITE_HOUSE) == ["planned"]


def test_a_window_ending_inside_a_word_ends_before_it_and_one_after_a_word_keeps_it() -> None:
    text = "troops to Belarus to be ready"
    assert window_end(text, text.index("Belarus") + 2) == text.index("Belarus")
    # Look-alike: a window ending right after a whole word ("to be|") keeps that word.
    assert window_end(text, text.index("be ready") + 2) == text.index("be ready") + 2
    assert window_end(text, len(text)) == len(text)
