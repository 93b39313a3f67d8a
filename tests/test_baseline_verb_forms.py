"""The shared word classes: each pattern built from one reads every form of its class."""

from __future__ import annotations

import re

import pytest

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.place_words import FACILITY, PLACE_HEAD
from summarise.extraction.backends.baseline.verb_forms import (
    BE,
    BE_NONFINITE,
    DO,
    HAVE,
    IRREGULAR_PASTS,
    MODALS,
    PREDICTIVE_MODALS,
    VERB_GROUP_WORD,
)
from summarise.extraction.backends.baseline.word_classes import alternation, forms


@pytest.mark.parametrize(
    ("alternation", "name"),
    [
        (BE, "be_forms"),
        (BE_NONFINITE, "be_nonfinite"),
        (HAVE, "have_forms"),
        (DO, "do_forms"),
        (MODALS, "modals"),
        (PREDICTIVE_MODALS, "predictive_modals"),
        (IRREGULAR_PASTS, "irregular_pasts"),
        (alternation("verb_group_words"), "verb_group_words"),
        (PLACE_HEAD, "place_heads"),
        (FACILITY, "facility_heads"),
    ],
)
def test_an_alternation_takes_each_form_whole_even_without_a_boundary_after(
    alternation: str, name: str
) -> None:
    """Longest first: "being" is not read as "be" where a pattern asks no boundary."""
    assert forms(name)
    for form in forms(name):
        found = re.match(rf"(?:{alternation})", form + " deployed")
        assert found is not None
        assert found.group() == form


def test_the_predictive_modals_are_modals() -> None:
    assert forms("predictive_modals") < forms("modals")


def test_the_auxiliaries_before_a_participle_are_the_finite_be_and_have_forms() -> None:
    auxiliaries = load_grammar().auxiliaries
    assert auxiliaries == forms("be_forms") | forms("have_forms")
    assert {"is", "were", "has", "had"} <= auxiliaries
    assert not auxiliaries & forms("modals")


def test_a_phrase_of_a_class_takes_any_white_space_between_its_words() -> None:
    """ "continues to" and "line of contact" are read across a line break as on one line."""
    assert re.fullmatch(VERB_GROUP_WORD, "continues\nto ")
    assert re.fullmatch(PLACE_HEAD, "line  of\ncontact")


def test_a_verb_group_word_is_an_auxiliary_or_one_of_the_class() -> None:
    """One word of the group with the space after it; not the verb it leads to."""
    for word in ("has ", "been ", "might ", "reportedly ", "kept "):
        assert re.fullmatch(VERB_GROUP_WORD, word), word
    assert re.fullmatch(VERB_GROUP_WORD, "deployed ") is None
