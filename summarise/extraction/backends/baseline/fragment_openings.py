"""What a regular-expression fragment of a word list can start with, read from its text.

The lexicons' fragments are regexes written by hand ("urg(?:e|es|ed)", "(?:heightened )?alert",
"defen[cs]e aid"). A search that knows the fixed texts each can open on may skip every place
where none stands: the lexicon scan stops only at the openings (``openings``), a trie of the
literal prefixes screens a lexicon's candidates (``literal_prefixes``), and an alternation is
guarded and factored only where its fragments' openings say that is safe. Reading a fragment
is a different matter from building patterns out of words (``patterns``), so it lives here.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
    rest = fragment[group.end() :]
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
# and groups of alternatives with no group inside, each maybe optional; the rest stops it.
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


def _paths(fragment: str) -> _Paths:
    if not fragment:
        return {("", True)}
    group = _LEADING_GROUP.match(fragment)
    plain = _PLAIN_CLASS.match(fragment)
    if group is not None:
        heads = set().union(*(_paths(branch) for branch in group["body"].split("|")))
        rest, optional = fragment[group.end() :], group["optional"] is not None
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
    if len(heads) * len(tails) > _MOST_OPENINGS:
        # Too many ways on: what follows is read as far as all of them agree.
        tails = {(_common_start([tail for tail, _ in tails]), False)}
    found = {(head, False) for head, whole in heads if not whole}
    found |= {(head + tail, end) for head, whole in heads if whole for tail, end in tails}
    return found


def _common_start(texts: list[str]) -> str:
    """The longest text all of ``texts`` start with: that of the first and last in order."""
    first, last = min(texts), max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


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
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False
