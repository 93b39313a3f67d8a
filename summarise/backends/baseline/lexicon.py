"""The trigger lexicons of ``data/lexicon.toml``, compiled once per process.

Each category list becomes one expression with a group per fragment, so classifying a
sentence is a single scan whatever the size of the lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarise.backends.baseline.datafiles import read_data
from summarise.backends.baseline.patterns import LexiconPattern, word_pattern


@dataclass(frozen=True)
class Lexicon:
    stances: LexiconPattern
    speech: re.Pattern[str]
    summaries: dict[str, str]
    activities: LexiconPattern
    force_nouns: LexiconPattern
    force_modifiers: frozenset[str]
    movement_status: LexiconPattern
    hypothetical: re.Pattern[str]
    contact_modes: LexiconPattern
    contact_status: LexiconPattern
    when: re.Pattern[str]
    not_names: frozenset[str]
    reporting_participle: re.Pattern[str]


def _grouped(table: dict[str, list[str]]) -> LexiconPattern:
    return LexiconPattern(table, re.IGNORECASE)


def _words(fragments: list[str]) -> re.Pattern[str]:
    return re.compile(word_pattern(fragments), re.IGNORECASE)


@cache
def load_lexicon() -> Lexicon:
    data = read_data("lexicon.toml")
    grammar = read_data("grammar.toml")
    return Lexicon(
        stances=_grouped(data["stances"]),
        speech=_words(data["speech"]["verbs"]),
        summaries=dict(data["summaries"]),
        activities=_grouped(data["activities"]),
        force_nouns=_grouped(data["force_nouns"]),
        force_modifiers=frozenset(data["forces"]["modifiers"]),
        movement_status=_grouped(data["movement_status"]),
        hypothetical=_words(data["hypothetical"]["cues"]),
        contact_modes=_grouped(data["contact_modes"]),
        contact_status=_grouped(data["contact_status"]),
        when=_words(data["time"]["when"]),
        not_names=frozenset(grammar["not_names"]),
        reporting_participle=re.compile(
            r"\b(?:" + "|".join(grammar["reporting_participles"]) + r")\s+(?:that\s+)?(?:the\s+)?$",
            re.IGNORECASE,
        ),
    )
