"""A closed class of ``data/grammar.toml`` as a set, or as a regular-expression alternation.

One builder for the verb forms (``verb_forms``), the openers of inclusions and comitatives
(``inclusions``) and the nouns of place (``place_words``), so that every class is read and
ordered the same way: folded, longest first (no form stops short inside a longer one),
the words of a phrase ("line of contact") apart by any white space."""

from __future__ import annotations

from summarise.extraction.backends.baseline.datafiles import read_data


def forms(name: str) -> frozenset[str]:
    """One class of the grammar file, folded."""
    return frozenset(word.lower() for word in read_data("grammar.toml")[name])


def alternation(name: str) -> str:
    """A bare alternation, for a pattern to place inside its own group beside the words
    that site alone allows."""
    ordered = sorted(forms(name), key=lambda word: (-len(word), word))
    return "|".join(word.replace(" ", r"\s+") for word in ordered)
