"""How alike two phrases or quotes are, for merging items across articles.

Outlets retype the same words with different typography, case and possessives, so phrases
are compared on the actor vocabulary's folded tokens; scores are rapidfuzz's 0-100 scale.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from summarise.actors import FUNCTION_WORDS, tokens

_DIGITS = re.compile(r"[0-9][0-9,.]*")

STOPWORDS = FUNCTION_WORDS | {
    "into",
    "its",
    "over",
    "their",
}


def content_tokens(text: str, *, drop_numbers: bool = False) -> list[str]:
    """Tokens that carry meaning: stopwords (and, if asked, figures) removed."""
    source = _DIGITS.sub(" ", text) if drop_numbers else text
    return [t for t in tokens(source) if t not in STOPWORDS]


def stem(token: str) -> str:
    """A crude shared prefix so "sanction"/"sanctions" and "Ukraine"/"Ukrainian" meet."""
    return token[:5]


@lru_cache(maxsize=1 << 16)
def _content_text(text: str) -> str:
    """Cached: merging compares each key phrase and quote with many others."""
    return " ".join(content_tokens(text))


@lru_cache(maxsize=1 << 16)
def _token_text(text: str) -> str:
    return " ".join(tokens(text))


def phrase_similarity(a: str, b: str) -> float:
    """How alike two short phrases are, ignoring stopwords and order (a movement's forces
    are compared without their figure: ``forces_words.forces_key``).

    ``token_set_ratio`` alone scores any subset as 100 ("Ukraine" vs "Ukraine's NATO
    membership"), so it is averaged with the order-free full comparison.
    """
    left = _content_text(a)
    right = _content_text(b)
    if not left or not right:
        return 0.0
    return (fuzz.token_set_ratio(left, right) + fuzz.token_sort_ratio(left, right)) / 2


def quote_similarity(a: str, b: str) -> float:
    """How alike two quotes are; a quote contained in a longer one scores high."""
    left = _token_text(a)
    right = _token_text(b)
    if not left or not right:
        return 0.0
    return float(fuzz.token_set_ratio(left, right))


def best_quote_similarity(left: list[str], right: list[str]) -> float:
    return max((quote_similarity(a, b) for a in left for b in right), default=0.0)


def collapse_whitespace(text: str) -> str:
    return " ".join(text.split())


def slug(text: str) -> str:
    return "-".join(tokens(text)) or "actor"
