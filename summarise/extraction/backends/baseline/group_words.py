"""Groups of states or people named by what they are, not by name ("Western capitals",
"foreign partners", "the international community", "illegal armed groups", "our
partners"): the guide's groups that move and hold as the text names them, kind other.

Apart from ``lexicon`` because the class is read by the mention scan (``word_scans``) and
by the stages that tell a standing relation from a party (``contact_objects``,
``movement_subjects``), and by no cue.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.patterns import trie_pattern


@cache
def group_pattern() -> str:
    """A group named by its modifier and head, or by a lone head after a determiner or
    preposition; the group's name is ``gname`` or ``gname2``. A determiner is no part of
    it: "our" stays the speaker's ("we, as well as our partners, imposed …" is the
    speaker's side's act)."""
    g = read_data("grammar.toml")
    modifiers = "|".join(rf"[{m[0].upper()}{m[0].lower()}]{m[1:]}" for m in g["group_modifiers"])
    after = "|".join(rf"(?<=\b{w} )|(?<=\b{w.capitalize()} )" for w in g["lone_head_after"])
    lone = trie_pattern(g["lone_heads"])
    # The lone head is looked ahead for before the words that may stand before it: the
    # mention scan tries this branch at every word of an article, and its two dozen
    # lookbehinds, tried first, doubled the scan's time.
    return (
        rf"(?P<gname>(?:{modifiers})\s+(?:armed\s+)?(?:{trie_pattern(g['group_heads'])}))"
        rf"|(?=(?:{lone}))(?:{after})(?P<gname2>{lone})"
    )


def group_openers() -> str:
    """A lookahead for the letters a group's name can start with (a modifier in either
    case, or a lone head), to stand before ``group_pattern``'s group: the mention scan
    tries that group at every word of an article, and one test of the first letter turns
    away the words that open no name, where the group's branches were each tried."""
    g = read_data("grammar.toml")
    firsts = {c for m in g["group_modifiers"] for c in (m[0].upper(), m[0].lower())}
    firsts |= {head[0] for head in g["lone_heads"]}
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


@cache
def _head_class(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in read_data("grammar.toml")[key])


def standing_relation(name: str) -> bool:
    """ "European partners", "Western colleagues": a group named by a standing relation to
    the speaker, not by an occasion it takes part in ("European leaders")."""
    return name.rsplit(None, 1)[-1].lower() in _head_class("relational_heads")


def press_group(name: str) -> bool:
    """ "foreign media", "Western media": a group that reports, owning no forces."""
    return name.rsplit(None, 1)[-1].lower() in _head_class("press_heads")


def group_modifier(word: str) -> bool:
    """ "nationalist", "illegal", "foreign": a word that makes the forces it modifies a
    group named as the text names it ("Ukrainian nationalist units"), not a state's own."""
    return word.lower() in _head_class("group_modifiers")


def lone_group(name: str) -> bool:
    """ "partners" with no modifier of its own: whose partners, not which."""
    return name.lower() in _head_class("lone_heads")


def meets(name: str) -> bool:
    """ "European leaders": a group named by those who meet, whose "they" after an occasion
    is all its sides ("Biden held a call with European leaders. They reiterated …")."""
    return name.rsplit(None, 1)[-1].lower() in _head_class("meeting_heads")
