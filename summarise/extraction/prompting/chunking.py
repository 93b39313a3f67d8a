"""Long articles in pieces a model's context can hold, and the pieces' results made one.

Chunks are cut on sentence boundaries, preferably paragraph ones, so a quote never
straddles two chunks; ``overlap`` sentences are repeated at the start of the next chunk so
a pronoun there ("He said: ...") still has its antecedent. Overlap makes neighbouring
chunks report the same fact twice, which ``merge_drafts`` collapses.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from summarise.actors import same_text
from summarise.extraction.sentences import split_sentences
from summarise.schema import (
    CATEGORIES,
    ExtractionDraft,
    Item,
    MilitaryMovement,
    Position,
    Quote,
)

_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Chunk:
    """A slice of the article: ``text == article[start : start + len(text)]``."""

    text: str
    start: int
    index: int
    count: int


def chunk_text(text: str, max_chars: int, overlap: int = 1) -> list[Chunk]:
    """Chunks of at most ``max_chars`` characters, in article order."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, got {max_chars}; use a larger chunk size")
    if overlap < 0:
        raise ValueError(f"overlap must be zero or more sentences, got {overlap}")
    if len(text) <= max_chars:
        return [Chunk(text=text, start=0, index=0, count=1)]
    units = [
        piece for start, end in split_sentences(text) for piece in _fit(text, start, end, max_chars)
    ]
    spans = _pack(text, units, max_chars, overlap)
    return [
        Chunk(text=text[start:end], start=start, index=index, count=len(spans))
        for index, (start, end) in enumerate(spans)
    ]


def _fit(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """A sentence as pieces no longer than ``max_chars``, cut at whitespace where possible."""
    if end - start <= max_chars:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    piece_start: int | None = None
    piece_end = start
    for word in _WORD.finditer(text, start, end):
        word_start, word_end = word.span()
        if piece_start is not None and word_end - piece_start <= max_chars:
            piece_end = word_end
            continue
        if piece_start is not None:
            pieces.append((piece_start, piece_end))
        # A word longer than a chunk can only be cut inside the word.
        while word_end - word_start > max_chars:
            pieces.append((word_start, word_start + max_chars))
            word_start += max_chars
        piece_start, piece_end = word_start, word_end
    if piece_start is not None:
        pieces.append((piece_start, piece_end))
    return pieces


def _pack(
    text: str, units: list[tuple[int, int]], max_chars: int, overlap: int
) -> list[tuple[int, int]]:
    """Greedy packing of units into spans, ending at a paragraph break when one falls in
    the second half of the chunk, and starting each chunk ``overlap`` units back."""
    spans: list[tuple[int, int]] = []
    first = 0
    while first < len(units):
        last = first
        while last + 1 < len(units) and units[last + 1][1] - units[first][0] <= max_chars:
            last += 1
        if last + 1 < len(units):
            last = _paragraph_end(text, units, first, last, max_chars)
        spans.append((units[first][0], units[last][1]))
        if last + 1 >= len(units):
            break
        following = max(last + 1 - overlap, first + 1)
        # The repeated context must leave room for at least one new unit.
        while units[last + 1][1] - units[following][0] > max_chars:
            following += 1
        first = following
    return spans


def _paragraph_end(
    text: str, units: list[tuple[int, int]], first: int, last: int, max_chars: int
) -> int:
    for candidate in range(last, first - 1, -1):
        if units[candidate][1] - units[first][0] < max_chars // 2:
            break
        if "\n" in text[units[candidate][1] : units[candidate + 1][0]]:
            return candidate
    return last


def merge_drafts(drafts: Sequence[ExtractionDraft]) -> ExtractionDraft:
    """The chunks' drafts as one: items in first-seen order, overlap duplicates collapsed
    into their first occurrence with the union of their quotes."""
    merged: dict[str, list[Item]] = {}
    for category in CATEGORIES:
        kept: dict[Hashable, Item] = {}
        for draft in drafts:
            for item in draft.items(category):
                key = _key(item)
                first = kept.setdefault(key, item)
                if first is not item:
                    kept[key] = first.model_copy(
                        update={"evidence": _union(first.evidence, item.evidence)}
                    )
        merged[category] = list(kept.values())
    return ExtractionDraft.model_validate(merged)


def _key(item: Item) -> Hashable:
    """The schema's granularity rule 2: what makes two items the same fact."""
    if isinstance(item, Position):
        return ("position", same_text(item.holder.name), item.stance, same_text(item.topic))
    if isinstance(item, MilitaryMovement):
        return (
            "movement",
            same_text(item.actor.name),
            item.activity,
            same_text(item.forces),
            same_text(item.destination),
        )
    names = tuple(sorted(same_text(actor.name) for actor in item.participants))
    return ("contact", names, item.mode, item.status)


def _union(first: list[Quote], second: list[Quote]) -> list[Quote]:
    seen = {same_text(quote.quote) for quote in first}
    union = list(first)
    for quote in second:
        folded = same_text(quote.quote)
        if folded not in seen:
            seen.add(folded)
            union.append(quote)
    return union
