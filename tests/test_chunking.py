"""Chunking long articles on sentence boundaries, and merging the chunks' drafts."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from summarise.extraction.prompting.chunking import Chunk, chunk_text, merge_drafts
from summarise.extraction.sentences import split_sentences
from summarise.schema import ExtractionDraft

SEED_000 = next((Path(__file__).parent.parent / "seeds").glob("000_*.txt")).read_text(
    encoding="utf-8"
)


def sentences_of(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def check_chunks(text: str, chunks: list[Chunk], max_chars: int) -> None:
    assert [chunk.index for chunk in chunks] == list(range(len(chunks)))
    for chunk in chunks:
        assert chunk.count == len(chunks)
        assert 0 < len(chunk.text) <= max_chars
        assert chunk.text == text[chunk.start : chunk.start + len(chunk.text)]
    starts = [chunk.start for chunk in chunks]
    assert starts == sorted(set(starts))


def test_text_that_fits_is_one_chunk() -> None:
    text = "  A short article.\nWith two lines.  "
    assert chunk_text(text, 1000) == [Chunk(text=text, start=0, index=0, count=1)]


@pytest.mark.parametrize("overlap", [0, 1, 2])
def test_long_article_is_cut_on_sentence_boundaries(overlap: int) -> None:
    chunks = chunk_text(SEED_000, 1500, overlap=overlap)
    assert len(chunks) >= 5
    check_chunks(SEED_000, chunks, 1500)
    boundaries = {start for start, _ in split_sentences(SEED_000)}
    ends = {end for _, end in split_sentences(SEED_000)}
    for chunk in chunks:
        assert chunk.start in boundaries
        assert chunk.start + len(chunk.text) in ends
    for start, end in split_sentences(SEED_000):
        assert any(c.start <= start and end <= c.start + len(c.text) for c in chunks)


def test_overlap_repeats_the_last_sentences_of_the_previous_chunk() -> None:
    sentences = [f"Sentence number {n} is here." for n in range(30)]
    text = " ".join(sentences)
    chunks = chunk_text(text, 200, overlap=2)
    assert len(chunks) > 2
    check_chunks(text, chunks, 200)
    for previous, chunk in itertools.pairwise(chunks):
        assert sentences_of(previous.text)[-2:] == sentences_of(chunk.text)[:2]


def test_without_overlap_chunks_do_not_share_text() -> None:
    text = " ".join(f"Sentence number {n} is here." for n in range(30))
    chunks = chunk_text(text, 200, overlap=0)
    for previous, chunk in itertools.pairwise(chunks):
        assert previous.start + len(previous.text) < chunk.start


def test_a_paragraph_break_is_preferred_to_a_full_chunk() -> None:
    first = " ".join(f"First paragraph sentence {n}." for n in range(5))
    second = " ".join(f"Second paragraph sentence {n}." for n in range(5))
    text = f"{first}\n\n{second}"
    chunks = chunk_text(text, len(first) + 60, overlap=0)
    assert chunks[0].text == first


def test_a_sentence_longer_than_a_chunk_is_cut_at_whitespace() -> None:
    text = "Short one. " + " ".join(["word"] * 100) + ". " + "x" * 45
    chunks = chunk_text(text, 40, overlap=1)
    check_chunks(text, chunks, 40)
    for chunk in chunks[1:-2]:
        assert chunk.text.startswith("word")
        assert chunk.text.endswith(("word", "word."))
    assert chunks[-1].text == "x" * 5
    assert "".join(chunk.text for chunk in chunks[-2:]) == "x" * 45


def test_invalid_sizes_are_refused() -> None:
    with pytest.raises(ValueError, match="max_chars"):
        chunk_text("text", 0)
    with pytest.raises(ValueError, match="overlap"):
        chunk_text("text", 10, overlap=-1)


def position(holder: str, topic: str, *quotes: str, stance: str = "concern") -> dict[str, Any]:
    return {
        "holder": {"name": holder, "kind": "person"},
        "stance": stance,
        "topic": topic,
        "evidence": [{"quote": quote} for quote in quotes],
    }


def movement(forces: str, destination: str | None, *quotes: str) -> dict[str, Any]:
    return {
        "actor": {"name": "United States", "kind": "state"},
        "activity": "deploy",
        "forces": forces,
        "destination": destination,
        "status": "planned",
        "evidence": [{"quote": quote} for quote in quotes],
    }


def contact(first: str, second: str, status: str, *quotes: str) -> dict[str, Any]:
    return {
        "participants": [
            {"name": first, "kind": "person"},
            {"name": second, "kind": "person"},
        ],
        "mode": "phone_call",
        "status": status,
        "evidence": [{"quote": quote} for quote in quotes],
    }


def test_merge_collapses_duplicates_and_unions_their_quotes() -> None:
    chunk_one = ExtractionDraft.model_validate(
        {
            "positions": [position("Boris Johnson", "Russian troops", "deep concern")],
            "military_movements": [movement("3,000 more troops", "Poland", "send 3,000")],
            "diplomatic_contacts": [contact("Boris Johnson", "Vladimir Putin", "held", "spoke")],
        }
    )
    chunk_two = ExtractionDraft.model_validate(
        {
            "positions": [
                position("boris  johnson", "Russian Troops", "Deep  concern", "grave worry"),
                position("Boris Johnson", "Russian troops", "step back", stance="demand"),
            ],
            "military_movements": [
                movement("3,000 more troops", "poland", "send 3,000", "3,000 troops"),
                movement("3,000 more troops", "Romania", "to Romania"),
            ],
            "diplomatic_contacts": [
                contact("Vladimir Putin", "Boris Johnson", "held", "the call"),
                contact("Vladimir Putin", "Boris Johnson", "planned", "will speak"),
            ],
        }
    )
    merged = merge_drafts([chunk_one, chunk_two])
    concern, demand = merged.positions
    assert concern.holder.name == "Boris Johnson"
    assert [q.quote for q in concern.evidence] == ["deep concern", "grave worry"]
    assert demand.stance == "demand"
    poland, romania = merged.military_movements
    assert poland.destination == "Poland"
    assert [q.quote for q in poland.evidence] == ["send 3,000", "3,000 troops"]
    assert romania.destination == "Romania"
    held, planned = merged.diplomatic_contacts
    assert [q.quote for q in held.evidence] == ["spoke", "the call"]
    assert planned.status == "planned"
    assert [q.quote for q in chunk_one.positions[0].evidence] == ["deep concern"]


def test_merge_of_one_draft_is_that_draft_and_order_is_deterministic() -> None:
    draft = ExtractionDraft.model_validate(
        {"positions": [position("B", "y", "b"), position("A", "x", "a")]}
    )
    assert merge_drafts([draft]) == draft
    assert merge_drafts([draft, draft]) == draft
    assert merge_drafts([]) == ExtractionDraft()
