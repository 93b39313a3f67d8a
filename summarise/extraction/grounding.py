"""Finding the model's quotes in the article: the check that keeps extractions honest.

The model writes only quotes; offsets come from here, so an item can be traced to the
words that support it and an invented quote is caught. Three tiers, strictest first:

- ``exact``: the quote occurs verbatim.
- ``normalised``: it occurs once typography is ignored: whitespace runs, curly versus
  straight quotes, dash variants, ``…`` versus ``...``, letter case. Models retype these
  freely; the words are still the article's own.
- ``fuzzy``: it differs by a few characters (a typo, a dropped letter, "defense" for
  "defence"). Deliberately strict, because a fuzzy match vouches for text the article
  does not literally contain. A quote must be at least ``MIN_FUZZY_CHARS`` long, its
  aligned span must score at least ``FUZZY_THRESHOLD`` with ``rapidfuzz.fuzz.ratio``
  (an InDel similarity: 90 allows about one edit in ten characters, so a 60-character
  quote may differ by three substitutions, enough for transcription slips but not for
  a reworded clause), the span's length must be within ``FUZZY_LENGTH_TOLERANCE`` of
  the quote's, and the span must contain exactly the same digits, so "3,500 troops"
  never grounds on "3,000 troops".

Whatever the tier, ``start``/``end`` index the original text, so ``text[start:end]`` is
the passage a reader would check.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from typing import Any

from rapidfuzz import fuzz

from summarise.schema import CATEGORIES, ArticleExtraction, Evidence, ExtractionDraft

FUZZY_THRESHOLD = 90.0
MIN_FUZZY_CHARS = 20
FUZZY_LENGTH_TOLERANCE = 0.15
# How far each end of the aligned window may move while searching for the span whose
# full similarity is best: partial alignment fixes the window at the quote's length, so
# an inserted or dropped character leaves the ends a little off.
_EDGE_SLACK = 3

# Every character str.isspace() accepts, which is also what the regex class \s matches.
_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# One-to-one replacements. A chain of str.replace beats str.translate twentyfold here:
# translate looks every character up in a dict, replace scans in C.
_REPLACEMENTS: tuple[tuple[str, str], ...] = (
    *((space, " ") for space in _WHITESPACE if space != " "),
    *((quote, "'") for quote in "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4"),
    *((quote, '"') for quote in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"),
    *((dash, "-") for dash in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"),
)
# What changes length once the replacements are made: runs of spaces collapse to one, the
# ellipsis character expands to three dots, invisible characters vanish. These are few per
# article, so the offset map is kept per segment rather than per character.
_RESIZED = re.compile(r"  +|[\u2026\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_DIGITS = re.compile(r"\d")


def normalise(text: str) -> str:
    """The form both quote and article are compared in for ``normalised`` and ``fuzzy``.

    The same text as ``_Normalised(text).text`` without the offset map, which a quote never
    needs: only offsets into the article are reported. Both fold case after resizing, and
    folding maps each character on its own, so folding the whole text at once agrees.
    """
    return _RESIZED.sub(_resize, _replace_characters(text)).casefold()


def _resize(match: re.Match[str]) -> str:
    found = match.group()
    return "..." if found == "\u2026" else " " if found[0] == " " else ""


class _Normalised:
    """Normalised text and a map back to the original offsets.

    The map is a list of segments ``(normalised start, original start, original end)``:
    where the original segment has the normalised segment's length, characters map one to
    one; otherwise (a collapsed run, an expanded ellipsis) every normalised character of
    the segment maps to the whole original segment.
    """

    def __init__(self, text: str) -> None:
        pieces: list[str] = []
        self._segments: list[tuple[int, int, int]] = []
        self._length = 0
        position = 0
        text = _replace_characters(text)
        for match in _RESIZED.finditer(text):
            self._plain(text, position, match.start(), pieces)
            self._add(_resize(match), match.start(), match.end(), pieces)
            position = match.end()
        self._plain(text, position, len(text), pieces)
        self.text = "".join(pieces)
        self._starts = [segment[0] for segment in self._segments]

    def _plain(self, text: str, start: int, end: int, pieces: list[str]) -> None:
        folded = text[start:end].casefold()
        if len(folded) == end - start:
            self._add(folded, start, end, pieces)
            return
        # Rare: a character folds to several ("\u00df" -> "ss"); give each its own segment.
        for index in range(start, end):
            self._add(text[index].casefold(), index, index + 1, pieces)

    def _add(self, piece: str, start: int, end: int, pieces: list[str]) -> None:
        if piece:
            pieces.append(piece)
            self._segments.append((self._length, start, end))
            self._length += len(piece)

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that normalised ``[start, end)`` came from."""
        return self._locate(start)[0], self._locate(end - 1)[1]

    def _locate(self, index: int) -> tuple[int, int]:
        segment = bisect_right(self._starts, index) - 1
        normal_start, start, end = self._segments[segment]
        following = self._starts[segment + 1] if segment + 1 < len(self._starts) else self._length
        if following - normal_start != end - start:
            return start, end
        offset = start + index - normal_start
        return offset, offset + 1


def _replace_characters(text: str) -> str:
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    return text


class GroundingIndex:
    """One article prepared for locating many quotes.

    The normalised text and its offset map are built on the first quote that is not found
    verbatim and reused after that; articles whose quotes all match exactly (the offline
    extractor copies sentences) never pay for them.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def _normalised(self) -> _Normalised:
        return _Normalised(self.text)

    def locate(self, quote: str) -> Evidence:
        """Evidence for ``quote`` with the earliest span that matches at the strictest tier."""
        wanted = quote.strip()
        if not wanted:
            return Evidence(quote=quote, match="none")
        start = self.text.find(wanted)
        if start >= 0:
            return Evidence(quote=quote, start=start, end=start + len(wanted), match="exact")
        normal_quote = normalise(wanted).strip()
        if not normal_quote:
            return Evidence(quote=quote, match="none")
        haystack = self._normalised
        found = haystack.text.find(normal_quote)
        if found >= 0:
            start, end = haystack.original(found, found + len(normal_quote))
            return Evidence(quote=quote, start=start, end=end, match="normalised")
        span = self._fuzzy(normal_quote)
        if span is None:
            return Evidence(quote=quote, match="none")
        start, end = haystack.original(*span)
        return Evidence(quote=quote, start=start, end=end, match="fuzzy")

    def _fuzzy(self, normal_quote: str) -> tuple[int, int] | None:
        """The best strict fuzzy span in normalised coordinates, or None."""
        haystack = self._normalised.text
        if len(normal_quote) < MIN_FUZZY_CHARS or len(normal_quote) > len(haystack):
            return None
        alignment = fuzz.partial_ratio_alignment(
            normal_quote, haystack, score_cutoff=FUZZY_THRESHOLD
        )
        if alignment is None:
            return None
        best_score, best_span = 0.0, (0, 0)
        for start in _around(alignment.dest_start, 0, len(haystack)):
            for end in _around(alignment.dest_end, start + 1, len(haystack)):
                score = fuzz.ratio(normal_quote, haystack[start:end])
                if score > best_score:
                    best_score, best_span = score, (start, end)
        start, end = best_span
        span_text = haystack[start:end]
        if (
            best_score < FUZZY_THRESHOLD
            or abs(len(span_text) - len(normal_quote)) > FUZZY_LENGTH_TOLERANCE * len(normal_quote)
            or _DIGITS.findall(span_text) != _DIGITS.findall(normal_quote)
        ):
            return None
        return best_span


def _around(centre: int, low: int, high: int) -> range:
    return range(max(centre - _EDGE_SLACK, low), min(centre + _EDGE_SLACK, high) + 1)


def ground_extraction(draft: ExtractionDraft, text: str, article_id: str) -> ArticleExtraction:
    """The model's draft with every quote located in ``text``; unfound ones are kept as
    ``match="none"`` so they can be reported rather than silently dropped."""
    data = draft.model_dump()
    _ground_items(data, GroundingIndex(text))
    return ArticleExtraction.model_validate({**data, "article_id": article_id})


def ground_labels(label: ArticleExtraction, text: str) -> ArticleExtraction:
    """A hand label with offsets for its quote-only evidence; evidence that already
    carries a match is left as the labeller wrote it."""
    data = label.model_dump()
    _ground_items(data, GroundingIndex(text))
    return ArticleExtraction.model_validate(data)


def _ground_items(data: dict[str, Any], index: GroundingIndex) -> None:
    for category in CATEGORIES:
        for item in data[category]:
            item["evidence"] = [
                evidence
                if evidence.get("match") is not None
                else index.locate(evidence["quote"]).model_dump()
                for evidence in item["evidence"]
            ]
