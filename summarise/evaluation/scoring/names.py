"""When two actor names name the same party.

Names agree case-, accent- and title-insensitively ("Mr Johnson", "Prime Minister Boris
Johnson" and "Boris Johnson"), when one name's words contain the other's, or, between two
people, on the surname. Labellers and models write the same person differently, and a
scorer that demanded the exact string would count a correct item as wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment

from summarise.extraction.schema import Actor

# Lets a transliteration agree ("Zelensky", "Zelenskyy": 94), not "Johnson" and "Jackson" (57).
_SURNAME_SIMILARITY = 90.0

# Honorifics and offices: "Prime Minister Boris Johnson" names the same man as "Mr Johnson".
_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "madam",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "chancellor",
        "ambassador",
        "envoy",
        "general",
        "gen",
        "admiral",
        "colonel",
        "col",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "press",
        "deputy",
        "foreign",
        "defence",
        "defense",
        "chief",
        "senior",
        "senator",
        "king",
        "queen",
        "prince",
        "princess",
        "his",
        "her",
        "excellency",
        "the",
        "of",
    }
)
# Short forms of states, so "UK government" agrees with "United Kingdom government".
_ALIASES = {
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "us": "united states",
    "usa": "united states",
    "america": "united states",
    "united states of america": "united states",
}
_ALIAS_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _ALIASES), key=len)[::-1]) + r")\b")
_WORD = re.compile(r"[a-z0-9]+")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace(".", "").replace("\u2019", "'")


def words(text: str) -> list[str]:
    """Case- and accent-free words, so free-text fields compare the way names do."""
    return _WORD.findall(_plain(text))


def _name_tokens(name: str) -> tuple[str, ...]:
    """A name's content words; titles are kept only when nothing else is left ("the President")."""
    tokens = _WORD.findall(_ALIAS_RE.sub(lambda m: _ALIASES[m.group(1)], _plain(name)))
    content = tuple(w for w in tokens if w not in _TITLES)
    return content or tuple(tokens)


def names_agree(a: Actor, b: Actor) -> bool:
    ta, tb = _name_tokens(a.name), _name_tokens(b.name)
    if not ta or not tb:
        return False
    sa, sb = set(ta), set(tb)
    if sa <= sb or sb <= sa:
        return True
    both_people = a.kind == "person" and b.kind == "person"
    return both_people and fuzz.ratio(ta[-1], tb[-1]) >= _SURNAME_SIMILARITY


def optional_actors_agree(a: Actor | None, b: Actor | None) -> float:
    """Two absent actors agree: leaving out a ``via`` the label also left out is right."""
    if a is None or b is None:
        return float(a is None and b is None)
    return float(names_agree(a, b))


def aligned_actors(predicted: Sequence[Actor], gold: Sequence[Actor]) -> list[tuple[int, int]]:
    """Index pairs of agreeing actors, one to one, so a repeated name is not counted twice."""
    if not predicted or not gold:
        return []
    agree = np.array([[float(names_agree(p, g)) for g in gold] for p in predicted])
    rows, cols = linear_sum_assignment(agree, maximize=True)
    return [(int(r), int(c)) for r, c in zip(rows, cols, strict=True) if agree[r, c] > 0]


def participant_overlap(predicted: Sequence[Actor], gold: Sequence[Actor]) -> float:
    """Jaccard overlap of two actor sets, with actors equal when their names agree."""
    matched = aligned_actors(predicted, gold)
    union = len(predicted) + len(gold) - len(matched)
    return len(matched) / union if union else 1.0
