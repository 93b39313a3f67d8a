"""Ordinals read in one place (``summarise.phrases.numbers``): the place a word or a figure
names ("the second round", "the 2nd round"), the figure with its suffix that names a
formation ("the 2nd Cavalry Regiment", quantities) and the words a contact in a series opens
on ("the eighth round", contact_anaphora). Sentences invented for these tests."""

from __future__ import annotations

import re

import pytest

from summarise.extraction.backends.baseline.contact_anaphora import _IN_SERIES
from summarise.extraction.backends.baseline.contact_sides_before import _SENT
from summarise.extraction.backends.baseline.movement_phrases import _NP_OPENING
from summarise.phrases.numbers import ORDINAL_ALTERNATION, ORDINAL_WORDS, figure_ordinal, ordinal


@pytest.mark.parametrize(
    ("word", "place"),
    [("second", 2), ("Tenth", 10), ("2nd", 2), ("21st", 21), ("103rd", 103), ("4TH", 4)],
)
def test_an_ordinal_word_or_figure_names_its_place(word: str, place: int) -> None:
    assert ordinal(word) == place


@pytest.mark.parametrize("word", ["secondly", "nd", "2", "two", "1.5th", "fourths"])
def test_a_word_that_is_no_ordinal_names_no_place(word: str) -> None:
    assert ordinal(word) is None


def test_a_figure_ordinal_is_a_figure_with_its_suffix_as_written() -> None:
    assert figure_ordinal("2nd") == 2
    # Look-alikes: an ordinal word, a suffix in capitals (the formation's name keeps
    # its case: "2ND" is no figure ordinal there), a bare suffix.
    assert figure_ordinal("second") is None
    assert figure_ordinal("2ND") is None
    assert figure_ordinal("th") is None


def test_the_alternation_matches_every_ordinal_word_whole() -> None:
    whole = re.compile(rf"(?:{ORDINAL_ALTERNATION})\b")
    assert all(whole.fullmatch(word) for word in ORDINAL_WORDS)


@pytest.mark.parametrize(
    "before", ["held the third ", "preparing the eighth ", "the tenth ", "Their new "]
)
def test_an_ordinal_before_a_contact_noun_puts_it_in_a_series(before: str) -> None:
    assert _IN_SERIES.search(before) is not None


def test_a_word_ending_like_an_ordinal_puts_nothing_in_a_series() -> None:
    # Look-alikes: "the" alone is no series; "fortieth" is no ordinal the list holds.
    assert _IN_SERIES.search("the ") is None
    assert _IN_SERIES.search("a fortieth ") is None


@pytest.mark.parametrize("place", ["second", "seventh", "tenth"])
def test_any_ordinal_may_number_a_delegations_round_or_a_consignment(place: str) -> None:
    assert _SENT.search(f"Our delegation will hold the {place} ") is not None
    opening = _NP_OPENING.search(f"the {place} shipment of ")
    assert opening is not None
    assert opening.start() == 0  # the whole phrase opens the forces, not "shipment of" alone


def test_a_word_of_no_series_opens_neither() -> None:
    # Look-alikes: a lexical word where the ordinal stands.
    assert _SENT.search("Our delegation will hold the difficult ") is None
    opening = _NP_OPENING.search("the promised shipment of ")
    assert opening is not None
    assert opening.start() > 0
