"""Regular expressions built from word lists, compiled once.

Lists of hundreds of names make a plain alternation slow: Python's ``re`` tries every
branch at every position. Folding the words into a trie first gives an expression that
rejects a position after one character, which keeps actor matching linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator, Mapping
from functools import cache

from summarise.extraction.backends.baseline.fragment_openings import literal_prefixes, top_level_bar
from summarise.extraction.backends.baseline.lowered import plain_searchable

_END = ""
_SEP = "__"

# What may open a sentence or clause before its first word: spaces and opening quotation
# marks. A span that is only these is nothing said yet ("“Deploying …" opens its sentence).
OPENING_MARKS = re.compile(r"[\s\u201c\"']*")
# A cue that opens on a verb of warning ("warned", "cautions", "a warning"): the warning's own
# words, which the stance already says.
WARNING_VERB = re.compile(r"warn|caution", re.IGNORECASE)
# A word, with its inner apostrophes and hyphens ("Russia's", "Franco-German").
WORD = re.compile(r"[\w\u2019'-]+")
# A word or a single mark: the tokens a subject is read from, where a comma or a quotation
# mark between two words matters as much as the words.
TOKEN = re.compile(WORD.pattern + r"|[^\w\s]")
# The last word before a position, past any marks: searched in ``text[start:pos]``.
WORD_BEFORE = re.compile(r"([\w\u2019'-]+)\W*$")
# The word right before a position with only spaces after it, searched in
# ``text[start:pos]``: a mark after the word ("sanctions, …") means it is no word before.
WORD_THEN_SPACE = re.compile(r"([\w\u2019'-]+)\s+$")
# A genitive's ending, of a singular or a plural: "the Secretary General's", "the
# Netherlands'": a name or office written with it is named by what it ends.
GENITIVE_END = re.compile(r"['\u2019]s?$")
# An optional "the" before a name (fullmatch it over the gap before a mention).
OPTIONAL_THE = re.compile(r"(?:the\s+)?", re.IGNORECASE)
# A full stop that may end a clause: not one of an abbreviation's ("300 U.S. troops", "the
# U.N. Secretariat"), each of whose letters stands alone before its stop.
FULL_STOP = r"\.(?<!\b[A-Z]\.)"


def window_end(text: str, pos: int) -> int:
    """``pos``, or the start of the word it falls inside: where a window of a fixed number
    of characters should end. A search ends at its end position as at the text's end, so
    a word cut there reads as a shorter one ("to Be|larus" as "to be", a plan); and read on
    to its end the window would take in a word of the next clause ("have arrived in
    Sevastopol and w|ill take part"): the cut word is not read."""
    if pos < len(text) and WORD.match(text, pos) is not None:
        while pos > 0 and WORD.match(text, pos - 1) is not None:
            pos -= 1
    return pos


def first_word_past(
    text: str, start: int, end: int, passed: Container[str]
) -> re.Match[str] | None:
    """The first word of ``text[start:end]`` whose lower case is none of ``passed``, or None
    where only those stand there. A subject and its verb may have auxiliaries and adverbs
    between them ("Russia has also repeatedly said"; grammar.toml's
    ``between_subject_and_verb``): the rules that read the word a subject reaches past them,
    or ask whether anything else stands between, pass them here."""
    for word in WORD.finditer(text, start, end):
        if word.group().lower() not in passed:
            return word
    return None


def window_after(text: str, pos: int, width: int, limit: int | None = None) -> int:
    """The end of a window of ``width`` characters from ``pos`` (``limit`` at the most, such
    as the sentence's or clause's end), before the word the width ends inside
    (``window_end``): a window a rule reads "the next N characters" of ends between words."""
    end = window_end(text, pos + width)
    return end if limit is None else min(limit, end)


# Where a fragment may start: at a word's start, or on the apostrophe of a clitic, which
# runs on from the word before it ("'ll" in "we'll meet", with either apostrophe).
WORD_START = r"(?:(?<![\w-])|(?=['\u2019]))"

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


def word_start_trie(words: Iterable[str], before: str, *, unguarded: str = "") -> str:
    """``trie_pattern(words)`` matching only where no character of the class ``before``
    (such as ``[\\w-]``) stands before the word; a word opening on a character of
    ``unguarded`` (a clitic's apostrophe, which runs on from the word before it) matches
    wherever it stands.

    The lookbehind comes after each word's first character, not before the whole: an
    expression that opens on literal characters lets ``re`` skip to the next of them,
    where one opening on a lookbehind is tried at every position of the text (five times
    slower over an article for a list of capitalised names).
    """
    trie: _Trie = {}
    for word in words:
        if not word:
            raise ValueError("a word-start trie needs non-empty words")
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    guard = f"(?<!{before}[\\s\\S])"
    branches = [
        re.escape(char) + ("" if char in unguarded else guard) + _node_pattern(trie[char])
        for char in sorted(trie)
    ]
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


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


@cache
def word_alternation(words: frozenset[str]) -> re.Pattern[str]:
    """One search for any of ``words``, rather than a look at every word."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w-])", re.IGNORECASE
    )


def guarded_alternation(fragments: Iterable[str]) -> str:
    """``fragments`` as one alternation behind a lookahead for the characters they can
    start with. Python's ``re`` tries every alternative at every position it reaches; the
    lookahead turns most positions away in one step (the joint subjects, a dozen
    case-insensitive alternatives, were a third of the mention scan's time). Under a case
    flag the lookahead is matched with the same flag, so it never rejects a match."""
    listed = list(fragments)
    prefixes = {p for fragment in listed for p in literal_prefixes(fragment)}
    alternation = "(?:" + "|".join(shared_words_factored(listed)) + ")"
    if "" in prefixes:
        return alternation
    firsts = {c for p in prefixes for c in (p[0], p[0].lower(), p[0].upper())}
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])" + alternation


# A fragment opening on a plain lower-case word and a space, and what follows them.
_FIRST_WORD = re.compile(r"(?P<word>[a-z]+) (?P<rest>[^?*+{].*)", re.DOTALL)


def shared_words_factored(fragments: list[str]) -> list[str]:
    """``fragments`` with those opening on the same word written as one ("the (?:leaders|
    sides)" for "the leaders", "the sides"), where the first of them stood: ``re`` tries
    the word once at each place instead of once for each fragment (a dozen "the …" joint
    subjects, tried at every "t" of an article). The same alternation: the fragments of a
    word keep their order, and a fragment moved past another does so only where that one
    cannot match where the word stands (its fixed opening is no prefix of the word and
    space, nor they of it); where that is not known the fragments are left as they are."""
    shared: dict[str, list[str]] = {}
    for fragment in fragments:
        found = _FIRST_WORD.fullmatch(fragment)
        if found is not None and not top_level_bar(found["rest"]):
            shared.setdefault(found["word"], []).append(fragment)
    shared = {word: members for word, members in shared.items() if len(members) > 1}
    if not shared:
        return fragments
    for word, members in shared.items():
        first, last = fragments.index(members[0]), fragments.index(members[-1])
        between = [f for f in fragments[first:last] if f not in members]
        if not all(_apart(f, word + " ") for f in between):
            return fragments
    factored: list[str] = []
    for fragment in fragments:
        sharing = next((w for w, members in shared.items() if fragment in members), None)
        if sharing is None:
            factored.append(fragment)
        elif fragment == shared[sharing][0]:
            rests = "|".join(member[len(sharing) + 1 :] for member in shared[sharing])
            factored.append(f"{sharing} (?:{rests})")
    return factored


def _apart(fragment: str, opening: str) -> bool:
    """Whether ``fragment`` cannot match where ``opening`` (lower case) stands."""
    prefixes = {p.lower() for p in literal_prefixes(fragment)}
    return "" not in prefixes and not any(
        p.startswith(opening) or opening.startswith(p) for p in prefixes
    )


def grouped_pattern(groups: Mapping[str, Iterable[str]]) -> str:
    """Whole-word fragments in named groups; ``category(match)`` names the category.

    Fragments are ordered longest first across all categories, so at any position the
    most specific wording wins ("phone call" before "call", "call on" before "call").
    Each fragment gets its own group because a name may occur only once in a pattern.
    """
    entries = [(fragment, name) for name, fragments in groups.items() for fragment in fragments]
    entries.sort(key=lambda e: (-len(e[0]), e[1], e[0]))
    parts = [f"(?P<{name}{_SEP}{i}>{fragment})" for i, (fragment, name) in enumerate(entries)]
    return WORD_START + r"(?:" + "|".join(parts) + r")(?![\w-])"


def matches_exactly(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``pattern`` matches the cue's words at ``start`` and ends at ``end``: which
    class a cue found in a merged alternation came from. Matched, not fullmatched, as a
    lookahead may read past the cue ("call(?= it a …)")."""
    found = pattern.match(text, start)
    return found is not None and found.end() == end


# Each group name's category. The names are the lexicons' groups, a few thousand at
# most, so the table stays small without a bound; the rules ask the category of every cue
# (about 700 questions an article), and a dictionary read in place costs a third less
# than a call through ``lru_cache``.
_CATEGORIES: dict[str, str] = {}


def category(match: re.Match[str]) -> str:
    """The category of a ``grouped_pattern`` match."""
    group = match.lastgroup or ""
    found = _CATEGORIES.get(group)
    if found is None:
        found = _CATEGORIES[group] = group.split(_SEP, 1)[0]
    return found


def _plain(char: str) -> bool:
    """A character a case-insensitive search matches only to itself and its ASCII case."""
    return char.isascii() or char.lower() == char.upper() == char


# A lexicon whose prefixes open on fewer first characters than this has its candidates'
# word-start test after the first character (``word_start_trie``): ``re`` then skips to
# those characters instead of trying the test at every position. Over the open sets' texts
# the search is 1.5 to 14 times faster for such lexicons ("conditions", 7 first characters:
# 125 -> 56 us an article), the same for "activities" and "force nouns" (20), and slower
# for "stances" (24: 169 -> 188 us).
_FEW_FIRST_CHARACTERS = 20


def _candidates_trie(prefixes: Iterable[str]) -> str:
    """``WORD_START`` and the trie of ``prefixes``: the same places in either form."""
    listed = list(prefixes)
    if len({prefix[:1] for prefix in listed}) >= _FEW_FIRST_CHARACTERS:
        return WORD_START + trie_pattern(listed)
    return word_start_trie(listed, r"[\w-]", unguarded="'\u2019")


class LexiconPattern:
    """A grouped lexicon pattern behind a fast trie of the fragments' literal prefixes.

    One expression with a group per fragment is slow to scan (every position tries every
    branch). Instead a trie of the fragments' literal prefixes finds the few candidate
    positions, and at each only the fragments sharing the prefix found there are tried,
    longest prefix first, as small expressions of their own.
    """

    def __init__(self, groups: Mapping[str, Iterable[str]], flags: re.RegexFlag) -> None:
        by_prefix: dict[str, dict[str, list[str]]] = {}
        for name, fragments in groups.items():
            for fragment in fragments:
                prefixes = literal_prefixes(fragment)
                if "" in prefixes:
                    raise ValueError(
                        f"lexicon fragments must start with a literal word: {fragment!r}"
                    )
                for prefix in prefixes:
                    by_prefix.setdefault(prefix.lower(), {}).setdefault(name, []).append(fragment)
        self.full = re.compile(grouped_pattern(groups), flags)
        self._by_prefix = {
            prefix: re.compile(grouped_pattern(named), flags) for prefix, named in by_prefix.items()
        }
        # For each prefix, its own expression and those of the shorter prefixes it starts
        # with, longest first: the order ``_match_at`` tries them in, without looking up
        # every length of the prefix found.
        self._chains = {prefix: self._chain(prefix) for prefix in self._by_prefix}
        # The fragments by literal prefix and their expressions, for an index over several
        # lexicons.
        self.flags = flags
        self.fragments_by_prefix = by_prefix
        self.compiled_by_prefix: Mapping[str, re.Pattern[str]] = self._by_prefix
        self._longest_prefix = max((len(p) for p in by_prefix), default=0)
        trie = _candidates_trie(by_prefix)
        self.candidates = re.compile(trie, flags | re.IGNORECASE)
        # The same trie searched plainly in the lowered text: it finds the same places
        # two to three times faster (see ``lowered``), where the prefixes hold only ASCII
        # and caseless characters (the curly apostrophe of "won't").
        self._plain_candidates = (
            re.compile(trie, flags & ~re.IGNORECASE)
            if all(_plain(c) for prefix in by_prefix for c in prefix)
            else None
        )

    def _candidates_in(self, text: str) -> tuple[re.Pattern[str], str]:
        """The candidates' expression and the text to search it in, for ``text``."""
        if self._plain_candidates is not None:
            lower = plain_searchable(text)
            if lower is not None:
                return self._plain_candidates, lower
        return self.candidates, text

    def _match_at(self, text: str, pos: int, found: str, stop: int) -> re.Match[str] | None:
        """The longest-prefix fragment group matching at ``pos``."""
        folded = found.lower()
        # A candidate the case-insensitive search found through a character it folds is
        # no prefix of the table: its chain is built for it.
        chain = self._chains.get(folded) or self._chain(folded)
        for pattern in chain:
            m = pattern.match(text, pos, stop)
            if m is not None:
                return m
        return None

    def _chain(self, prefix: str) -> tuple[re.Pattern[str], ...]:
        """The expressions of ``prefix`` and of the shorter prefixes it starts with."""
        return tuple(
            self._by_prefix[prefix[:n]]
            for n in range(len(prefix), 0, -1)
            if prefix[:n] in self._by_prefix
        )

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        stop = len(text) if end is None else end
        pos = start
        candidates, haystack = self._candidates_in(text)
        while (candidate := candidates.search(haystack, pos, stop)) is not None:
            m = self._match_at(text, candidate.start(), candidate.group(), stop)
            if m is None:
                # A candidate that holds no fragment hides none that starts inside it
                # ("are being" of "are being deployed" over "being"): look on from its
                # next character, as the grouped expression would.
                pos = candidate.start() + 1
                continue
            pos = m.end()
            yield m

    def match(self, text: str, pos: int, end: int) -> re.Match[str] | None:
        """The fragment matching at ``pos``, with the span and category ``full.match`` gives
        it. ``full`` tries the lexicon's fragments one after another wherever it is matched
        (100 to 200 µs a call for the stances' few hundred); here only those whose literal
        prefix stands at ``pos`` are tried."""
        candidates, haystack = self._candidates_in(text)
        candidate = candidates.match(haystack, pos, end)
        if candidate is None:
            return None
        return self._match_at(text, pos, candidate.group(), end)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        return next(iter(self.finditer(text, start, end)), None)
