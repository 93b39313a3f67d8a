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

from summarise.phrases.numbers import NUMBER_WORDS
from summarise.schema import Quantity

# A figure, its thousands grouped by commas, points or spaces ("45 000"), or in words.
_FIGURE = r"\d[\d,.]*(?:[\u00a0\u202f ]\d{3}\b)*(?:\s+(?:thousand|million))?"


@cache
def _table() -> dict[str, list[str]]:
    """``data/forces.toml``, read once for all its lists."""
    text = resources.files("summarise.briefing").joinpath("data", "forces.toml")
    table: dict[str, list[str]] = tomllib.loads(text.read_text(encoding="utf-8"))
    return table


@cache
def _words(name: str) -> str:
    """One list of ``data/forces.toml`` as an alternation, the longest words first and a
    space matching any run of spaces."""
    words = sorted(_table()[name], key=len)[::-1]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    figure = re.compile(rf"(?:\b(?:{_words('approximators')})\s+)?{_FIGURE}", re.IGNORECASE)
    personnel = re.compile(rf"\b(?:{_words('personnel')})\b", re.IGNORECASE)
    return figure, personnel


def forces_key(forces: str) -> str:
    """``forces`` with its figure dropped and its personnel nouns read as "troops"."""
    figure, personnel = _patterns()
    return personnel.sub("troops", figure.sub(" ", forces)).strip()


# A figure standing alone: not the digits of a name ("Su-35", "F-16").
_NUMBER = re.compile(rf"(?<![\w.,-]){_FIGURE}", re.IGNORECASE)
_SCALES = {"thousand": 1_000, "million": 1_000_000}


def states_figure(forces: str, figure: int) -> bool:
    """Whether ``forces`` give ``figure`` themselves, in digits ("an additional 500
    troops", "45 000 servicemen", "1.5 million") or in words ("two additional brigades")."""
    if any(_value(found.group()) == figure for found in _NUMBER.finditer(forces)):
        return True
    return spells_figure(forces, figure)


def _value(number: str) -> float:
    """A figure as written ("45 000", "1.5 million") as a number."""
    *digits_before, last = number.split()
    scale = _SCALES.get(last.casefold())
    digits = re.sub(r"[^\d.]", "", "".join(digits_before) if scale else number)
    whole = re.sub(r"\D", "", digits)
    value = float(digits) if scale and digits.count(".") == 1 else int(whole)
    return value * (scale or 1)


@cache
def _bounded() -> re.Pattern[str]:
    return re.compile(rf"\b({_words('bounds')})\s+((?<![\w.,-]){_FIGURE})", re.IGNORECASE)


def bound_words() -> list[str]:
    """The words that bound a figure (``bounds`` in the data), lower case."""
    return list(_table()["bounds"])


def lower_bound_words() -> frozenset[str]:
    """The bounds below which the figure is not (``lower_bounds`` in the data)."""
    return frozenset(_table()["lower_bounds"])


def figure_bound(forces: str, figure: int) -> str | None:
    """The word bounding ``figure`` in ``forces`` ("more than" of "more than 4,000
    additional troops"), lower case, or None where the forces round it or do not give it."""
    for found in _bounded().finditer(forces):
        if _value(found.group(2)) == figure:
            return " ".join(found.group(1).casefold().split())
    return None


def spells_figure(forces: str, figure: int) -> bool:
    """Whether ``forces`` give ``figure`` in words ("two additional brigades")."""
    words = forces.casefold().replace("-", " ").split()
    return any(NUMBER_WORDS.get(word) == figure for word in words)


def names_personnel(forces: str) -> bool:
    """Whether ``forces`` count people ("troops", "servicemen"), not formations or kinds
    of troops ("battalions", "units", "paratroopers")."""
    _, personnel = _patterns()
    return personnel.search(forces) is not None


def counts_own_kind(forces: str, counted: Quantity) -> bool:
    """Whether a figure filed under troops is the forces' own count of something they name
    other than personnel as a whole ("two additional brigades", "1,200 paratroopers" as
    troops; not "3,000 troops"): the forces as written say the figure better than the
    unit it was filed under."""
    return (
        counted.unit == "troops"
        and states_figure(forces, counted.low)
        and not names_personnel(forces)
    )


def counts_formations(forces: str, counted: Quantity) -> bool:
    """Whether a figure filed under troops counts formations the forces name ("two
    battalions of the 28th Mechanized Brigade" as 2 troops; ``formations`` in the data):
    a reader takes "2 troops" for two soldiers, so the figure is said without that unit.
    People of a kind ("3,000 mercenaries", "500 Marines") are troops as filed."""
    return counts_own_kind(forces, counted) and _formations().search(_head(forces)) is not None


def _head(forces: str) -> str:
    """What a figure counts: the words before an "of" ("1,200 paratroopers" of "1,200
    paratroopers of the 45th Guards Brigade", whose brigade is not what is counted)."""
    return re.split(r"\s+of\s+", forces, maxsplit=1)[0]


@cache
def _formations() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_words('formations')})\b", re.IGNORECASE)


# Words that open a figure ("Around 2,000 soldiers", "Eight F-35 fighter jets") and lose
# their capital mid-sentence.
_FIGURE_WORDS = frozenset(
    {"about", "around", "approximately", "more", "over", "nearly", "some", "several", "up"}
) | frozenset(NUMBER_WORDS)


def lowered_figure(forces: str) -> str:
    """``forces`` as they stand mid-sentence or after a headline's dot: a figure word that
    opened the source's sentence loses its capital ("Six U.S. F-15E fighter jets")."""
    first, _, rest = forces.partition(" ")
    if first.casefold() in _FIGURE_WORDS:
        return f"{first.casefold()} {rest}".strip()
    return forces


@cache
def _additions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(rf"\b(?:{_words('approximators')})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{_words('additions')})\b", re.IGNORECASE),
    )


def says_more(text: str) -> bool:
    """Whether ``text`` sends forces on top of others ("1,000 more troops", "an additional
    brigade"), so that its figure adds to an earlier one rather than revising it; "more
    than 2,000" only qualifies a figure."""
    approximators, additions = _additions()
    return additions.search(approximators.sub(" ", text)) is not None
