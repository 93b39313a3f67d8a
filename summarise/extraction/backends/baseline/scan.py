"""Lexicon matches of one article, found in one pass and then looked up by range.

The rules ask many lexicons about many overlapping stretches of an article (a sentence,
a clause, a window before a trigger). One pass over the article's words finds every
lexicon's matches at once: each word start is looked up by its first letters in an index
of all the fragments that can start there, and only those are tried. Each question is
then answered by bisection, which keeps the extractor linear in the article's length.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from summarise.extraction.backends.baseline.fragment_openings import openings
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.lowered import folds_to_ascii, lowered
from summarise.extraction.backends.baseline.patterns import LexiconPattern, trie_pattern

# The lexicons asked about every sentence. The others (statuses, hypothetical cues) are
# full of common words ("is", "will", "not") and asked only near a rare trigger, so they
# are searched in that window instead.
_WHOLE_TEXT = (
    "speech",
    "inform",
    "passive",
    "postposed",
    "cataphoric",
    "stances",
    "punitive",
    "conditions",
    "activities",
    "combat",
    "decree_operative",
    "contact_modes",
    "when",
)


# Lexicons searched only in windows near a trigger, since their words are common or the
# window is what they are asked about. The one pass also notes where each may match, so a
# window where none can is not searched (``TextScan.may_find``).
_WINDOWED = ("force_nouns", "hypothetical", "contact_requests")
# Lexicons the pass reads whole that a rule also searches in a window of its own (the
# measures a position's piece names, ``measure_kinds.measures_named``, asked of every
# position): their openings are marked too, so a window holding none is not searched.
_ALSO_WINDOWED = ("punitive",)
# A character that ends a word: a windowed lexicon with an opening that starts on one is
# not marked.
_NON_WORD = re.compile(r"[^\w-]")


# What the one pass does at a hit of an opening: the windowed lexicons whose openings
# stand there, and the fragments to try there.
_Action = tuple[tuple[int, ...], tuple[tuple[int, re.Pattern[str]], ...]]
# Where a fragment may start: at a word's start, or on a clitic's apostrophe (``WORD_START``),
# searched apart: an expression with both alternatives costs ``re`` a branch at every
# character of the article (over the open sets' texts the pass found its places in 0.20 ms
# an article with ``WORD_START``, 0.14 ms with the two searches). A word start is found as
# the character before it, one that ends a word (the text is searched with a space before
# it, so its first word has one too): an expression opening on a lookbehind is tried at
# every position of the text, one opening on a class of characters only where one of them
# stands (over the dev and seed articles the search took 40% less time).
_BEFORE_WORD = r"[^\w-]"
_APOSTROPHES = "'\u2019"


@dataclass(frozen=True)
class _Index:
    """Every lexicon's fragments filed under the texts they open with."""

    patterns: tuple[LexiconPattern, ...]
    # For each opening, its action, looked up once a hit: the fragments of every literal
    # prefix (``LexiconPattern.fragments_by_prefix``) that may match where it stands,
    # longest prefix first, as the lexicon's own search tries them. A windowed lexicon is
    # marked where one of its openings starts (none for one searched in every window).
    actions: dict[str, _Action]
    # The places worth trying: a word start followed by some opening, matched as the
    # character before it (``_BEFORE_WORD``) with the opening looked ahead for (in a group
    # of its own); and an apostrophe followed by an opening that starts with one, if any
    # does.
    prefixes: re.Pattern[str]
    # The same, its word characters ASCII's (``_ascii_words``).
    ascii_prefixes: re.Pattern[str]
    clitics: re.Pattern[str] | None
    # The windowed lexicons, and the numbers of those among them filtered by marks.
    windowed: tuple[LexiconPattern, ...]
    filtered: frozenset[int]


@dataclass(frozen=True)
class _Group:
    """One lexicon's fragments under one literal prefix, compiled together, and the longer
    texts they open with: a hit of the prefix alone ("the ", "t") mostly tries them in
    vain, so the pass stops only where one of these openings stands."""

    prefix: str
    number: int
    pattern: re.Pattern[str]
    openings: frozenset[str]


@cache
def _index(folding: bool = False) -> _Index:
    """``folding``: for a text where ``re`` folds a character to an ASCII letter that its
    lower case is not (``lowered``), whose case-insensitive matches may not stand in the
    lowered text past a literal prefix: the pass stops at every prefix, as a lexicon's own
    search does, and marks nothing (``may_find`` is true there throughout)."""
    lexicon = load_lexicon()
    patterns = tuple(getattr(lexicon, name) for name in _WHOLE_TEXT)
    groups = [
        _Group(prefix, number, pattern.compiled_by_prefix[prefix], opened)
        for number, pattern in enumerate(patterns)
        for prefix, named in pattern.fragments_by_prefix.items()
        if (opened := frozenset({prefix}) if folding else _openings_under(prefix, named))
    ]
    by_opening: dict[str, list[_Group]] = {}
    for group in groups:
        for opening in group.openings:
            by_opening.setdefault(opening, []).append(group)
    # A windowed lexicon's openings join the trie: the pass tries every word start, also
    # inside a longer hit, so the other lexicons' matches stay the same. One with an
    # opening on a mark ("'ll") is searched in every window.
    windowed = tuple(getattr(lexicon, name) for name in (*_WINDOWED, *_ALSO_WINDOWED))
    marking: dict[str, set[int]] = {}
    for number, pattern in enumerate(() if folding else windowed):
        theirs = {o for named in pattern.fragments_by_prefix.values() for o in _all_openings(named)}
        if all(_NON_WORD.split(opening, 1)[0] for opening in theirs):
            for opening in theirs:
                marking.setdefault(opening, set()).add(number)
    actions: dict[str, _Action] = {}
    for key in by_opening.keys() | marking.keys():
        # Every opening that stands where ``key`` does is one of its prefixes.
        shorter = [key[:n] for n in range(len(key), 0, -1)]
        tried = {id(g): g for q in shorter for g in by_opening.get(q, ())}.values()
        entries = sorted(tried, key=lambda g: (-len(g.prefix), g.number))
        marks = sorted({number for q in shorter for number in marking.get(q, ())})
        actions[key] = (tuple(marks), tuple((g.number, g.pattern) for g in entries))
    clitics = [key for key in actions if key[:1] in _APOSTROPHES]
    prefixes = _BEFORE_WORD + "(?=(" + trie_pattern(actions) + "))"
    return _Index(
        patterns=patterns,
        actions=actions,
        prefixes=re.compile(prefixes),
        ascii_prefixes=re.compile(prefixes, re.ASCII),
        clitics=re.compile(trie_pattern(clitics)) if clitics else None,
        windowed=windowed,
        filtered=frozenset(n for marks, _ in actions.values() for n in marks),
    )


def _all_openings(named: dict[str, list[str]]) -> set[str]:
    return {opening for fragments in named.values() for f in fragments for opening in openings(f)}


def _openings_under(prefix: str, named: dict[str, list[str]]) -> frozenset[str]:
    """The openings of fragments filed under ``prefix`` where the prefix stands: those that
    run on from it, and the prefix itself where an opening stops short of it (a match with
    the prefix in place starts with one or the other)."""
    found: set[str] = set()
    for opening in _all_openings(named):
        if opening.startswith(prefix):
            found.add(opening)
        elif prefix.startswith(opening):
            found.add(prefix)
    return frozenset(found)


class TextScan:
    """The matches of every lexicon in ``text``, found together on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Every lexicon's matches once the one pass has run (it gives every lexicon an
        # entry, so empty means not yet run): what the questions look up first.
        self._known: dict[int, _Found] = {}
        # Filled by the one pass: where each windowed lexicon may match, by the starts of
        # the hits where one of its openings stands.
        self._marked: dict[int, list[int]] = {}
        self._occurrences: dict[tuple[str, ...], tuple[list[int], list[int]]] = {}

    @cached_property
    def lowered(self) -> str:
        return lowered(self.text)

    def may_hold(self, phrases: tuple[str, ...], start: int, end: int) -> bool:
        """Whether ``text[start:end]`` may hold one of ``phrases`` (lower-case ASCII) in
        any case.

        A case-insensitive search costs the same on every stretch whether it finds
        anything or not; substring tests, once for the article and then in the stretch,
        let a rule skip it where none of its phrases occurs. False only when the search
        could not match either.
        """
        if self._folds_to_ascii:
            return True
        found = self._occurrences.get(phrases)
        if found is None:
            found = self._occurrences[phrases] = self._occurrences_of(phrases)
        starts, ends = found
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            if ends[i] <= end:
                return True
            i += 1
        return False

    def _occurrences_of(self, phrases: tuple[str, ...]) -> tuple[list[int], list[int]]:
        """Where each of ``phrases`` occurs in the lowered text, overlaps included, by
        start: a stretch holds a phrase when one occurrence lies wholly inside it."""
        spans: list[tuple[int, int]] = []
        lowered = self.lowered
        for phrase in phrases:
            at = lowered.find(phrase)
            while at >= 0:
                spans.append((at, at + len(phrase)))
                at = lowered.find(phrase, at + 1)
        spans.sort()
        return [a for a, _ in spans], [b for _, b in spans]

    @cached_property
    def _folds_to_ascii(self) -> bool:
        return folds_to_ascii(self.text)

    def _scan(self) -> dict[int, _Found]:
        index = _index(self._folds_to_ascii)
        text = self.text
        found: list[list[re.Match[str]]] = [[] for _ in index.patterns]
        reach = [0] * len(index.patterns)
        actions = index.actions
        marked: list[list[int]] = [[] for _ in index.windowed]
        for pos, key in _hits(index, self.lowered):
            marks, entries = actions[key]
            for number in marks:
                marked[number].append(pos)
            for number, pattern in entries:
                if pos < reach[number]:
                    continue
                m = pattern.match(text, pos)
                if m is not None:
                    found[number].append(m)
                    reach[number] = m.end()
        self._marked = {
            id(pattern): marked[number]
            for number, pattern in enumerate(index.windowed)
            if number in index.filtered
        }
        return {
            id(pattern): _found(matches)
            for pattern, matches in zip(index.patterns, found, strict=True)
        }

    def may_find(self, pattern: LexiconPattern, start: int, end: int) -> bool:
        """Whether a search of a windowed lexicon in ``text[start:end]`` may find a match:
        False only where it cannot, so a rule may skip the search.

        Its search finds a match only at a word start where one of its openings
        (``fragment_openings.openings``) stands, and the article's one pass, which looks for those
        openings too, stops at every such place, also inside a longer hit. So a window
        holding no hit where one of the lexicon's openings stands holds no match.
        """
        if self._folds_to_ascii:
            return True
        self._scanned()
        starts = self._marked.get(id(pattern))
        if starts is None:
            return True
        i = bisect.bisect_left(starts, start)
        return i < len(starts) and starts[i] < end

    def _scanned(self) -> dict[int, _Found]:
        if not self._known:
            self._known = self._scan()
        return self._known

    def _all(self, pattern: LexiconPattern) -> _Found:
        """A lexicon's matches, found on first use. The questions below read a lexicon's
        matches already found straight from ``_known`` (a few hundred questions an
        article, each saving this call), and call this only for one not yet found."""
        found_all = self._scanned()
        found = found_all.get(id(pattern))
        if found is None:
            found = found_all[id(pattern)] = _found(list(pattern.finditer(self.text)))
        return found

    def find(self, pattern: LexiconPattern, start: int, end: int) -> list[re.Match[str]]:
        """The matches lying wholly inside ``[start, end)``, in order."""
        matches, starts, ends = self._known.get(id(pattern)) or self._all(pattern)
        return matches[bisect.bisect_left(starts, start) : bisect.bisect_right(ends, end)]

    def first(self, pattern: LexiconPattern, start: int, end: int) -> re.Match[str] | None:
        matches, starts, ends = self._known.get(id(pattern)) or self._all(pattern)
        i = bisect.bisect_left(starts, start)
        return matches[i] if i < bisect.bisect_right(ends, end) else None

    def at(self, pattern: LexiconPattern, pos: int, end: int) -> re.Match[str] | None:
        """The match starting exactly at ``pos``, if any."""
        matches, starts, ends = self._known.get(id(pattern)) or self._all(pattern)
        i = bisect.bisect_left(starts, pos)
        if i < len(matches) and starts[i] == pos and ends[i] <= end:
            return matches[i]
        return None


def _hits(index: _Index, lowered_text: str) -> list[tuple[int, str]]:
    """Where an opening stands, with the opening, in order: every word start where one
    begins, also one inside a longer hit (a hit whose fragments fail there, "are being",
    hides none starting in it), and every apostrophe where a clitic's begins, as
    ``WORD_START`` would find them. Where both stand, the trie finds the same opening."""
    # Offsets in ``spaced`` are one past those in the text: a hit's start, its mark, is the
    # offset of the word start after it. A hit consumes only its mark, the opening being
    # looked ahead for, so the next starts one past that word start, also inside a longer
    # hit: one ``finditer`` finds what a search from one past each hit's word start did.
    spaced = " " + lowered_text
    prefixes = index.ascii_prefixes if _ascii_words(lowered_text) else index.prefixes
    found = [(hit.start(), hit.group(1)) for hit in prefixes.finditer(spaced)]
    if index.clitics is None or not any(mark in lowered_text for mark in _APOSTROPHES):
        return found
    at = {pos for pos, _ in found}
    search, after = index.clitics.search, 0
    while (hit := search(lowered_text, after)) is not None:
        after = hit.start() + 1
        if after - 1 not in at:
            found.append((after - 1, hit.group()))
    found.sort()
    return found


# A character outside ASCII.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=16)
def _outside_ascii(text: str) -> frozenset[str]:
    """The characters of ``text`` outside ASCII, kept per text: the mention scan asks
    ``ascii_classes`` of the whole article at every stretch it reads (a sentence, a
    quotation), and each answer would run a search over the whole article again."""
    return frozenset(_NON_ASCII.findall(text))


def _ascii_words(text: str) -> bool:
    """Whether every word character of ``text`` (``\\w``) is an ASCII one: then ``\\w``
    with ``re.ASCII`` tells the same characters, and tests each in a step, where
    Unicode's asks the character database of every letter of the article. Curly quotes
    and dashes are no word characters in either."""
    return text.isascii() or not any(c.isalnum() for c in _outside_ascii(text))


def ascii_classes(text: str) -> bool:
    """Whether ``re.ASCII`` reads ``\\w`` and ``\\s`` (and so ``\\b``) the same as Unicode
    over ``text``: every character outside ASCII is neither a word character nor a space.
    A no-break or thin space is one of Unicode's ``\\s``, not of ASCII's, so an expression
    with ``\\s`` asks this rather than ``_ascii_words``."""
    return text.isascii() or not any(c.isalnum() or c.isspace() for c in _outside_ascii(text))


# A lexicon's matches in the article with their starts and ends. One lexicon's matches
# never overlap and are never empty (every fragment opens with a literal word), so the
# ends are in order too, and the matches wholly inside a stretch are one slice between
# two bisections.
_Found = tuple[list[re.Match[str]], list[int], list[int]]


def _found(matches: list[re.Match[str]]) -> _Found:
    return matches, [m.start() for m in matches], [m.end() for m in matches]
