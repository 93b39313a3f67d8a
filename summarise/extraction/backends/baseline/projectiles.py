"""Projectiles as the subject of their impact (lexicon.toml `[combat] projectile`): where they
struck, and the look-alikes that are no fire.

The verbs of impact are one list in the lexicon (`impacts`, with `landing`), read both by the
cue and here for the place struck, so that the two never disagree. Missiles counted or traded
("stocks of Russian missiles fell") are goods, not fire; a launch in a test or from a range
("fired from the range hit their targets during the test") strikes no party."""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data

# How far before the projectile its stock noun may stand ("stocks of Russian cruise missiles").
_STOCK_REACH = 40


@cache
def _impact() -> re.Pattern[str]:
    """A verb of impact and the preposition after it, where the place struck begins."""
    combat = read_data("lexicon.toml")["combat"]
    verbs = "|".join([*combat["impacts"], combat["landing"]])
    return re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])(?:\s+(?:in|on|near|at)\b)?", re.IGNORECASE)


@cache
def _stocked() -> re.Pattern[str]:
    """A stock or trade noun and "of" right before the projectile, a few modifiers apart."""
    nouns = "|".join(read_data("lexicon.toml")["combat"]["stock_nouns"])
    return re.compile(rf"\b(?:{nouns})\s+of\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)


@cache
def _trial() -> re.Pattern[str]:
    """A test, a drill or a range in the clause."""
    words = "|".join(read_data("lexicon.toml")["combat"]["trials"])
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


def impact_after(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first verb of impact after the projectile, its place struck after it."""
    return _impact().search(text, start, end)


def no_fire(text: str, trigger: re.Match[str], clause_start: int, clause_end: int) -> bool:
    """Whether the projectile named at ``trigger`` is goods counted or traded, or fired in a
    trial: no attack either way."""
    before = max(clause_start, trigger.start() - _STOCK_REACH)
    return (
        _stocked().search(text, before, trigger.start()) is not None
        or _trial().search(text, clause_start, clause_end) is not None
    )
