"""Sentence spans of an article, for the offline extractor, chunking and tests.

Spans rather than strings because everything downstream (grounding, evidence offsets,
chunk starts) speaks in character offsets into the cleaned article text. The splitter is
a few precompiled regexes and a short check per candidate full stop: the offline
baseline runs it on every article, so it must stay far below a millisecond per article,
which rules out model-based splitters. It errs towards *not* splitting: a missed
boundary leaves a long sentence, a false one cuts a quote in half.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarise.loading.datelines import wire_dateline_end

# The characters that break a line: each ends a sentence, and one before a span opens a
# paragraph (where a wire dateline may stand).
_LINE_BREAKS = "\n\r\u2028\u2029"
# A candidate end of sentence: terminal punctuation with any closing quotes or brackets,
# then either whitespace or, for text scraped with a lost space ("alliance.His"), a
# capitalised word or an opening quote. Line breaks are always boundaries.
_CANDIDATE = re.compile(
    rf"(?P<line>[{_LINE_BREAKS}])"
    r"|(?P<stop>[.!?]+[\"'\u201d\u2019)\]]*)(?=\s|[A-Z][a-z]|[\u201c\u2018])"
)

# The characters a candidate starts with. ``re`` skips ahead to a pattern's first
# character only when that is a plain set, which an alternation of groups is not.
_CANDIDATE_START = re.compile(rf"[{_LINE_BREAKS}.!?]")

_OPENERS = frozenset("\"'([\u201c\u2018")

# Words that end in a full stop without ending the sentence. Titles and ranks precede a
# name; months precede a day; Latin and reference abbreviations sit mid-sentence. Company
# suffixes (Inc, Ltd) are left out: they end sentences as often as not.
ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "sgt",
        "cpl",
        "capt",
        "maj",
        "adm",
        "brig",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "pres",
        "prof",
        "rev",
        "hon",
        "jr",
        "sr",
        "mt",
        "ft",
        "vs",
        "etc",
        "al",
        "approx",
        "cf",
        "fig",
        "vol",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)

# After a dotted acronym ("U.S.") these words almost always open a new sentence; any
# other capitalised word is more likely a continuation ("U.S. troops", "U.N. Security").
_SENTENCE_OPENERS = frozenset(
    {
        "The",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "But",
        "And",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "In",
        "On",
        "At",
        "A",
        "An",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "However",
        "Meanwhile",
    }
)

_NEXT_CHAR = re.compile(r"\s*(\S)")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of ``text``, trimmed, in order, none blank."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _candidates(text):
        if match.lastgroup == "line" or _ends_sentence(text, match.start(), match.end()):
            _append_trimmed(spans, text, start, match.end())
            start = match.end()
    _append_trimmed(spans, text, start, len(text))
    return spans


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """``_CANDIDATE.finditer(text)``, tried only where a candidate can start: the same
    matches at a fraction of the cost, as sentence marks are rare among characters."""
    end = 0
    for mark in _CANDIDATE_START.finditer(text):
        if mark.start() < end:
            continue
        match = _CANDIDATE.match(text, mark.start())
        if match is not None:
            end = match.end()
            yield match


def _ends_sentence(text: str, punct_start: int, punct_end: int) -> bool:
    """Whether the punctuation at ``text[punct_start:punct_end]`` closes a sentence."""
    if punct_end >= len(text):
        return True
    following = text[punct_end]
    if following.isspace():
        next_char = _NEXT_CHAR.match(text, punct_end)
        if next_char is None:
            return True
        following = next_char.group(1)
        if not (following.isupper() or following.isdigit() or following in _OPENERS):
            return False
    elif not _after_lower_word(text, punct_start):
        # A lost space is only trusted after a lower-case word: "U.S.Army", "3.5" stay whole.
        return False
    if text[punct_start] != "." or text[punct_start + 1 : punct_end].startswith("."):
        return True
    word_start = punct_start
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    word = text[word_start:punct_start]
    lowered = word.lower()
    if lowered == "no":
        # "No. 10" is an abbreviation; "He said no." is not.
        return not following.isdigit()
    if lowered in ABBREVIATIONS:
        return False
    if len(word) == 1:
        # An initial ("J. Smith") or the last letter of "U.S.", "e.g.", "i.e.".
        return word_start > 0 and text[word_start - 1] == "." and _opens_sentence(text, punct_end)
    return True


def _after_lower_word(text: str, pos: int) -> bool:
    before = text[max(pos - 2, 0) : pos]
    return len(before) == 2 and before.isalpha() and before.islower()


def _opens_sentence(text: str, pos: int) -> bool:
    match = _NEXT_WORD.match(text, pos)
    return match is not None and match.group(1) in _SENTENCE_OPENERS


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        lead = len(segment) - len(segment.lstrip())
        start += lead
        end = start + len(stripped)
        opens_paragraph = start == 0 or text[start - 1] in _LINE_BREAKS or not spans
        after = wire_dateline_end(text, start) if opens_paragraph else None
        if after is not None and after < end:
            # A wire dateline ("VILNIUS, March 2 —") is a span of its own: the place and
            # date it names, never the subject of the sentence after it.
            _append_trimmed(spans, text, start, after)
            start = end - len(text[after:end].lstrip())
        spans.append((start, end))
