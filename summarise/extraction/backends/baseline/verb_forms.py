"""The closed verb classes of ``data/grammar.toml`` as regular-expression alternations.

The forms of "be" and "have", the modals, the irregular pasts and the contracted
auxiliaries stand in verb groups, passive gaps and clause boundaries across many stages;
built here from one list each (``word_classes``), a form added to its class reaches every
pattern that names the class."""

from __future__ import annotations

from summarise.extraction.backends.baseline.word_classes import alternation

BE = alternation("be_forms")
BE_NONFINITE = alternation("be_nonfinite")
HAVE = alternation("have_forms")
DO = alternation("do_forms")
MODALS = alternation("modals")
PREDICTIVE_MODALS = alternation("predictive_modals")
POSSIBILITY_MODALS = alternation("possibility_modals")
IRREGULAR_PASTS = alternation("irregular_pasts")
CONTRACTED = alternation("contracted_auxiliaries")
# One word of a verb group between a subject and its verb, an auxiliary, an adverb or a
# catenative, with the space after it: "has", "also", "continues to".
VERB_GROUP_WORD = rf"(?:{BE}|{HAVE}|{MODALS}|{BE_NONFINITE}|{alternation('verb_group_words')})\s+"
NEGATORS = alternation("verb_negators")
# A verb group's negation, as a word or contracted on its operator: "not", "never", "won't".
VERB_NEGATION = rf"\b(?:{NEGATORS})\b|n[\u2019']t\b"
# "do" negated, the do-support of a negated finite verb: "do not", "does never", "didn't".
DO_NEGATED = rf"(?:{DO})(?:\s+(?:{NEGATORS})|n[\u2019']t)"
