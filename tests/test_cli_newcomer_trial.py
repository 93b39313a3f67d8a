"""What a newcomer met trying ``summarise`` (round 29), one test or two each: an eval that a
server refused outright, a saved feed named to ``brief``, a mistyped option's suggestions.

Every test runs the whole command (the console entry point) on real files, against real
HTTP servers on 127.0.0.1 where a model is asked, and reads what a person would read:
stdout, stderr and the exit code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import LABELS, SEEDS, run_cli

from summarise.testing.fake_server import Delay, HttpError, ScriptedModelServer

REJECTED = "rejected the API key (HTTP 401)"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """No model settings (so the baseline), and a cache and data folder of this test's own."""
    return {
        "SUMMARISE_CACHE_DIR": str(tmp_path / "cache"),
        "SUMMARISE_DATA_DIR": str(tmp_path / "data"),
    }


def scored(server: ScriptedModelServer, tmp_path: Path) -> list[str]:
    return [
        "eval",
        "--labels",
        str(LABELS),
        "--articles",
        str(SEEDS),
        "--base-url",
        server.base_url,
        "--model",
        "m",
        "--out",
        str(tmp_path / "run.json"),
    ]


def test_an_eval_the_server_refused_outright_says_so_first_and_shows_no_table_of_zeros(
    env: dict[str, str], label_echo_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    label_echo_model_server.script(*[HttpError(401, "Incorrect API key provided")] * 4)

    result = run_cli(scored(label_echo_model_server, tmp_path), env)

    lines = result.stderr.splitlines()
    assert result.returncode == 2
    assert result.stdout == ""
    assert lines[0].startswith("error: 4 articles not extracted: The model server at ")
    assert REJECTED in lines[0]
    assert result.stderr.count(REJECTED) == 1
    assert not any(line.startswith("warning:") for line in lines)
    assert lines[-1] == (
        "No article was extracted, so no run record or report was written: fix the cause "
        "and run eval again."
    )
    assert not (tmp_path / "run.json").exists()


def test_an_eval_stopped_after_an_article_keeps_its_table_and_warning(
    env: dict[str, str], label_echo_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    # Look-alike: the first article is extracted before the key is refused, so there is a
    # score to show, and the refusal stays a warning under it, as before.
    label_echo_model_server.script(Delay(0), *[HttpError(401, "Incorrect API key provided")] * 3)
    env = {**env, "SUMMARISE_CONCURRENCY": "1"}

    result = run_cli(scored(label_echo_model_server, tmp_path), env)

    assert result.returncode == 2
    assert "micro" in result.stdout
    assert "failed" in result.stdout
    warned = [line for line in result.stderr.splitlines() if REJECTED in line]
    assert len(warned) == 1
    assert warned[0].startswith("warning: 3 articles not extracted: ")
    assert "error:" not in result.stderr


@pytest.mark.parametrize("command", ["brief", "extract"])
def test_a_saved_feed_named_alone_is_one_error_before_any_backend_is_announced(
    env: dict[str, str], tmp_path: Path, command: str
) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text('<rss version="2.0"><channel><title>t</title></channel></rss>', "utf-8")

    result = run_cli([command, str(feed)], env)

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"error: {feed}: '.xml' files are not supported; give a .txt, .md, .markdown, .html, "
        ".htm, .json, .jsonl file; an RSS or Atom feed is read by summarise run, as a feed "
        "source of a briefing.toml. Nothing was written.\n"
    )


def test_two_unreadable_files_are_named_in_one_error(env: dict[str, str], tmp_path: Path) -> None:
    feed = tmp_path / "wire.rss"
    feed.write_text('<rss version="2.0"><channel/></rss>', "utf-8")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02\x03 not text")

    result = run_cli(["brief", str(feed), str(binary)], env)

    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: none of the 2 files could be read (")
    assert f"{feed}: '.rss' files are not supported" in result.stderr
    assert f"{binary}: " in result.stderr
    assert "No LLM configured" not in result.stderr


def test_a_feed_beside_an_article_fails_as_that_article_and_the_rest_is_briefed(
    env: dict[str, str], tmp_path: Path
) -> None:
    # Look-alike: one article reads, so the backend is announced and the feed is one
    # failed input among the progress lines, as before.
    feed = tmp_path / "feed.xml"
    feed.write_text('<rss version="2.0"><channel/></rss>', "utf-8")
    seed = sorted(SEEDS.glob("*.txt"))[0]

    result = run_cli(["brief", str(seed), str(feed)], env)

    assert result.returncode == 1
    assert "No LLM configured" in result.stderr
    assert f"failed  {feed}: '.xml' files are not supported" in result.stderr
    assert "error:" not in result.stderr
    assert "Positions" in result.stdout


def test_a_folder_of_unreadable_files_names_the_first_three_in_one_short_line(
    env: dict[str, str], tmp_path: Path
) -> None:
    # Thirty binary files made a line of thousands of characters: the first three are
    # named, the rest counted.
    for n in range(30):
        (tmp_path / f"scan{n:02}.txt").write_bytes(b"\x00\x01\x02\x03 not text")

    result = run_cli(["brief", str(tmp_path)], env)

    line = result.stderr
    assert result.returncode == 1
    assert line.count("\n") == 1
    assert line.startswith("error: none of the 30 files could be read (")
    assert sum(f"scan{n:02}.txt" in line for n in range(30)) == 3
    assert line.endswith("; … and 27 more). Nothing was written.\n")
    assert len(line) < 600


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("--formt", "Did you mean '--format'?"),
        ("--fromat", "Did you mean '--format'?"),
        ("--otu", "Did you mean '--out'?"),
        ("--detial", "Did you mean '--detail'?"),
        # click offered '--out' too (60% alike)
        ("--fmt", "Did you mean '--format'?"),
        # a hyphen put in or left out: '--output' is 77% like '--out', '--out-put' 71%
        ("--out-put", "Did you mean '--out'?"),
        ("--nocache", "Did you mean '--no-cache'?"),
    ],
)
def test_a_mistyped_option_is_offered_only_the_close_one(
    env: dict[str, str], typed: str, suggested: str
) -> None:
    result = run_cli(["brief", typed, "md", str(SEEDS)], env)

    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"error: No such option '{typed}'. {suggested} (see '")


def test_a_mistyped_option_close_to_nothing_is_offered_nothing(env: dict[str, str]) -> None:
    # click offered '--out' for '--quiet' (60% alike); nothing is close enough here.
    result = run_cli(["brief", "--quiet", str(SEEDS)], env)

    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: No such option '--quiet'. (see '")
