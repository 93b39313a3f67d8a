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
from functools import cache, cached_property

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.lowered import folds_to_ascii, lowered
from summarise.extraction.backends.baseline.patterns import (
    WORD_START,
    LexiconPattern,
    grouped_pattern,
    trie_pattern,
)

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
# A character that ends a word: where a lexicon's literal prefix is cut to its first word.
_NON_WORD = re.compile(r"[^\w-]")


# What the one pass does at a hit of a literal prefix: the windowed lexicons whose first
# words it starts, and the fragments to try there.
_Action = tuple[tuple[int, ...], tuple[tuple[int, re.Pattern[str]], ...]]


@dataclass(frozen=True)
class _Index:
    """Every lexicon's fragments filed under the literal text they start with."""

    patterns: tuple[LexiconPattern, ...]
    # For each literal prefix, its action, looked up once a hit. Its fragments are each
    # lexicon's starting so, longest prefix first, with those of every shorter prefix of
    # it folded in. A windowed lexicon is marked where its prefix's first word starts
    # (none for one searched in every window).
    actions: dict[str, _Action]
    # The places worth trying: a word start followed by some literal prefix.
    prefixes: re.Pattern[str]
    # The windowed lexicons, and the numbers of those among them filtered by marks.
    windowed: tuple[LexiconPattern, ...]
    filtered: frozenset[int]


@cache
def _index() -> _Index:
    lexicon = load_lexicon()
    patterns = tuple(getattr(lexicon, name) for name in _WHOLE_TEXT)
    own: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    for number, pattern in enumerate(patterns):
        for prefix, named in pattern.fragments_by_prefix.items():
            compiled = re.compile(grouped_pattern(named), pattern.flags)
            own.setdefault(prefix, []).append((number, compiled))
    windowed = tuple(getattr(lexicon, name) for name in _WINDOWED)
    # A windowed lexicon's prefixes join the trie cut to their first word: a longer hit
    # within one word hides no word start, so the other lexicons' matches stay the same.
    # One with a prefix opening on a mark ("'ll") is searched in every window.
    first_words: dict[str, set[int]] = {}
    for number, pattern in enumerate(windowed):
        cut = [_NON_WORD.split(prefix, 1)[0] for prefix in pattern.fragments_by_prefix]
        if not all(cut):
            continue
        for first_word in cut:
            first_words.setdefault(first_word, set()).add(number)
            own.setdefault(first_word, [])
    by_prefix: dict[str, tuple[tuple[int, re.Pattern[str]], ...]] = {}
    marks: dict[str, tuple[int, ...]] = {}
    for prefix in own:
        shorter = [prefix[:n] for n in range(len(prefix), 0, -1) if prefix[:n] in own]
        by_prefix[prefix] = tuple(entry for q in shorter for entry in own[q])
        marked = {number for q in shorter for number in first_words.get(q, ())}
        if marked:
            marks[prefix] = tuple(sorted(marked))
    return _Index(
        patterns=patterns,
        actions={p: (marks.get(p, ()), by_prefix[p]) for p in by_prefix},
        prefixes=re.compile(WORD_START + r"(?:" + trie_pattern(own) + r")"),
        windowed=windowed,
        filtered=frozenset(n for numbers in marks.values() for n in numbers),
    )


class TextScan:
    """The matches of every lexicon in ``text``, found together on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[int, _Found] | None = None
        # Filled by the one pass: where each windowed lexicon may match, by the starts of
        # the hits that start its first words.
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
        index = _index()
        text = self.text
        found: list[list[re.Match[str]]] = [[] for _ in index.patterns]
        reach = [0] * len(index.patterns)
        actions = index.actions
        marked: list[list[int]] = [[] for _ in index.windowed]
        lowered_text, prefixes, after = self.lowered, index.prefixes, 0
        # Every word start where a prefix begins is tried, also one inside a longer hit:
        # a hit whose fragments fail there ("are being") hides none starting in it.
        while (hit := prefixes.search(lowered_text, after)) is not None:
            pos = hit.start()
            after = pos + 1
            marks, entries = actions[hit.group()]
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

        Its search finds a match only at a word start where one of its literal prefixes
        begins, and the article's one pass, which looks for the first words of those
        prefixes too, stops at every such place, also inside a longer hit. So a window
        holding no hit that starts the lexicon's first words holds no match.
        """
        if self._folds_to_ascii:
            return True
        if self._found is None:
            self._found = self._scan()
        starts = self._marked.get(id(pattern))
        if starts is None:
            return True
        i = bisect.bisect_left(starts, start)
        return i < len(starts) and starts[i] < end

    def _all(self, pattern: LexiconPattern) -> _Found:
        found_all = self._found
        if found_all is None:
            found_all = self._found = self._scan()
        found = found_all.get(id(pattern))
        if found is None:
            found = found_all[id(pattern)] = _found(list(pattern.finditer(self.text)))
        return found

    def find(self, pattern: LexiconPattern, start: int, end: int) -> list[re.Match[str]]:
        """The matches lying wholly inside ``[start, end)``, in order."""
        matches, starts, ends = self._all(pattern)
        return matches[bisect.bisect_left(starts, start) : bisect.bisect_right(ends, end)]

    def first(self, pattern: LexiconPattern, start: int, end: int) -> re.Match[str] | None:
        matches, starts, ends = self._all(pattern)
        i = bisect.bisect_left(starts, start)
        return matches[i] if i < bisect.bisect_right(ends, end) else None

    def at(self, pattern: LexiconPattern, pos: int, end: int) -> re.Match[str] | None:
        """The match starting exactly at ``pos``, if any."""
        matches, starts, ends = self._all(pattern)
        i = bisect.bisect_left(starts, pos)
        if i < len(matches) and starts[i] == pos and ends[i] <= end:
            return matches[i]
        return None


# A lexicon's matches in the article with their starts and ends. One lexicon's matches
# never overlap and are never empty (every fragment opens with a literal word), so the
# ends are in order too, and the matches wholly inside a stretch are one slice between
# two bisections.
_Found = tuple[list[re.Match[str]], list[int], list[int]]


def _found(matches: list[re.Match[str]]) -> _Found:
    return matches, [m.start() for m in matches], [m.end() for m in matches]
