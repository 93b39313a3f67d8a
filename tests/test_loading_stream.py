"""Streaming loads: an archive passes through one file, and one JSON Lines record, at a time,
with the same articles and failures as a whole load."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarise.article import Article
from summarise.extraction.results import ArticleFailure
from summarise.loading import iter_articles, load_articles
from summarise.loading.drafts import BadInput, Draft
from summarise.loading.reading import parse_file, stream_file
from summarise.loading.records import jsonl_stream

TEXT = "Officials in Kyiv said the talks would continue on Monday."


def _record(n: int, **fields: object) -> str:
    return json.dumps({"text": f"{TEXT} Report {n}.", "title": f"Report {n}", **fields})


@pytest.mark.parametrize(
    "lines",
    [
        [_record(1), "", _record(2)],
        ['{"title": "no text"}', "{broken", _record(3)],
        ['{"title": "no text"}', '{"title": "none either"}'],
        ["\ufeff" + _record(4), "[1, 2]"],
        ["", "   "],
    ],
)
def test_a_jsonl_file_streams_to_what_a_whole_read_gives(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        whole: list[object] = list(parse_file(path))
    except BadInput as error:
        whole = [error.reason]
    try:
        streamed: list[object] = list(stream_file(path))
    except BadInput as error:
        streamed = [error.reason]
    assert streamed == whole


def test_records_come_out_before_the_rest_of_the_file_is_read() -> None:
    def lines() -> Iterator[str]:
        yield _record(1)
        raise AssertionError("read past the first record")

    first = next(jsonl_stream(lines()))
    assert isinstance(first, Draft)
    assert first.title == "Report 1"


def test_a_binary_file_named_jsonl_is_refused_whole(tmp_path: Path) -> None:
    path = tmp_path / "archive.jsonl"
    path.write_bytes(b"\x00\x01\x02" * 1000)
    with pytest.raises(BadInput, match="binary"):
        list(stream_file(path))


def test_iter_articles_yields_what_load_articles_gathers(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        "\n".join([_record(1), "{broken", _record(1), _record(2)]) + "\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(f"{TEXT} A text file.\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("", encoding="utf-8")
    streamed = list(iter_articles([tmp_path, tmp_path / "b.txt"]))
    loaded = load_articles([tmp_path, tmp_path / "b.txt"])
    assert [a for a in streamed if isinstance(a, Article)] == loaded.articles
    assert [f for f in streamed if isinstance(f, ArticleFailure)] == loaded.failures
    assert len(loaded.articles) == 3
    assert [f.name for f in loaded.failures] == [str(tmp_path / "a.jsonl"), str(tmp_path / "c.md")]
