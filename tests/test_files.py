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


class Holder(BaseModel, extra="forbid"):
    name: str
    country: str | None = None


class Label(BaseModel, extra="forbid"):
    article_id: str
    holders: list[Holder] = []


def test_every_bad_field_up_to_three_is_named_on_one_line(tmp_path: Path) -> None:
    """A labeller's file with three slips is told all three at once, not one per run."""
    path = tmp_path / "label.json"
    path.write_text('{"holders": [{"name": 1}, {"name": 2}]}', encoding="utf-8")

    with pytest.raises(ConfigError) as raised:
        read_model(path, Label, "Label file", "fix it")
    message = str(raised.value)
    assert "\n" not in message
    assert message.endswith(
        "is invalid at article_id: Field required; at holders.0.name: Input should be a valid "
        "string; at holders.1.name: Input should be a valid string (3 error(s)); fix it."
    )

    path.write_text('{"holders": [{"name": 1}, {"name": 2}, {"name": 3}]}', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"; and 1 more \(4 error\(s\)\); fix it\.$"):
        read_model(path, Label, "Label file", "fix it")


def test_a_field_the_model_lacks_is_named_with_the_nearest_it_has(tmp_path: Path) -> None:
    path = tmp_path / "label.json"
    path.write_text(
        '{"article_id": "a", "holder": [], "holders": [{"name": "X", "countyr": "Y"}]}',
        encoding="utf-8",
    )

    with pytest.raises(ConfigError) as raised:
        read_model(path, Label, "Label file", "fix it")
    assert "at holder: no such field (did you mean holders?)" in str(raised.value)
    assert "at holders.0.countyr: no such field (did you mean country?)" in str(raised.value)

    # Nothing near: the field is named as not a field, and no guess is made.
    path.write_text('{"article_id": "a", "zzz": 1}', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"at zzz: no such field \(1 error"):
        read_model(path, Label, "Label file", "fix it")


class Office(BaseModel, extra="forbid"):
    title: str


class Statement(BaseModel, extra="forbid"):
    signer: Holder | Office
    witness: Holder | None = None


def test_a_field_under_an_optional_model_is_guessed_and_under_a_union_of_two_is_not(
    tmp_path: Path,
) -> None:
    """``Holder | None`` holds one model, whose fields a misspelling is matched against; in
    ``Holder | Office`` pydantic's path names the member tried ("signer.Holder.countyr"),
    which is no field, so no guess is made rather than one from the wrong model."""
    path = tmp_path / "statement.json"
    path.write_text(
        '{"signer": {"title": "X"}, "witness": {"name": "Y", "countyr": "Z"}}', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"at witness\.countyr: no such field \(did you mean"):
        read_model(path, Statement, "Statement file", "fix it")

    path.write_text('{"signer": {"name": "X", "countyr": "Y"}}', encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        read_model(path, Statement, "Statement file", "fix it")
    assert "at signer.Holder.countyr: no such field;" in str(raised.value)


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
