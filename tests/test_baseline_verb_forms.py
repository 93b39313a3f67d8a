"""The shared verb classes: each pattern built from one reads every form of its class."""

from __future__ import annotations

import re

import pytest

from summarise.extraction.backends.baseline.lexicon import load_grammar
from summarise.extraction.backends.baseline.verb_forms import (
    BE,
    BE_NONFINITE,
    HAVE,
    IRREGULAR_PASTS,
    MODALS,
)


@pytest.mark.parametrize(
    ("alternation", "forms"),
    [
        (BE, load_grammar().be_forms),
        (BE_NONFINITE, load_grammar().be_nonfinite),
        (HAVE, load_grammar().have_forms),
        (MODALS, load_grammar().modals),
        (IRREGULAR_PASTS, load_grammar().irregular_pasts),
    ],
)
def test_an_alternation_takes_each_form_whole_even_without_a_boundary_after(
    alternation: str, forms: frozenset[str]
) -> None:
    """Longest first: "being" is not read as "be" where a pattern asks no boundary."""
    for form in forms:
        found = re.match(rf"(?:{alternation})", form + " deployed")
        assert found is not None
        assert found.group() == form


def test_the_auxiliaries_before_a_participle_are_the_finite_be_and_have_forms() -> None:
    grammar = load_grammar()
    assert grammar.auxiliaries == grammar.be_forms | grammar.have_forms
    assert {"is", "were", "has", "had"} <= grammar.auxiliaries
    assert not grammar.auxiliaries & grammar.modals
