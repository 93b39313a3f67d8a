"""The closed verb classes of ``data/grammar.toml`` as regular-expression alternations.

The forms of "be" and "have", the modals, the irregular pasts and the contracted
auxiliaries stand in verb groups, passive gaps and clause boundaries across many stages;
built here from one list each, a form added to its class reaches every pattern that names
the class. Each is a bare alternation, for a pattern to place inside its own group beside
the words that site alone allows."""

from __future__ import annotations

from summarise.extraction.backends.baseline.datafiles import read_data


def forms(name: str) -> frozenset[str]:
    """One verb class of the grammar file, folded."""
    return frozenset(word.lower() for word in read_data("grammar.toml")[name])


def _alternation(name: str) -> str:
    """Longest first, so that no form stops short inside a longer one; the words of a
    phrase ("continues to") apart by any white space."""
    ordered = sorted(forms(name), key=lambda word: (-len(word), word))
    return "|".join(word.replace(" ", r"\s+") for word in ordered)


BE = _alternation("be_forms")
BE_NONFINITE = _alternation("be_nonfinite")
HAVE = _alternation("have_forms")
DO = _alternation("do_forms")
MODALS = _alternation("modals")
PREDICTIVE_MODALS = _alternation("predictive_modals")
POSSIBILITY_MODALS = _alternation("possibility_modals")
IRREGULAR_PASTS = _alternation("irregular_pasts")
CONTRACTED = _alternation("contracted_auxiliaries")
# One word of a verb group between a subject and its verb, an auxiliary, an adverb or a
# catenative, with the space after it: "has", "also", "continues to".
VERB_GROUP_WORD = rf"(?:{BE}|{HAVE}|{MODALS}|{BE_NONFINITE}|{_alternation('verb_group_words')})\s+"
