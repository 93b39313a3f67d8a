"""What a newcomer met on a first day from the README (round 9), one test each: an
``--out`` name whose suffix is no format, a folder holding no articles, ``summarise eval``
run away from the project's root, and a missing model file set by ``SUMMARISE_MODEL``.

Every test runs the whole command on real files with the offline baseline and reads what
a person would read: stderr, the exit code and the files written.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers import SEEDS, run_cli

from summarise.briefing import unnamed_format_note


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """No model settings (so the baseline), and a cache and data folder of this test's own."""
    return {
        "SUMMARISE_CACHE_DIR": str(tmp_path / "cache"),
        "SUMMARISE_DATA_DIR": str(tmp_path / "data"),
    }


def test_out_with_a_suffix_naming_no_format_says_the_file_holds_markdown(
    env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "briefing.pdf"

    result = run_cli(["brief", str(SEEDS), "--out", str(out)], env)
    chosen = run_cli(["brief", str(SEEDS), "--out", str(out), "--format", "md"], env)

    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("# Briefing")
    assert result.stderr.splitlines()[-1] == (
        f"note: {out} holds Markdown: its suffix .pdf names no format written here "
        "(--format md, json or html; or name the file .md, .json or .html)"
    )
    assert chosen.returncode == 0, chosen.stderr
    assert "holds Markdown" not in chosen.stderr


@pytest.mark.parametrize(
    "name", ["briefing.md", "briefing.HTML", "briefing.txt", "briefing", "brief.2022-01-29"]
)
def test_a_suffix_that_names_a_format_or_none_needs_no_note(name: str) -> None:
    assert unnamed_format_note(Path(name)) is None
    assert unnamed_format_note(Path("briefing.pdf"), "md") is None
    assert unnamed_format_note(None) is None


def test_a_folder_without_articles_is_named_with_what_was_skipped_in_it(
    env: dict[str, str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    pdfs = tmp_path / "pdfs"
    pdfs.mkdir()
    (pdfs / "report.pdf").write_bytes(b"%PDF-1.7")

    nothing = run_cli(["brief", str(empty)], env)
    only_pdfs = run_cli(["extract", str(pdfs)], env)

    assert nothing.returncode == 2
    assert nothing.stderr.splitlines() == [
        f"error: No articles found in {empty}: articles are read from .txt, .md, .markdown, "
        ".html, .htm, .json, .jsonl."
    ]
    assert only_pdfs.returncode == 2
    assert only_pdfs.stderr.splitlines() == [
        f"error: No articles found: {pdfs}: skipped 1 file of other types (1 .pdf); articles "
        "are read from .txt, .md, .markdown, .html, .htm, .json, .jsonl."
    ]


def test_eval_away_from_the_project_root_says_where_its_default_labels_are_read(
    env: dict[str, str], tmp_path: Path
) -> None:
    result = run_cli(["eval"], env, cwd=tmp_path)

    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"error: No labels at evals/labels (the default, read from {tmp_path}): run summarise "
        "eval from the project's root, or give --labels DIR --articles DIR."
    ]
    assert not (tmp_path / "evals").exists()


@pytest.mark.parametrize("extra", ["installed", "not installed"])
def test_a_missing_model_file_names_the_variable_it_may_have_come_from(
    env: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str
) -> None:
    """Said before a missing llama-cpp-python: a first day's ``pip install '.[local]'``
    compiles for ten minutes, only to hear next that the path was mistyped."""
    missing = tmp_path / "qwen.gguf"
    if extra == "not installed":
        monkeypatch.setitem(sys.modules, "llama_cpp", None)  # import llama_cpp fails

    result = run_cli(["brief", str(SEEDS)], {**env, "SUMMARISE_MODEL": str(missing)})

    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"error: Model file {missing} does not exist: check --model (or SUMMARISE_MODEL, "
        "SUMMARISE_MODEL_PATH, the config file's model)."
    ]
