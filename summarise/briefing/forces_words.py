"""A movement's forces as compared across articles: figure left out, personnel one word.

Outlets retell one deployment as "30,000 troops", "about 30,000 soldiers" or "45,000
servicemen": the figure is the quantity's (compared, and disputed, on its own), so it goes
with the words that qualify it, and the nouns for military personnel as a whole
(``data/forces.toml``) read as "troops". A kind of troops ("paratroopers") stays itself,
so a battalion of them is not taken for the army it joins.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

# A figure, its thousands grouped by commas, points or spaces ("45 000"), or in words.
_FIGURE = r"\d[\d,.]*(?:[\u00a0\u202f ]\d{3}\b)*(?:\s+(?:thousand|million))?"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    text = resources.files("summarise.briefing").joinpath("data", "forces.toml")
    table: dict[str, list[str]] = tomllib.loads(text.read_text(encoding="utf-8"))

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])

    figure = re.compile(
        rf"(?:\b(?:{alternation(table['approximators'])})\s+)?{_FIGURE}", re.IGNORECASE
    )
    personnel = re.compile(rf"\b(?:{alternation(table['personnel'])})\b", re.IGNORECASE)
    return figure, personnel


def forces_key(forces: str) -> str:
    """``forces`` with its figure dropped and its personnel nouns read as "troops"."""
    figure, personnel = _patterns()
    return personnel.sub("troops", figure.sub(" ", forces)).strip()
