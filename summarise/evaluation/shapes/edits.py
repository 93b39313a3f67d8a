"""An edit of an article's text that still says where each old character went.

A rewrite moves words about ("X said that S." becomes "S, X said."), so the hand label's
quote offsets cannot simply be shifted: each piece of the new text names the old text it
stands for, and a labelled span is carried to the new text piece by piece. A gold quote
then marks the same words after the rewrite as before it, and the scorer pairs items on
them exactly as on an unedited article.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    """New text standing for ``old[start:end]``; an insertion when ``start == end``.

    A piece as long as the old text it stands for (a copy, or a letter recased) maps
    character for character; any other maps as a whole."""

    start: int
    end: int
    text: str
    # An insertion that becomes part of the sentence it opens ("On Tuesday, "), so a quote
    # of that sentence takes it in; a paragraph of its own before a quote does not.
    joins: bool = True

    @property
    def exact(self) -> bool:
        return len(self.text) == self.end - self.start


@dataclass(frozen=True)
class Edit:
    """One rewrite of one stretch of a text: ``pieces`` in their new order cover the
    stretch ``[start, end)`` of the old text exactly once; the rest is unchanged."""

    rewrite: str
    pieces: tuple[Piece, ...]

    @property
    def start(self) -> int:
        return min(p.start for p in self.pieces)

    @property
    def end(self) -> int:
        return max(p.end for p in self.pieces)

    @property
    def replacement(self) -> str:
        return "".join(p.text for p in self.pieces)

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]

    def map_span(self, start: int, end: int) -> tuple[int, int]:
        """Where the old span ``[start, end)`` stands in the new text: the smallest span
        covering every new piece that stands for some of it, so words moved away from each
        other stay inside one quote."""
        lo, hi = self.start, self.end
        delta = len(self.replacement) - (hi - lo)
        if end <= lo:
            return start, end
        if start >= hi:
            return start + delta, end + delta
        found: list[tuple[int, int]] = []
        at = lo
        for piece in self.pieces:
            after = at + len(piece.text)
            if piece.start == piece.end == start and piece.joins:
                found.append((at, after))
            elif piece.start < min(end, piece.end) and max(start, piece.start) < piece.end:
                if piece.exact:
                    found.append(
                        (
                            at + max(start, piece.start) - piece.start,
                            at + min(end, piece.end) - piece.start,
                        )
                    )
                else:
                    found.append((at, after))
            at = after
        new_start = min((s for s, _ in found), default=lo)
        new_end = max((e for _, e in found), default=lo + len(self.replacement))
        if start < lo:
            new_start = start
        if end > hi:
            new_end = end + delta
        return new_start, new_end
