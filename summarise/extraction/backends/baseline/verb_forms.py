"""The closed verb classes of ``data/grammar.toml`` as regular-expression alternations.

The forms of "be" and "have", the modals and the irregular pasts stand in verb groups,
passive gaps and clause boundaries across many stages; built here from one list each, a
form added to its class reaches every pattern that names the class. Each is a bare
alternation, for a pattern to place inside its own group beside the words that site alone
allows."""

from __future__ import annotations

from summarise.extraction.backends.baseline.lexicon import load_grammar


def _alternation(words: frozenset[str]) -> str:
    """Longest first, so that no form stops short inside a longer one."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


_GRAMMAR = load_grammar()
BE = _alternation(_GRAMMAR.be_forms)
BE_NONFINITE = _alternation(_GRAMMAR.be_nonfinite)
HAVE = _alternation(_GRAMMAR.have_forms)
MODALS = _alternation(_GRAMMAR.modals)
IRREGULAR_PASTS = _alternation(_GRAMMAR.irregular_pasts)
