"""What a newcomer met trying ``summarise`` from the README (round 4), one test each:
``--key-developments 0``, files of other types in a folder, mistyped config keys, and
what ``--since`` leaves out, said alike by ``brief`` and ``timeline`` and in the files.

Every test runs the whole command on real files with the offline baseline and reads what
a person would read: stdout, stderr, the exit code and the files written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import SEEDS, run_cli


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """No model settings (so the baseline), and a cache and data folder of this test's own."""
    return {
        "SUMMARISE_CACHE_DIR": str(tmp_path / "cache"),
        "SUMMARISE_DATA_DIR": str(tmp_path / "data"),
    }


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_key_developments_0_leaves_the_section_out(env: dict[str, str], fmt: str) -> None:
    none = run_cli(["brief", str(SEEDS), "--key-developments", "0", "--format", fmt], env)
    default = run_cli(["brief", str(SEEDS), "--format", fmt], env)

    assert none.returncode == 0, none.stderr
    if fmt == "json":
        assert json.loads(default.stdout)["key_developments"] != []
        briefing = json.loads(none.stdout)
        assert briefing["key_developments"] == []
        assert briefing["key_developments_asked"] == 0
    else:
        assert "Key developments" in default.stdout
        assert "Key developments" not in none.stdout
        assert "Positions" in none.stdout


def test_files_of_other_types_in_a_folder_are_counted_in_one_line(
    env: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    (folder / "images").mkdir(parents=True)
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    for n in range(120):
        (folder / "images" / f"map-{n}.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "report.pdf").write_bytes(b"%PDF-1.7")
    (folder / "README").write_text("saved from the wires\n", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\0")

    result = run_cli(["brief", str(folder)], env)

    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert notes == [
        f"note: {folder}: skipped 122 files of other types (120 .png, 1 .pdf, 1 without a "
        "suffix); articles are read from .txt, .md, .markdown, .html, .htm, .json, .jsonl"
    ]
    assert "4 articles read" in result.stdout


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('format = ["md"]\n', "unknown key 'format'; did you mean 'formats'?"),
        ("[fetch]\ntimeot = 3\n", "[fetch]: unknown key 'timeot'; did you mean 'timeout'?"),
        ('[modle]\nmodel = "x"\n', "unknown table 'modle'; did you mean 'model'?"),
        (
            "[model]\ntempreture = 0.2\n",
            "[model]: unknown setting 'tempreture'; did you mean 'temperature'?",
        ),
    ],
)
@pytest.mark.parametrize("command", ["run", "timeline"])
def test_a_mistyped_key_in_briefing_toml_is_named_with_the_nearest_key(
    env: dict[str, str], tmp_path: Path, text: str, problem: str, command: str
) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text(f'window = "1d"\n{text}[[source]]\nfolder = "saved"\n', encoding="utf-8")

    result = run_cli([command, str(config)], env)

    assert result.returncode == 2
    assert result.stderr == f"error: {config}: {problem}\n"


def test_a_mistyped_key_of_a_source_names_the_source(env: dict[str, str], tmp_path: Path) -> None:
    config = tmp_path / "briefing.toml"
    config.write_text('[[source]]\nfolder = "saved"\nkeyword = ["nato"]\n', encoding="utf-8")

    result = run_cli(["run", str(config)], env)

    assert result.returncode == 2
    assert result.stderr == (
        f"error: {config}: source 'saved': unknown key 'keyword'; did you mean 'keywords'?\n"
    )


def test_a_mistyped_setting_in_config_toml_is_named_with_the_nearest(
    env: dict[str, str], tmp_path: Path
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('modle = "qwen2.5:7b-instruct"\n', encoding="utf-8")

    result = run_cli(["brief", str(SEEDS), "--config", str(config)], env)

    assert result.returncode == 2
    assert result.stderr == (
        f"error: Config file {config}: unknown setting 'modle'; did you mean 'model' or 'mode'?\n"
    )
