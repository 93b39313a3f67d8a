"""Reading user files: every failure is one ConfigError line naming the file and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from summarise.errors import ConfigError
from summarise.fileio import read_document, read_model


class Pair(BaseModel):
    name: str
    count: int


def test_read_model_validates_the_json(tmp_path: Path) -> None:
    path = tmp_path / "pair.json"
    path.write_text('{"name": "a", "count": 2}', encoding="utf-8")

    assert read_model(path, Pair, "Pair file", "fix it") == Pair(name="a", count=2)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"name": "a", "count": "two"}',
            r"pair\.json is invalid at count: .* \(1 error\(s\)\); fix it\.$",
        ),
        (
            "{not json",
            r"pair\.json is not valid JSON \(Invalid JSON.*\): fix it, or name the right file\.$",
        ),
    ],
)
def test_read_model_names_the_first_bad_field_and_the_remedy(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "pair.json"
    path.write_text(content, encoding="utf-8")

    with pytest.raises(ConfigError, match=message):
        read_model(path, Pair, "Pair file", "fix it")


def test_a_missing_file_says_to_check_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"

    with pytest.raises(ConfigError, match=r"^Pair file .*missing\.json cannot be read \(No such"):
        read_model(missing, Pair, "Pair file", "fix it")
    with pytest.raises(ConfigError, match=r"cannot be read \(.*\): check the path\.$"):
        read_document(missing, "Pair file")


def test_read_document_parses_by_suffix_and_refuses_non_utf8(tmp_path: Path) -> None:
    toml, json_file, latin = tmp_path / "a.toml", tmp_path / "a.json", tmp_path / "b.toml"
    toml.write_text('name = "a"\n', encoding="utf-8")
    json_file.write_text('{"name": "a"}', encoding="utf-8")
    latin.write_bytes('name = "Stra\u00dfe"\n'.encode("latin-1"))

    assert read_document(toml, "File") == read_document(json_file, "File") == {"name": "a"}
    with pytest.raises(ConfigError, match=r"b\.toml is not UTF-8 text .*: save it as UTF-8\.$"):
        read_document(latin, "File")
