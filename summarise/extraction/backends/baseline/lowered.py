"""An article in lower case with every offset kept, for case-insensitive searches that
run as plain ones.

Python's ``re`` with ``IGNORECASE`` folds each character as it compares it, two to three
times slower than a plain search. Lower-casing the text once lets the search run plain,
where that finds exactly what the case-insensitive one would: ASCII words, and a text
with none of the characters ``re`` folds to an ASCII letter that lower-casing leaves apart.
"""

from __future__ import annotations

from functools import lru_cache

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# The characters ``re.IGNORECASE`` matches to an ASCII letter that lower-casing leaves
# apart (capital I with a dot, dotless i, long s and the Kelvin sign).
_FOLDED_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


def lowered(text: str) -> str:
    """The text in lower case with every offset kept: ``str.lower`` when it keeps the
    length (lower-casing never shortens a character), else ASCII letters only."""
    lower = text.lower()
    return lower if len(lower) == len(text) else text.translate(_ASCII_LOWER)


def folds_to_ascii(text: str) -> bool:
    """Whether ``re.IGNORECASE`` would match a character of ``text`` to an ASCII letter
    that its lower case is not."""
    return any(c in text for c in _FOLDED_TO_ASCII)


@lru_cache(maxsize=16)
def plain_searchable(text: str) -> str | None:
    """``lowered(text)`` where a plain search in it finds what a case-insensitive search
    for ASCII words finds in ``text``, else None. The rules search one article many
    times, a few stretches at a time: it is lowered once."""
    return None if folds_to_ascii(text) else lowered(text)
