"""Regular expressions built from word lists, compiled once.

Lists of hundreds of names make a plain alternation slow: Python's ``re`` tries every
branch at every position. Folding the words into a trie first gives an expression that
rejects a position after one character, which keeps actor matching linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

_END = ""
_SEP = "__"


_Trie = dict[str, "_Trie"]


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation matching exactly ``words``, longest first, as a trie-shaped regex."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _node_pattern(trie) or "(?!)"


def _node_pattern(node: _Trie) -> str:
    branches: list[str] = []
    optional = False
    for char in sorted(node):
        if char == _END:
            optional = True
            continue
        branches.append(re.escape(char) + _node_pattern(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
    return body


def word_pattern(fragments: Iterable[str]) -> str:
    """Regex fragments joined as whole-word alternatives, longest fragment first."""
    ordered = sorted(set(fragments), key=lambda f: (-len(f), f))
    return r"(?<![\w-])(?:" + "|".join(ordered) + r")(?![\w-])"


def grouped_pattern(groups: Mapping[str, Iterable[str]]) -> str:
    """Whole-word fragments in named groups; ``category(match)`` names the category.

    Fragments are ordered longest first across all categories, so at any position the
    most specific wording wins ("phone call" before "call", "call on" before "call").
    Each fragment gets its own group because a name may occur only once in a pattern.
    """
    entries = [(fragment, name) for name, fragments in groups.items() for fragment in fragments]
    entries.sort(key=lambda e: (-len(e[0]), e[1], e[0]))
    parts = [f"(?P<{name}{_SEP}{i}>{fragment})" for i, (fragment, name) in enumerate(entries)]
    return r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])"


def category(match: re.Match[str]) -> str:
    """The category of a ``grouped_pattern`` match."""
    return (match.lastgroup or "").split(_SEP, 1)[0]


_SPECIAL = frozenset("\\.^$*+?{}[]|()")
_INLINE_FLAG = re.compile(r"^\(\?-?i:")
_LEADING_GROUP = re.compile(r"^\(\?:(?P<body>[^()]*)\)(?P<optional>\?)?")


def literal_prefixes(fragment: str) -> set[str]:
    """The fixed texts a fragment can start with: {'urg'} for 'urg(?:e|es|ed)', {'would',
    'will'} for '(?:would|will) be', {'heightened', 'alert'} for '(?:heightened )?alert'."""
    fragment = _INLINE_FLAG.sub("", fragment)
    group = _LEADING_GROUP.match(fragment)
    if group is None:
        return {_literal(fragment)}
    prefixes = {_literal(branch) for branch in group["body"].split("|")}
    if group["optional"]:
        prefixes |= literal_prefixes(fragment[group.end() :])
    return prefixes


def _literal(fragment: str) -> str:
    prefix: list[str] = []
    for char in fragment:
        if char in _SPECIAL:
            if char in "?*{" and prefix:
                prefix.pop()  # the character before a quantifier may be absent
            break
        prefix.append(char)
    return "".join(prefix)


class LexiconPattern:
    """A grouped lexicon pattern behind a fast trie of the fragments' first letters.

    A group per fragment makes the full expression slow to scan (every position tries
    every branch), so a trie of literal prefixes finds the few candidate positions and
    the full expression is matched only there.
    """

    def __init__(self, groups: Mapping[str, Iterable[str]], flags: re.RegexFlag) -> None:
        fragments = [f for fs in groups.values() for f in fs]
        prefixes = {p.lower() for f in fragments for p in literal_prefixes(f)}
        if "" in prefixes:
            empty = [f for f in fragments if "" in literal_prefixes(f)]
            raise ValueError(f"lexicon fragments must start with a literal word: {empty}")
        self.full = re.compile(grouped_pattern(groups), flags)
        self.candidates = re.compile(r"(?<![\w-])" + trie_pattern(prefixes), flags | re.IGNORECASE)

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        stop = len(text) if end is None else end
        pos = start
        for candidate in self.candidates.finditer(text, start, stop):
            if candidate.start() < pos:
                continue
            m = self.full.match(text, candidate.start(), stop)
            if m is not None:
                pos = m.end()
                yield m

    def match(self, text: str, pos: int, end: int) -> re.Match[str] | None:
        return self.full.match(text, pos, end)
