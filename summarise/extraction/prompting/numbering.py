"""Articles shown as numbered sentences, and sentence numbers turned back into quotes.

A small model copies long quotes badly and slowly: every quote costs dozens of output
tokens and one wrong character fails grounding. Shown ``[3] The Kremlin said …``, it can cite
``3`` instead, and the program writes the quote, the sentence exactly as the article has it,
so a cited quote cannot be fabricated. A number outside the article is rejected, never
clamped: a model that cites sentence 40 of a 12-sentence text has not read sentence 12.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from summarise.extraction.sentences import split_sentences
from summarise.schema import Quote


@dataclass(frozen=True)
class Sentence:
    """Sentence ``number`` (counted from one) at ``text[start:end]`` of the numbered piece."""

    number: int
    start: int
    end: int
    text: str


def number_sentences(text: str) -> list[Sentence]:
    return [
        Sentence(number, start, end, text[start:end])
        for number, (start, end) in enumerate(split_sentences(text), start=1)
    ]


def render_numbered(sentences: Sequence[Sentence]) -> str:
    """One sentence a line, ``[n]`` first: the layout the prompts describe."""
    return "\n".join(f"[{s.number}] {' '.join(s.text.split())}" for s in sentences)


def cited_quotes(numbers: Iterable[int], sentences: Sequence[Sentence]) -> list[Quote]:
    """The cited sentences as verbatim quotes, in citation order, each once; numbers that
    name no sentence are dropped."""
    quotes: list[Quote] = []
    seen: set[int] = set()
    for number in numbers:
        if 1 <= number <= len(sentences) and number not in seen:
            seen.add(number)
            quotes.append(Quote(quote=sentences[number - 1].text))
    return quotes


def sentence_at(offset: int, sentences: Sequence[Sentence]) -> Sentence | None:
    """The sentence holding character ``offset`` of the numbered piece."""
    return next((s for s in sentences if s.start <= offset < s.end), None)
