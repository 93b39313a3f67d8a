"""A folder source: changed files only, problems named per path, last good copies kept.

Unreadable folders are simulated by making ``Path.iterdir`` refuse them, since these tests
may run as root, whom permission bits do not stop.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarise.errors import ArticleError
from summarise.loading.loader import load_path
from summarise.scheduled.config import SourceConfig
from summarise.scheduled.sources.folders import read_folder

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
DENIED = (
    "cannot list this folder (permission denied; make it readable, e.g. chmod +r, or leave it out)"
)


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A folder of two seed articles, one of them in a subfolder."""
    folder = tmp_path / "saved"
    (folder / "kyiv").mkdir(parents=True)
    (folder / "a.txt").write_bytes(SEEDS[0].read_bytes())
    (folder / "kyiv" / "b.txt").write_bytes(SEEDS[1].read_bytes())
    return folder


def source(folder: Path) -> SourceConfig:
    return SourceConfig(name="saved", folder=folder)


def fingerprints(*paths: Path) -> dict[str, str]:
    return {f"file:{p}": hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def refuse_listing(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    real_iterdir = Path.iterdir

    def iterdir(self: Path) -> Iterator[Path]:
        if self == folder:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)


def test_only_new_and_changed_files_are_found(saved: Path) -> None:
    a, b = saved / "a.txt", saved / "kyiv" / "b.txt"
    known = fingerprints(a, b)
    b.write_text(b.read_text(encoding="utf-8") + "\nA later paragraph.\n", encoding="utf-8")

    read = read_folder(source(saved), known)

    assert read.listed == [f"file:{a}", f"file:{b}"]
    assert [f.key for f in read.found] == [f"file:{b}"]
    assert read.found[0].fingerprint == fingerprints(b)[f"file:{b}"]
    assert read.found[0].articles[0].text.endswith("A later paragraph.")
    assert read.failures == []


def test_a_subfolder_that_cannot_be_listed_is_named_and_keeps_its_files(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = saved / "a.txt", saved / "kyiv" / "b.txt"
    known = fingerprints(a, b)
    refuse_listing(monkeypatch, saved / "kyiv")

    read = read_folder(source(saved), known)

    assert read.error is None
    assert [(f.name, f.reason) for f in read.failures] == [(str(saved / "kyiv"), DENIED)]
    assert read.listed == [f"file:{a}", f"file:{b}"]
    assert read.found == []


def test_a_source_folder_that_cannot_be_listed_fails_the_source(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refuse_listing(monkeypatch, saved)

    read = read_folder(source(saved), fingerprints(saved / "a.txt"))

    assert read.error == f"folder {saved}: {DENIED}"
    assert read.listed is None


def test_a_file_that_breaks_is_reported_without_its_path_twice_and_keeps_its_copy(
    saved: Path,
) -> None:
    a = saved / "a.txt"
    known = fingerprints(a)
    a.write_bytes(b"")
    (saved / "gone.txt").symlink_to(saved / "deleted.txt")

    read = read_folder(source(saved), known)

    assert [(Path(f.name).name, f.reason) for f in read.failures] == [
        ("gone.txt", "is a broken link; point it at the article or remove it"),
    ]
    # A file whose bytes are not an article carries them, so a run knows it failed before.
    assert [(u.key, u.fingerprint, u.failure.reason) for u in read.unreadable] == [
        (
            f"file:{a}",
            hashlib.sha256(b"").hexdigest(),
            "the file is empty; add the article text or leave it out",
        ),
    ]
    assert f"file:{a}" in (read.listed or [])
    assert [f.key for f in read.found] == [f"file:{saved / 'kyiv' / 'b.txt'}"]


def test_a_missing_folder_fails_the_source(tmp_path: Path) -> None:
    read = read_folder(source(tmp_path / "nowhere"), {})

    assert read.error == f"folder {tmp_path / 'nowhere'} does not exist; create it or fix the path"


def test_an_article_error_keeps_its_reason_apart_from_the_path(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")

    with pytest.raises(ArticleError) as error:
        load_path(empty)

    assert str(error.value) == f"{empty}: {error.value.reason}"
    assert error.value.reason == "the file is empty; add the article text or leave it out"
    assert ArticleError("no path here").reason == "no path here"


def test_a_file_with_an_impossible_date_costs_only_its_date(saved: Path) -> None:
    bad = saved / "c.md"
    bad.write_text("---\npublished: 2022-13-45\n---\nTalks resumed in Geneva.\n", encoding="utf-8")

    read = read_folder(source(saved), {})

    assert read.error is None
    assert read.failures == []
    assert len(read.found) == 3
    assert read.warnings == [
        f"{bad}: published '2022-13-45' is not a valid date "
        "(write YYYY-MM-DD); the article is left undated"
    ]


def test_a_manifest_in_the_folder_is_skipped_with_a_note_and_not_listed(saved: Path) -> None:
    """A folder's ``MANIFEST.jsonl`` holds no article records: it is no unit, so the run's
    "N read" does not count it among the articles read (it did: "5 read; 4 new")."""
    manifest = saved / "MANIFEST.jsonl"
    manifest.write_text('{"file": "a.txt", "sha256": "0f3a"}\n', encoding="utf-8")

    read = read_folder(source(saved), {})

    assert read.listed == [f"file:{saved / 'a.txt'}", f"file:{saved / 'kyiv' / 'b.txt'}"]
    assert len(read.found) == 2
    assert (read.failures, read.unreadable) == ([], [])
    assert read.warnings == [f"{manifest}: skipped, it holds no article records"]


def test_a_file_whose_records_all_went_leaves_the_source(saved: Path) -> None:
    """A JSON Lines export once holding articles, now only records that are none: its
    articles leave the briefing, as a deleted file's do (it is no longer listed)."""
    export = saved / "wire.jsonl"
    export.write_text('{"title": "T", "text": "Kuleba met Blinken."}\n', encoding="utf-8")
    known = fingerprints(saved / "a.txt", saved / "kyiv" / "b.txt", export)
    export.write_text('{"file": "a.txt"}\n', encoding="utf-8")

    read = read_folder(source(saved), known)

    assert f"file:{export}" not in (read.listed or [])
    assert read.found == []
