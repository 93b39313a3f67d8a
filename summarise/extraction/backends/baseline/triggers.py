"""The trigger lexicons of ``data/lexicon.toml``, compiled once per process.

Each category list becomes one expression with a group per fragment, so classifying a
sentence is a single scan whatever the size of the lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.patterns import LexiconPattern, word_pattern


@dataclass(frozen=True)
class Lexicon:
    stances: LexiconPattern
    speech: LexiconPattern
    speech_verbs: frozenset[str]
    summaries: dict[str, dict[str, str]]
    activities: LexiconPattern
    force_nouns: LexiconPattern
    force_modifiers: frozenset[str]
    movement_status: LexiconPattern
    hypothetical: re.Pattern[str]
    contact_modes: LexiconPattern
    contact_status: LexiconPattern
    contact_topics: LexiconPattern
    not_contact_topics: frozenset[str]
    when: LexiconPattern
    not_names: frozenset[str]
    reporting_participle: re.Pattern[str]


def _grouped(table: dict[str, list[str]]) -> LexiconPattern:
    return LexiconPattern(table, re.IGNORECASE)


def _words(fragments: list[str]) -> re.Pattern[str]:
    return re.compile(word_pattern(fragments), re.IGNORECASE)


def summary_templates(
    tables: dict[str, dict[str, str]], stances: set[str]
) -> dict[str, dict[str, str]]:
    """The summary templates, checked once: a stance without a sentence would leave a
    position without a summary, found only when an article happens to need it."""
    for form in ("noun", "none"):
        missing = stances - set(tables.get(form, {}))
        if missing:
            raise ValueError(f"lexicon.toml [summaries.{form}] lacks {sorted(missing)}")
    for form, table in tables.items():
        unknown = set(table) - stances
        if unknown:
            raise ValueError(
                f"lexicon.toml [summaries.{form}] names unknown stances {sorted(unknown)}"
            )
    return {form: dict(table) for form, table in tables.items()}


@cache
def load_lexicon() -> Lexicon:
    data = read_data("lexicon.toml")
    grammar = read_data("grammar.toml")
    return Lexicon(
        stances=_grouped(data["stances"]),
        speech=_grouped({"speech": data["speech"]["verbs"]}),
        speech_verbs=frozenset(v for v in data["speech"]["verbs"] if v.isalpha()),
        summaries=summary_templates(data["summaries"], set(data["stances"]) - {"ignore"}),
        activities=_grouped(data["activities"]),
        force_nouns=_grouped(data["force_nouns"]),
        force_modifiers=frozenset(data["forces"]["modifiers"]),
        movement_status=_grouped(data["movement_status"]),
        hypothetical=_words(data["hypothetical"]["cues"]),
        contact_modes=_grouped(data["contact_modes"]),
        contact_status=_grouped(data["contact_status"]),
        contact_topics=_grouped(data["contact_topics"]),
        not_contact_topics=frozenset(data["not_contact_topics"]["words"]),
        when=_grouped({"when": data["time"]["when"]}),
        not_names=frozenset(grammar["not_names"]),
        reporting_participle=re.compile(
            r"\b(?:" + "|".join(grammar["reporting_participles"]) + r")\s+(?:that\s+)?(?:the\s+)?$",
            re.IGNORECASE,
        ),
    )
