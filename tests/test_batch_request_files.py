"""Request files: split at the provider's limits, whole articles per file, never half written."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarise.batch.request_files import RequestFile, RequestFiles


def _lines(count: int, size: int = 10) -> list[bytes]:
    return [b"x" * (size - 1) + b"\n" for _ in range(count)]


def test_files_split_at_the_line_limit_keeping_each_articles_lines_together(
    tmp_path: Path,
) -> None:
    finished: list[RequestFile] = []
    files = RequestFiles(tmp_path / "requests.jsonl", max_lines=3, on_finish=finished.append)
    written = [files.write(_lines(n)) for n in (1, 2, 2, 1)]
    files.finish()

    names = [p.name for p in written]
    assert names == ["requests.jsonl", "requests.jsonl", "requests-2.jsonl", "requests-2.jsonl"]
    assert [(f.path.name, f.lines) for f in finished] == [
        ("requests.jsonl", 3),
        ("requests-2.jsonl", 3),
    ]
    assert files.files == finished
    assert (tmp_path / "requests-2.jsonl").read_bytes().count(b"\n") == 3


def test_files_split_at_the_byte_limit_and_an_oversized_article_still_goes_out(
    tmp_path: Path,
) -> None:
    files = RequestFiles(tmp_path / "r.jsonl", max_bytes=25)
    files.write(_lines(2))
    files.write(_lines(1))
    files.write(_lines(1, size=100))
    files.finish()
    assert [(f.path.name, f.lines, f.size) for f in files.files] == [
        ("r.jsonl", 2, 20),
        ("r-2.jsonl", 1, 10),
        ("r-3.jsonl", 1, 100),
    ]


def test_no_lines_make_no_file_and_a_discarded_file_leaves_nothing(tmp_path: Path) -> None:
    files = RequestFiles(tmp_path / "r.jsonl")
    assert files.finish() is None
    files.write(_lines(2))
    files.discard()
    assert list(tmp_path.iterdir()) == []


def test_a_file_being_written_is_not_visible_under_its_name(tmp_path: Path) -> None:
    files = RequestFiles(tmp_path / "r.jsonl")
    files.write(_lines(1))
    assert not (tmp_path / "r.jsonl").exists()
    finished = files.finish()
    assert finished is not None
    assert finished.path.read_bytes() == _lines(1)[0]
    assert [p.name for p in tmp_path.iterdir()] == ["r.jsonl"]


@pytest.mark.parametrize("limit", [1, 2])
def test_a_limit_of_lines_is_never_exceeded(tmp_path: Path, limit: int) -> None:
    files = RequestFiles(tmp_path / "r.jsonl", max_lines=limit)
    for _ in range(5):
        files.write(_lines(1))
    files.finish()
    assert all(f.lines <= limit for f in files.files)
    assert sum(f.lines for f in files.files) == 5
