"""Numbers written as words ("two brigades", "twenty battalion tactical groups"), read by
the overview's check (a sentence's figures, spelled or not, must be its evidence's) and by
the briefing's plain lines (forces that spell their figure are not given it again).
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
