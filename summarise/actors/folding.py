"""One folded form of text, so every comparison of names and phrases agrees on what is equal.

Outlets and models retype the same words with different typography, case, accents and
possessives ("U.K.'s", "Élysée", curly apostrophes); the scorer, the briefing, the baseline and
the chunk merger all compare on these forms, so "the same words" means one thing everywhere.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_POSSESSIVE = re.compile(r"'s\b")
_ABBREVIATION_DOTS = re.compile(r"(?<=\b[a-z])\.")
_NON_WORD = re.compile(r"[^a-z0-9']+")

# Words that carry no content in a short phrase ("the NATO membership of Ukraine"): the
# scorer compares topics without them, and the briefing and the baseline drop them and more.
FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "s", "by", "with"}
    | {"from", "as"}
)


def fold(text: str) -> str:
    """Lower case without accents and with one apostrophe, so "Élysée" equals "elysee".

    ASCII text has nothing to decompose and no accents, so it skips the character-by-
    character pass (a hundred times slower, and paid for every quote a merge compares).
    """
    if text.isascii():
        return text.translate(_APOSTROPHES).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.translate(_APOSTROPHES).casefold()


def tokens(text: str) -> list[str]:
    """Words of ``text``: folded, possessives and abbreviation dots dropped ("U.K.'s" -> uk)."""
    folded = _ABBREVIATION_DOTS.sub("", fold(text))
    folded = _POSSESSIVE.sub("", folded)
    return [t.strip("'") for t in _NON_WORD.split(folded) if t.strip("'")]


def phrase_key(text: str) -> tuple[str, ...]:
    """The tokens as a hashable key: how surface forms are looked up in the vocabulary."""
    return tuple(tokens(text))


def same_text(text: str | None) -> str:
    """Whitespace and case folded, punctuation kept: for "is this the same quote or field"."""
    return " ".join(fold(text or "").split())
