"""The baseline's speed shortcuts answer exactly what the expressions they stand in front
of answer: each is a cheap test that may only skip the expression where it cannot match.

Hypothesis builds texts from the pieces each expression looks for, near misses and the
characters around them; how many examples is the profile's choice (``conftest.py``).
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from summarise.extraction.backends.baseline.conditionals import IF_CLAUSE
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import _UN_NAMED, _names_un
from summarise.extraction.backends.baseline.patterns import guarded_alternation
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.stance_senses import phrase_end
from summarise.extraction.backends.baseline.stances import _reasons

_UN_PIECES = st.sampled_from(
    [
        "UN",
        "U.N.",
        "United Nations",
        "UNICEF",
        "xUN",
        "UN1",
        "U.N",
        "N",
        "U",
        ".",
        " ",
        "-",
        "United",
        "Nations",
        "un",
        "\u00e9",
        "_",
    ]
)


@given(st.lists(_UN_PIECES, max_size=12).map("".join))
@example("the UN said")
@example("UNICEF and the U.N.")
@example("United Nationsx")
def test_the_un_shortcut_agrees_with_the_expression(text: str) -> None:
    assert _names_un(text) == (_UN_NAMED.search(text) is not None)


_PHRASES = ("due to", "to deter", "in response to", "every day", "many times", "aa")
_PHRASE_PIECES = st.sampled_from(
    [
        "due",
        "to",
        " ",
        "Due To",
        "deter",
        "in response",
        "every",
        "day",
        "DAY",
        "a",
        "aa",
        "many times",
        ",",
        "\u2019",
        "\u0130",
        "\u212a",
    ]
)


@given(
    st.lists(_PHRASE_PIECES, max_size=14).map("".join),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=60),
)
@example("due to due to", 0, 6)
@example("aaa", 1, 3)
def test_a_stretch_may_hold_a_phrase_exactly_where_find_finds_one(
    text: str, start: int, end: int
) -> None:
    scan = TextScan(text)
    lowered = text.lower() if len(text.lower()) == len(text) else scan.lowered
    direct = any(lowered.find(p, start, end) >= 0 for p in _PHRASES)
    if any(c in text for c in "\u0130\u0131\u017f\u212a"):
        assert scan.may_hold(_PHRASES, start, end)  # the search is always run there
    else:
        assert scan.may_hold(_PHRASES, start, end) == direct


_LEXICON_PIECES = st.sampled_from(
    [
        "said",
        "says",
        "warned",
        "urged",
        " ",
        ", ",
        ". ",
        "troops",
        "deploy",
        "phone call",
        "by phone",
        "on Tuesday",
        "will",
        "impose",
        "sanctions",
        "if",
        "according to",
        "-",
    ]
)


@given(
    st.lists(_LEXICON_PIECES, max_size=16).map("".join),
    st.integers(min_value=0, max_value=80),
    st.integers(min_value=0, max_value=80),
)
def test_a_stretch_holds_the_matches_lying_wholly_inside_it(text: str, a: int, b: int) -> None:
    lexicon = load_lexicon()
    scan = TextScan(text)
    for pattern in (lexicon.speech, lexicon.stances, lexicon.contact_modes, lexicon.when):
        every = scan.find(pattern, 0, len(text))
        inside = [m for m in every if a <= m.start() and m.end() <= b]
        assert scan.find(pattern, a, b) == inside
        assert scan.first(pattern, a, b) == (inside[0] if inside else None)
        at = [m for m in every if m.start() == a and m.end() <= b]
        assert scan.at(pattern, a, b) == (at[0] if at else None)


_CLAUSE_PIECES = st.sampled_from(
    [
        "supports",
        "condemned",
        "sanctions",
        "if",
        "If",
        "IF",
        "whether",
        "Whether",
        "due to",
        "in response to",
        "to deter",
        "aggression",
        "diff",
        "motif",
        " ",
        ", ",
        ". ",
        "\u0130",
        "\u0131f",
    ]
)


@given(
    st.lists(_CLAUSE_PIECES, max_size=14).map("".join),
    st.integers(min_value=0, max_value=80),
    st.integers(min_value=0, max_value=120),
)
@example("we act if Russia supports talks", 0, 31)
@example("Whether Russia supports it", 0, 26)
@example("supports, in response to aggression, sanctions", 0, 46)
def test_reasons_are_found_where_the_full_searches_find_them(text: str, a: int, b: int) -> None:
    """Reasons and conditions are searched only where their phrases may occur; the spans
    found are those that running both searches everywhere finds."""
    scan = TextScan(text)
    reasons = [
        (m.start(), phrase_end(text, m.end(), b))
        for expression in (load_lexicon().reasons, IF_CLAUSE)
        for m in expression.finditer(text, a, b)
    ]
    assert _reasons(scan, a, b) == reasons


_CUE_PIECES = st.sampled_from(
    [
        "will",
        "Will",
        "WON\u2019T",
        "won't",
        "would not",
        "troops",
        "Troops",
        "forces",
        "the leaders",
        "The Two Leaders",
        "both sides",
        " ",
        "-",
        "_",
        "\u2019",
        "\u00e9",
        "\u03a3",
        "\u0130",
        "\u0131",
        "\u017f",
        "\u212a",
    ]
)


@given(
    st.lists(_CUE_PIECES, max_size=12).map("".join),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=90),
)
@example("He WON\u2019T send Troops", 0, 22)
@example("\u212aill the troops", 0, 15)
def test_a_plain_search_of_the_lowered_text_finds_the_case_insensitive_candidates(
    text: str, a: int, b: int
) -> None:
    """Lexicon candidates are searched plainly in the lowered article where that finds
    exactly the places the case-insensitive search of the article finds."""
    lexicon = load_lexicon()
    for pattern in (lexicon.hypothetical, lexicon.movement_status, lexicon.force_nouns):
        candidates, haystack = pattern._candidates_in(text)
        plain = [(m.span(), m.group().lower()) for m in candidates.finditer(haystack, a, b)]
        folded = [(m.span(), m.group().lower()) for m in pattern.candidates.finditer(text, a, b)]
        assert plain == folded


@given(st.lists(_CUE_PIECES, max_size=12).map("".join))
@example("The Two Leaders and both sides")
def test_the_joint_subjects_lookahead_rejects_no_match(text: str) -> None:
    """The joint subjects are tried only where one of their first letters stands."""
    subjects = read_data("lexicon.toml")["joint"]["subjects"]
    plain = re.compile("(?i:(?:" + "|".join(subjects) + "))")
    guarded = re.compile("(?i:" + guarded_alternation(subjects) + ")")
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]
