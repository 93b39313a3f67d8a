"""Several sources' figures for one movement, said in a line a reader can take in.

Two figures read as alternatives ("about 120,000 troops or about 150,000 troops"); four to
six ("about 100,000 … or about 150,000 troops") do not, so a line with many says the range
they span and how many there are ("between about 100,000 and 150,000 troops (6
estimates)"). Every estimate, with its sources, stays in the disputed section: the range
is how the line and the headline say them, never a figure of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarise.briefing.forces_words import figure_bound
from summarise.briefing.wording import UNIT_WORDS
from summarise.schema import Quantity

# From this many different figures a line gives their range, not each of them.
RANGE_FROM = 3


def estimates_range(figures: Sequence[tuple[str, Quantity]]) -> str | None:
    """The range ``figures`` (each report's forces as written and its quantity) span, as
    "between about 100,000 and 150,000 troops", or None where a line says them each: fewer
    than ``RANGE_FROM`` different figures, or figures of different units."""
    distinct: dict[tuple[int, int | None], tuple[str, Quantity]] = {}
    for forces, quantity in figures:
        distinct.setdefault((quantity.low, quantity.high), (forces, quantity))
    units = {quantity.unit for _, quantity in distinct.values()}
    if len(distinct) < RANGE_FROM or len(units) != 1:
        return None
    lowest = min(distinct.values(), key=lambda f: f[1].low)
    highest = max(distinct.values(), key=lambda f: f[1].high or f[1].low)
    low_words = _end(lowest[0], lowest[1].low, lowest[1].approximate)
    high_words = _end(highest[0], highest[1].high or highest[1].low, highest[1].approximate)
    if low_words.startswith("about ") and high_words.startswith("about "):
        high_words = high_words.removeprefix("about ")
    unit = UNIT_WORDS[lowest[1].unit]
    return f"between {low_words} and {high_words} {unit}".strip()


def _end(forces: str, figure: int, approximate: bool) -> str:
    """One end of the range, with the word the source qualified it with."""
    if not approximate:
        return f"{figure:,}"
    return f"{figure_bound(forces, figure) or 'about'} {figure:,}"
