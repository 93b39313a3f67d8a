"""Counts in words: "1 article", "2 articles", "1,204 tokens".

Every line a person reads (summary lines, briefings, run logs) counts things; one helper
keeps "1 articles" out of all of them.
"""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, the noun in the plural (``plural``, else ``noun + "s"``)
    unless the number is one; thousands are separated with commas."""
    word = noun if number == 1 else (plural if plural is not None else f"{noun}s")
    return f"{number:,} {word}"
