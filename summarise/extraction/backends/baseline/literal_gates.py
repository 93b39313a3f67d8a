"""The fixed texts every match of an expression holds, for a search to be skipped where
none of them stands.

Python's ``re`` skips fast to a literal opening, but an expression opening on ``\\b``, a
space, a lookbehind or an optional word is tried at every position of the stretch it is
searched in, and the rules search each sentence for words most sentences lack ("sanctions",
"allegations"). Every match of such an expression holds one of a few fixed texts, read here
from the expression as ``re`` parses it (``required_texts``); a substring test for them
(``TextScan.may_hold``) costs a fraction of the search, and where none stands the search
cannot match. The texts are read from the expression, not listed beside it, so a word added
to it or to the data it is built from is never left out of its gate.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from summarise.extraction.backends.baseline.lowered import folds_to_ascii, lowered

if TYPE_CHECKING:
    from summarise.extraction.backends.baseline.scan import TextScan

# ``re``'s own parser and opcodes: the expression as ``re`` reads it, with its groups,
# repeats and inline flags.
_PARSER: Any = importlib.import_module("re._parser")
_OP: Any = importlib.import_module("re._constants")

# A gate whose shortest text is shorter than this turns few stretches away ("a", "we") and
# costs its test on every one: such an expression is searched without one.
_SHORTEST_TEXT = 3
# Texts are compared by their shortest one up to this length: "that" and "sanctions" are
# both rare enough in a sentence, and one text is then better than two ("and", "but").
_RARE_ENOUGH = 4

_Texts = frozenset[str]


# Each expression's texts by its identity, with the expression kept so that the identity
# stays its own: hashing a compiled expression hashes its whole code on every call.
_KNOWN: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def may_match(scan: TextScan, pattern: re.Pattern[str], start: int, end: int) -> bool:
    """Whether a search of ``pattern`` in ``scan.text[start:end]`` may find a match: False
    only where none of the texts every match holds stands."""
    texts = _texts_of(pattern)
    return texts is None or scan.may_hold(texts, start, end)


def gated_search(
    scan: TextScan, pattern: re.Pattern[str], text: str, start: int, end: int
) -> re.Match[str] | None:
    """``pattern.search(text, start, end)``, not tried where it cannot match (the gate
    tests ``scan``'s text, so only a search of that very text is skipped)."""
    if text is scan.text and not may_match(scan, pattern, start, end):
        return None
    return pattern.search(text, start, end)


def gated_finditer(
    scan: TextScan, pattern: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, not tried where it cannot match."""
    if text is scan.text and not may_match(scan, pattern, start, end):
        return iter(())
    return pattern.finditer(text, start, end)


def search_held(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` for a rule with no scan of the text at hand:
    the stretch, lowered, is tested for the texts every match holds first."""
    return pattern.search(text, start, end) if _holds(pattern, text, start, end) else None


def finditer_held(
    pattern: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, tested as ``search_held`` is."""
    return pattern.finditer(text, start, end) if _holds(pattern, text, start, end) else iter(())


def _holds(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    texts = _texts_of(pattern)
    if texts is None:
        return True
    stretch = text[max(start, 0) : max(end, 0)]
    if folds_to_ascii(stretch):
        return True
    lower = lowered(stretch)
    return any(t in lower for t in texts)


def _texts_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    known = _KNOWN.get(id(pattern))
    if known is None:
        known = _KNOWN[id(pattern)] = (pattern, required_texts(pattern))
    return known[1]


def required_texts(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case texts one of which every match of ``pattern`` holds among the characters
    it consumes (lookarounds are no part of a match), or None if no such texts are long
    enough to be worth a test. Only ASCII characters are taken: lower-casing keeps their
    offsets and folds them as ``re.IGNORECASE`` does, but for the few characters
    ``lowered.folds_to_ascii`` names (``TextScan.may_hold`` tests nothing in their text)."""
    found = _required(_PARSER.parse(pattern.pattern, pattern.flags).data)
    if found is None or min(len(text) for text in found) < _SHORTEST_TEXT:
        return None
    # A text holding another is held wherever that one is: "claims" goes with "claim".
    return tuple(sorted(t for t in found if not any(o != t and o in t for o in found)))


def _required(items: list[tuple[Any, Any]]) -> _Texts | None:
    """The best set of texts a sequence of parsed items holds one of: a run of literal
    characters, or what a group, an alternation or a repeat of at least one holds."""
    best: _Texts | None = None
    run: list[str] = []
    for op, av in items:
        if op is _OP.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        best = _better(best, _required_by(op, av))
    if run:
        best = _better(best, frozenset({"".join(run)}))
    return best


def _required_by(op: Any, av: Any) -> _Texts | None:
    """What one parsed item that is not a literal holds: nothing for a class, an
    assertion, an optional part or a back reference."""
    if op is _OP.SUBPATTERN:
        return _required(av[3].data)
    if op is _OP.ATOMIC_GROUP:
        return _required(av.data)
    if op is _OP.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            texts = _required(branch.data)
            if texts is None:
                return None
            found |= texts
        return frozenset(found)
    if op in (_OP.MAX_REPEAT, _OP.MIN_REPEAT, _OP.POSSESSIVE_REPEAT):
        least, _, item = av
        return _required(item.data) if least >= 1 else None
    return None


def _better(best: _Texts | None, texts: _Texts | None) -> _Texts | None:
    if texts is None or not texts:
        return best
    if best is None or _rank(texts) > _rank(best):
        return texts
    return best


def _rank(texts: _Texts) -> tuple[int, int]:
    return min(_RARE_ENOUGH, *(len(text) for text in texts)), -len(texts)
