"""Several sources' figures for one movement, said in a line a reader can take in.

Two figures read as alternatives ("about 120,000 troops or about 150,000 troops"); four to
six ("about 100,000 … or about 150,000 troops") do not, so a line with many says the range
they span and how many there are ("between about 100,000 and 150,000 troops (6
estimates)"): the low end rounded or exact, the high end with a bound below which the
source put it ("more than 160,000"), since a range of "more than" ends does not read. Every
estimate, with its sources, stays in the disputed section: the range
is how the line and the headline say them, never a figure of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarise.briefing.forces_words import figure_bound, lower_bound_words
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
    low = lowest[1].low
    low_words = f"about {low:,}" if lowest[1].approximate else f"{low:,}"
    high = highest[1].high or highest[1].low
    bound = figure_bound(highest[0], high) if highest[1].approximate else None
    high_words = f"{bound} {high:,}" if bound in lower_bound_words() else f"{high:,}"
    if highest[1].approximate and bound is None and not lowest[1].approximate:
        high_words = f"about {high:,}"
    unit = UNIT_WORDS[lowest[1].unit]
    return f"between {low_words} and {high_words} {unit}".strip()
