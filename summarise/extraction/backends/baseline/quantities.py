"""Forces phrases and the figures in them: "around 130,000 Russian troops".

A forces phrase is found from its head noun ("troops", "bombers", "warships"), whose
lexicon group gives the unit, and grows leftwards over what may modify it: figures,
modifiers from the lexicon ("more", "fighter"), capitalised words ("Russian", "RAF",
"Bear") and hyphenated ones ("Germany-based"), then over an approximation cue ("around").

Figures follow the schema: integers as stated, ranges keep both ends, and estimates are
flagged approximate. Vague amounts ("thousands", "several thousand", "a few hundred", "a
small number") give no figure at all: a briefing that reads "about 1,000 troops" out of
"thousands more troops" states a fact the source never did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import Lexicon
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.phrases.numbers import figure_ordinal
from summarise.schema import Quantity, QuantityUnit

_UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12,
}  # fmt: skip
_MAGNITUDES: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "k": 1000, "m": 1_000_000,
    "dozen": 12,
}  # fmt: skip
_VAGUE: dict[str, int] = {
    "dozens": 12, "hundreds": 100, "thousands": 1000, "tens of thousands": 10_000,
    "hundreds of thousands": 100_000, "millions": 1_000_000,
}  # fmt: skip
_APPROX = (
    r"around|about|approximately|roughly|some|nearly|almost|up to|more than|over|at least|"
    r"an estimated|estimated|as many as|fewer than|less than|close to|upwards of|"
    r"just over|just under|well over|in excess of|an additional|a further|another"
)
# Cues of a figure added to another, said exactly: "an additional 1,200 soldiers".
_EXACT_ADDITIONS = frozenset({"an additional", "a further", "another"})
# A figure is read whole: "1,000" is never "1" before ",000" (a figure with a hyphenated
# word after it, "1,000-strong", made the search fall back to its first digit).
_FIGURE = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![.,]?\d)"
# A figure joined to a noun of size counts the formation's members: "a 1,000-strong
# squadron", "a 300-man contingent", "a 5,000-member force" (a compound adjective of
# measure, Quirk et al. 17.109). Any other hyphenated word makes the figure a measure
# of something else: "a 40-mile convoy", "122-mm artillery".
_MEMBERS = r"-(?:strong|man|member|person)"
_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_QUANTITY = re.compile(
    rf"(?<![\w-])(?:(?P<approx>{_APPROX})\s+)?"
    rf"(?:(?P<vaguemag>a few|several|a couple of|a number of)\s+)?"
    rf"(?:between\s+(?P<blow>{_FIGURE})\s+and\s+(?P<bhigh>{_FIGURE})"
    rf"|(?P<low>{_FIGURE})(?:\s*(?P<lowmag>hundred|thousand|million|k|m)\b)?"
    rf"(?:\s*(?:-|\u2013|\u2014|to)\s*(?P<high>{_FIGURE})(?:\s*(?P<highmag>thousand|million)\b)?)?"
    rf"(?:{_MEMBERS})?"
    rf"|(?P<vague>tens of thousands|hundreds of thousands|thousands|hundreds|dozens|millions)"
    rf"|(?P<word>{_WORDS})(?:[ -](?P<word2>one|two|three|four|five|six|seven|eight|nine))?"
    rf"(?:\s+(?P<wordmag>hundred|thousand|million)\b)?"
    rf"|(?:a\s+)?(?P<mag>hundred|thousand|dozen)\b)(?![\w-])",
    re.IGNORECASE,
)
_PREFIX = re.compile(
    rf"(?:^|(?<=\s))(?:{_APPROX}|a few|several|a couple of|tens of|hundreds of|a number of|"
    rf"a small number of|a handful of|a large number of)\s+$",
    re.IGNORECASE,
)
_NUMBER_TOKEN = re.compile(rf"^(?:{_FIGURE})(?:\s*(?:-|\u2013|\u2014)\s*(?:{_FIGURE}))?$")
_NUMBER_WORDS = frozenset(_UNITS) | frozenset(_MAGNITUDES) | frozenset(_VAGUE)
_LOOKBACK = 90
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.)+$")
_MODIFIER_WORD = re.compile(r"[a-z][\w-]*\s+")
# "weapons and other equipment", "300 Javelin missiles and 90 tons of ammunition".
_JOINED = re.compile(
    r"\s+and\s+(?:other\s+|more\s+|(?:(?:about|around|some|over|more than|up to)\s+)?"
    r"[\d,.]+\s+(?:(?:tons?|tonnes?|pieces|units|rounds|sets)\s+of\s+)?)?"
)
# The formation the forces belong to, named after them (a postmodifier, Quirk et al.
# 17.37): "1,700 soldiers of the 82nd Airborne Division", "units of a Stryker squadron",
# "two formations of the 35th Combined Arms Army", "units of the Southern and Western
# Military Districts".
_FORMATION = re.compile(
    r"\s+of\s+(?:the|a|an|its|their)\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?){0,4}"
    r"(?:[Dd]ivision|[Bb]rigade|[Rr]egiment|[Bb]attalion|[Ss]quadron|[Cc]orps|Army|Fleets?"
    r"|[Mm]ilitary [Dd]istricts?|Command|Forces|Force)\b"
    # … and the state the formation is of: "the Armed Forces of Ukraine".
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*)?"
)


@dataclass(frozen=True)
class Forces:
    """A forces phrase: where it is in the text, as written, and what it counts."""

    start: int
    end: int
    text: str
    unit: QuantityUnit
    quantity: Quantity | None


def parse_quantity(phrase: str, unit: QuantityUnit = "troops") -> Quantity | None:
    """The figure in a phrase such as "around 130,000" or "100,000-130,000", or None."""
    m = _QUANTITY.search(phrase)
    if m is None:
        return None
    approximate = m["approx"] is not None and m["approx"].lower() not in _EXACT_ADDITIONS
    high: int | None = None
    if m["blow"] is not None:
        low, high = _scaled(m["blow"], None), _scaled(m["bhigh"], None)
    elif m["low"] is not None:
        low = _scaled(m["low"], m["lowmag"])
        if m["high"] is not None:
            high = _scaled(m["high"], m["highmag"] or m["lowmag"])
            if m["lowmag"] is None and m["highmag"] is not None:
                low = _scaled(m["low"], m["highmag"])
        if m["vaguemag"] is not None:
            return None
    elif m["vague"] is not None:
        return None
    elif m["word"] is not None:
        if m["vaguemag"] is not None:
            return None
        low = _UNITS[m["word"].lower()] + (_UNITS[m["word2"].lower()] if m["word2"] else 0)
        low *= _MAGNITUDES[m["wordmag"].lower()] if m["wordmag"] else 1
    else:
        return None
    return Quantity(low=low, high=high, unit=unit, approximate=approximate)


def _scaled(figure: str, magnitude: str | None) -> int:
    value = float(figure.replace(",", ""))
    return round(value * (_MAGNITUDES[magnitude.lower()] if magnitude else 1))


def find_forces(scan: TextScan, start: int, end: int, lexicon: Lexicon) -> list[Forces]:
    """Every forces phrase in ``scan.text[start:end]``, in order. The rules ask about
    several windows around each movement trigger, most with no forces noun: the scan
    tells those apart without a search."""
    found: list[Forces] = []
    if not scan.may_find(lexicon.force_nouns, start, end):
        return found
    text = scan.text
    pos = start
    for m in lexicon.force_nouns.finditer(text, start, end):
        if m.start() < pos:
            continue
        phrase_start = _phrase_start(text, max(start, m.start() - _LOOKBACK), m.start(), lexicon)
        phrase_end = m.end()
        # "weapons and other equipment": a coordinated forces noun joins the phrase.
        joined = _JOINED.match(text, phrase_end, end)
        if joined is not None:
            # "more ships and fighter jets": the second noun may have a modifier of its own.
            modifier = _MODIFIER_WORD.match(text, joined.end(), end)
            more = lexicon.force_nouns.match(text, joined.end(), end) or (
                lexicon.force_nouns.match(text, modifier.end(), end) if modifier else None
            )
            if more is not None:
                phrase_end = more.end()
        formation = _FORMATION.match(text, phrase_end, end)
        if formation is not None:
            phrase_end = formation.end()
        phrase = text[phrase_start:phrase_end]
        unit: QuantityUnit = category(m)  # type: ignore[assignment]
        found.append(Forces(phrase_start, phrase_end, phrase, unit, parse_quantity(phrase, unit)))
        pos = phrase_end
    return found


def _phrase_start(text: str, floor: int, noun_start: int, lexicon: Lexicon) -> int:
    """Walk left from the head noun over the words that may modify it. A figure opens the
    phrase, after its approximation cue: "gave Ukraine 4,500 launchers" counts launchers,
    and "Ukraine" is whom they went to (a determiner comes before a numeral, Quirk et al.
    5.16)."""
    pos = noun_start
    counted = False
    while True:
        before = text[floor:pos].rstrip()
        if len(before) < len(text[floor:pos]) - 3 or not before:
            return pos
        token_start = max(before.rfind(" "), before.rfind("\n"), before.rfind("\u201c")) + 1
        token = before[token_start:]
        number = _NUMBER_TOKEN.match(token) is not None or token.lower() in _NUMBER_WORDS
        if token in ("and", "or") and not counted and pos < noun_start:
            # "anti-armor and anti-aircraft missiles": coordinated modifiers of one noun.
            earlier = before[:token_start].rstrip()
            word = earlier[max(earlier.rfind(" "), earlier.rfind("\n")) + 1 :]
            if "-" in word and not word.startswith("-") and word[-1].isalpha():
                pos = floor + token_start
                continue
        if not _modifies(token, lexicon) or (counted and not number):
            prefix = _PREFIX.search(text, floor, pos)
            return prefix.start() if prefix is not None and prefix.start() < pos else pos
        counted = counted or number
        pos = floor + token_start


def _modifies(token: str, lexicon: Lexicon) -> bool:
    if (
        not token
        or token[-1] in ',;:)\u201d"'
        or (token[-1] == "." and not _ABBREVIATION.match(token))
    ):
        return False
    lower = token.lower()
    if _NUMBER_TOKEN.match(token) or lower in _NUMBER_WORDS or lexicon.force_modifiers.match(lower):
        return True
    if figure_ordinal(token) is not None:
        return True  # "the 2nd Cavalry Regiment": an ordinal names the formation
    if token[0].isupper():
        return token not in load_grammar().not_names
    return "-" in token and not token.startswith("-")
