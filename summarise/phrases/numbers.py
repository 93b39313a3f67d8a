"""Numbers written as words ("two brigades", "twenty battalion tactical groups"), read by
the overview's check (a sentence's figures, spelled or not, must be its evidence's) and by
the briefing's plain lines (forces that spell their figure are not given it again); and a
place in a series, by an ordinal ("the second round", "the 2nd round") or a number after
its noun ("round two"), read by the briefing's merge (two rounds of one series are two
occasions) and by the baseline extractor's rules (a round or a consignment numbered in its
series, a formation numbered by a figure: "the 2nd Cavalry Regiment").
"""

from __future__ import annotations

NUMBER_WORDS: dict[str, int] = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


# The ordinal words as a regular-expression alternation, longest first, for the rules that
# read an ordinal in running text ("the third round of talks").
ORDINAL_ALTERNATION = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))


def ordinal(word: str) -> int | None:
    """The place an ordinal names ("second", "2nd"), or None: "the second round"."""
    folded = word.casefold()
    if folded in ORDINAL_WORDS:
        return ORDINAL_WORDS[folded]
    return figure_ordinal(folded)


def figure_ordinal(word: str) -> int | None:
    """The place a figure with an ordinal suffix names ("2nd", "21st"), or None; the
    suffix as written, in lower case ("the 2nd Cavalry Regiment")."""
    digits = word[:-2]
    return int(digits) if word.endswith(_ORDINAL_SUFFIXES) and digits.isdecimal() else None


def cardinal(word: str) -> int | None:
    """The number a cardinal names ("two", "2"), or None: the place in "round two".
    ``NUMBER_WORDS`` has no "one", a pronoun as often as a figure ("no one", "one of
    them"); after "round" it is a place, the first."""
    folded = word.casefold()
    if folded == "one":
        return 1
    if folded in NUMBER_WORDS:
        return NUMBER_WORDS[folded]
    return int(folded) if folded.isdecimal() else None
