"""What a newcomer met trying ``summarise`` from the README (round 4), one test each:
``--key-developments 0``, files of other types in a folder, mistyped config keys, and
what ``--since`` leaves out, said alike by ``brief`` and ``timeline`` and in the files.

Every test runs the whole command on real files with the offline baseline and reads what
a person would read: stdout, stderr, the exit code and the files written.
"""

from __future__ import annotations

import json
import re
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


def seeds_folder(tmp_path: Path) -> Path:
    """A folder holding the four seed articles, for other files to be put beside."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    return folder


def skipped_notes(env: dict[str, str], folder: Path) -> list[str]:
    """The notes a brief of ``folder`` gives on the files it skipped."""
    result = run_cli(["brief", str(folder)], env)
    assert result.returncode == 0, result.stderr
    assert "4 articles read" in result.stdout
    return [line for line in result.stderr.splitlines() if "skipped" in line]


def test_files_of_other_types_in_a_folder_are_counted_in_one_line(
    env: dict[str, str], tmp_path: Path
) -> None:
    folder = seeds_folder(tmp_path)
    (folder / "images").mkdir()
    for n in range(120):
        (folder / "images" / f"map-{n}.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "report.pdf").write_bytes(b"%PDF-1.7")
    (folder / "README").write_text("saved from the wires\n", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\0")

    assert skipped_notes(env, folder) == [
        f"note: {folder}: skipped 122 files of other types (120 .png, 1 .pdf, 1 without a "
        "suffix); articles are read from .txt, .md, .markdown, .html, .htm, .json, .jsonl"
    ]


def test_a_feed_saved_in_a_folder_is_told_where_feeds_are_read(
    env: dict[str, str], tmp_path: Path
) -> None:
    folder = seeds_folder(tmp_path)
    (folder / "wire.rss").write_text('<rss version="2.0"><channel/></rss>', encoding="utf-8")
    (folder / "map.png").write_bytes(b"\x89PNG\r\n\x1a\n")

    assert skipped_notes(env, folder) == [
        f"note: {folder}: skipped 2 files of other types (1 .png, 1 .rss); articles are read "
        "from .txt, .md, .markdown, .html, .htm, .json, .jsonl; an RSS or Atom feed is read "
        "by summarise run, as a feed source of a briefing.toml"
    ]


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


UNDATED_NOTE = (
    "note: --since 2022-01-29 left out 3 undated articles (no publication date was found in "
    "them); drop --since to include undated articles"
)


def test_brief_and_timeline_leave_undated_articles_before_a_since_cut_off_alike(
    env: dict[str, str], tmp_path: Path
) -> None:
    """Three seeds have no date: their items go on the timeline on the day the store first
    saw them (today), which says nothing of when they were published."""
    store = tmp_path / "desk.db"
    recorded = run_cli(["brief", str(SEEDS), "--store", str(store)], env)
    brief = run_cli(["brief", str(SEEDS), "--since", "2022-01-29"], env)
    timeline = run_cli(["timeline", str(store), "--since", "2022-01-29"], env)
    whole = run_cli(["timeline", str(store)], env)

    assert recorded.returncode == brief.returncode == timeline.returncode == 0, recorded.stderr
    assert brief.stderr.splitlines()[0] == UNDATED_NOTE, "said before extraction starts"
    assert UNDATED_NOTE in timeline.stderr.splitlines()
    # How many items the one dated seed gives is the rules' business; the two commands
    # must agree on it.
    briefed = re.search(
        r"1 article read, 1 cited; \d+ extracted items merged into (\d+)", brief.stdout
    )
    assert briefed is not None, brief.stdout
    assert f"{briefed[1]} merged items from 1 article." in timeline.stdout
    assert "undated; first seen" not in timeline.stdout
    assert "undated; first seen" in whole.stdout
    assert "from 4 articles." in whole.stdout


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_a_briefing_file_says_what_its_since_cut_off_left_out(
    env: dict[str, str], tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"briefing.{fmt}"

    result = run_cli(["brief", str(SEEDS), "--since", "2022-01-29", "--out", str(out)], env)

    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        filters = json.loads(text)["filters"]
        assert (filters["since"], filters["older_left_out"], filters["undated_left_out"]) == (
            "2022-01-29",
            0,
            3,
        )
    else:
        since_line = (
            "ince 2022-01-29, leaving out 3 undated articles (no publication date was found"
        )
        assert since_line in text


def test_a_timeline_file_says_what_its_since_cut_off_left_out(
    env: dict[str, str], tmp_path: Path
) -> None:
    store, out = tmp_path / "desk.db", tmp_path / "timeline.md"
    run_cli(["brief", str(SEEDS), "--store", str(store)], env)

    result = run_cli(["timeline", str(store), "--since", "2022-01-29", "--out", str(out)], env)

    assert result.returncode == 0, result.stderr
    since_line = re.escape(
        "desk.db; since 2022-01-29, leaving out 3 undated articles (no publication date was "
        "found in them). "
    )
    assert re.search(
        since_line + r"\d+ merged items from 1 article\.", out.read_text(encoding="utf-8")
    )


def test_older_and_undated_articles_are_both_counted_in_the_briefing(
    env: dict[str, str], tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "later.md").write_text(
        "---\npublished: 2022-02-10\n---\nRussia said it would pull some troops back.\n",
        encoding="utf-8",
    )

    result = run_cli(["brief", str(folder), "--since", "2022-02-01"], env)

    assert result.returncode == 0, result.stderr
    assert (
        "Filters: since 2022-02-01, leaving out 1 article published before it and 3 undated "
        "articles (no publication date was found in them)."
    ) in result.stdout
