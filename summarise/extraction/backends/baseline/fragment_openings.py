"""What a regular-expression fragment of a word list can start with, read from its text.

The lexicons' fragments are regexes written by hand ("urg(?:e|es|ed)", "(?:heightened )?alert",
"defen[cs]e aid"). A search that knows the fixed texts each can open on may skip every place
where none stands: the lexicon scan stops only at the openings (``openings``), a trie of the
literal prefixes screens a lexicon's candidates (``literal_prefixes``), and an alternation is
guarded and factored only where its fragments' openings say that is safe. Reading a fragment
is a different matter from building patterns out of words (``patterns``), so it lives here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

_SPECIAL = frozenset("\\.^$*+?{}[]|()")
_INLINE_FLAG = re.compile(r"^\(\?-?i:")
_LEADING_GROUP = re.compile(
    r"^\(\?:(?P<body>[^()]*)\)(?:(?P<optional>\?)|(?P<repeated>\*|\{0,?\d*\})\??)?"
)


def literal_prefixes(fragment: str) -> set[str]:
    """The fixed texts a fragment can start with: {'urg'} for 'urg(?:e|es|ed)', {'would',
    'will'} for '(?:would|will) be', {'heightened', 'alert'} for '(?:heightened )?alert'."""
    fragment = _INLINE_FLAG.sub("", fragment)
    group = _LEADING_GROUP.match(fragment)
    if group is None:
        return {_literal(fragment)}
    rest = fragment[group.end() :]
    if group["repeated"]:
        # "(?:a|b)*c" may start with "a", "b" or "c": the group may be absent, or repeat.
        return {_literal(b) for b in group["body"].split("|")} | literal_prefixes(rest)
    if group["optional"]:
        return {_literal(b) + _literal(rest) for b in group["body"].split("|")} | literal_prefixes(
            rest
        )
    # "(?:a|the) call" starts with "a call" or "the call", not with any "a".
    branches = group["body"].split("|")
    if all(_literal(b) == b for b in branches):
        return {b + _literal(rest) for b in branches}
    return {_literal(b) for b in branches}


# More openings than this for one fragment are not worth a trie's branches, and longer
# ones than this rarely turn away more places (a search expression of every opening's
# whole text took longer to compile than the pass saved).
_MOST_OPENINGS = 64
_LONGEST_OPENING = 8
# Plain characters, read on at once.
_PLAIN_RUN = re.compile("[^" + re.escape("".join(sorted(_SPECIAL))) + "]+")
# A character class of plain characters ("[cs]", "[\u2019']"): its characters are
# alternatives like a group's.
_PLAIN_CLASS = re.compile(r"\[(?P<chars>[^\\\[\]^-]+)\]")
# The fixed texts a fragment can start with, each with whether it is all the fragment
# matches along its path. A fragment is read on through plain characters, plain classes
# and groups of alternatives (groups inside them read the same way), each maybe optional;
# the rest stops it.
_Paths = set[tuple[str, bool]]


@lru_cache(maxsize=4096)
def openings(fragment: str) -> frozenset[str]:
    """The texts a fragment can start with, in lower case, read on through optional
    characters, classes of plain characters and groups of alternatives, where
    ``literal_prefixes`` stops at the first: {'take up', 'takes up', 'took up', …} for
    't(?:ake|akes|ook) up', {'defence aid', 'defense aid'} for 'defen[cs]e aid'. Every
    match starts with one of them, so a search may stop only where one does. A fragment
    with a way to start on no fixed text has its literal prefixes."""
    fragment = _INLINE_FLAG.sub("", fragment)
    found = {text.lower()[:_LONGEST_OPENING] for text, _ in _paths(fragment)}
    if "" in found:
        return frozenset(p.lower() for p in literal_prefixes(fragment))
    return frozenset(found)


# A lookahead or lookbehind: it tests the text around a place and consumes none of it.
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")


def _paths(fragment: str) -> _Paths:
    if not fragment:
        return {("", True)}
    if fragment.startswith(_LOOKAROUND):
        # Read through: the fragment's text goes on with what follows it, so a lookbehind
        # after "an?" no longer leaves "a" and "an" as the openings (the pass stopped at
        # every article).
        rest = _after_group(fragment)
        return {("", False)} if rest is None else _paths(rest)
    group = _leading_group(fragment)
    plain = _PLAIN_CLASS.match(fragment)
    if group is not None:
        branches, rest, optional = group
        heads = set().union(*(_paths(branch) for branch in branches))
        if optional:
            heads.add(("", True))
    elif plain is not None:
        heads = {(char, True) for char in plain["chars"]}
        rest, optional = fragment[plain.end() :], False
    elif fragment[0] not in _SPECIAL:
        run = _PLAIN_RUN.match(fragment)
        assert run is not None
        text = run.group()
        if len(text) > 1 and fragment[len(text) : len(text) + 1] in ("?", "*", "+", "{"):
            text = text[:-1]  # the last character is the quantifier's
        heads, rest, optional = {(text, True)}, fragment[len(text) :], False
    else:
        return {("", False)}  # a pattern of another kind: nothing fixed from here
    if rest[:1] in ("*", "{") or rest[:2] == "??":
        return {("", False)}  # repeated or lazy: it may be absent, or run on
    if rest[:1] == "?" and not optional:
        heads.add(("", True))
        rest = rest[1:]
    elif rest[:1] == "+":
        return {(head, False) for head, _ in heads}
    tails = _paths(rest) if any(whole for _, whole in heads) else set()
    found = {(head, False) for head, whole in heads if not whole}
    # Cut to the length kept, the ways on that differ only later are one ("we are not",
    # "we are now" and "we are no" all open on "we are n").
    length = _LONGEST_OPENING
    joined = {
        _cut(head + tail, end, length) for head, whole in heads if whole for tail, end in tails
    }
    while len(joined) > _MOST_OPENINGS:
        # Too many ways on: they are cut shorter until few enough ("(?:we|i|you|they)
        # (?: are| am|'(?:re|m)) …" opens on "we are", "i am", "they're", …).
        length -= 1
        joined = {_cut(text, whole, length) for text, whole in joined}
    return found | joined


def _cut(text: str, whole: bool, length: int) -> tuple[str, bool]:
    """A path cut to ``length``: no longer all the fragment matches if cut."""
    if len(text) <= length:
        return text, whole
    return text[:length], False


def _leading_group(fragment: str) -> tuple[list[str], str, bool] | None:
    """A non-capturing group the fragment opens with: its alternatives (split at its own
    bars, not at those of a group or class inside it), what follows it, and whether a
    ``?`` makes it optional. None if the fragment opens on no such group."""
    if not fragment.startswith("(?:"):
        return None
    bars: list[int] = []
    for at, char, depth in _structure(fragment):
        if char == "|" and depth == 1:
            bars.append(at)
        elif char == ")" and depth == 0:
            edges = [2, *bars, at]
            branches = [fragment[a + 1 : b] for a, b in itertools.pairwise(edges)]
            rest = fragment[at + 1 :]
            if rest.startswith("?"):
                return branches, rest[1:], True
            return branches, rest, False
    return None


def _after_group(fragment: str) -> str | None:
    """What follows the group ``fragment`` opens with, None if it is not closed."""
    for at, char, depth in _structure(fragment):
        if char == ")" and depth == 0:
            return fragment[at + 1 :]
    return None


def _literal(fragment: str) -> str:
    prefix: list[str] = []
    for char in fragment:
        if char in _SPECIAL:
            if char in "?*{" and prefix:
                prefix.pop()  # the character before a quantifier may be absent
            break
        prefix.append(char)
    return "".join(prefix)


def top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` has an alternative bar outside its groups and classes."""
    return any(char == "|" and depth == 0 for _, char, depth in _structure(pattern))


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """The parentheses and bars of ``pattern`` outside its classes and escapes, each with
    where it stands and how deep in groups: inside its group for a "(", outside for a ")"."""
    depth, escaped, in_class = 0, False, False
    for at, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield at, char, depth
