"""The nouns that name a kind of place, from ``data/grammar.toml``, as alternations.

A state's adjective before one names where, not who ("Russian territory": no owner of
forces, ``paragraph_owner``); one heads where a movement goes ("along the border", "at
six training grounds", ``movement_places``). One class for both, so that a noun added
reaches each."""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.word_classes import alternation

# A place named by the facility there: "training grounds", "air bases", "the contact line".
FACILITY = rf"(?:{alternation('facility_heads')})"
# Any noun of place, a facility's included: "border", "flank", "airfields".
PLACE_HEAD = rf"(?:{alternation('place_heads')}|{FACILITY})"
# A preposition of place or direction right before a party's name: the name says where, not
# who ("to Lithuania", "in Belarus"; Quirk et al. 9.15-9.17).
PLACE_BEFORE = re.compile(
    r"\b(?:in|into|to|towards?|near|along|from|at|inside|across|around|through|via)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
