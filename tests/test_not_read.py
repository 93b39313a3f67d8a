"""A briefing names the inputs it lacks, in every format, for a reader who never saw the
command's stderr; and the progress counts them as the summary line does.

The folder is the one a new user reported: three good articles, an empty file, a binary file
and one that is not UTF-8 (read as Windows-1252, so not a failure).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import SEED_FILES, isolated_env, run_cli

from summarise.briefing import build_briefing, render
from summarise.extraction.results import ArticleFailure

BINARY_REASON = "looks like a binary file, not text"
EMPTY_REASON = "the file is empty"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    found = tmp_path / "articles"
    found.mkdir()
    for seed in SEED_FILES[:3]:
        (found / seed.name).write_bytes(seed.read_bytes())
    (found / "empty.txt").write_bytes(b"")
    (found / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (found / "latin1.txt").write_bytes(
        "Café talks: Russia said it would withdraw.\n".encode("cp1252")
    )
    return found


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return isolated_env(tmp_path)


def expected_line(folder: Path) -> str:
    return (
        f"Not read: {folder / 'binary.txt'} ({BINARY_REASON}), "
        f"{folder / 'empty.txt'} ({EMPTY_REASON})."
    )


def test_every_format_names_the_files_not_read_and_why(folder: Path, env: dict[str, str]) -> None:
    line = expected_line(folder)

    short = run_cli(["brief", str(folder)], env)
    full = run_cli(["brief", str(folder), "--detail", "full"], env)
    page = run_cli(["brief", str(folder), "--format", "html"], env)
    data = run_cli(["brief", str(folder), "--format", "json"], env)

    assert short.returncode == 1
    summary = short.stdout.split("## Summary\n\n", 1)[1].split("\n", 1)[0]
    assert summary.startswith("4 articles read, 3 cited;")
    assert summary.endswith(line.replace("_", "\\_"))
    assert f"- {line}".replace("_", "\\_") in full.stdout.splitlines()
    assert f"<li>{line}</li>" in page.stdout
    assert json.loads(data.stdout)["failures"] == [
        {"source": str(folder / "binary.txt"), "reason": BINARY_REASON},
        {"source": str(folder / "empty.txt"), "reason": EMPTY_REASON},
    ]
    # The advice on fixing a file is for whoever ran the command, on stderr.
    assert "leave it out" in short.stderr
    assert "leave it out" not in short.stdout


def test_a_briefing_of_every_input_says_nothing_of_failures(
    folder: Path, env: dict[str, str]
) -> None:
    for name in ("empty.txt", "binary.txt"):
        (folder / name).unlink()

    markdown = run_cli(["brief", str(folder)], env)
    data = run_cli(["brief", str(folder), "--format", "json"], env)
    page = run_cli(["brief", str(folder), "--format", "html"], env)

    assert markdown.returncode == 0
    assert "Not read" not in markdown.stdout + page.stdout
    assert json.loads(data.stdout)["failures"] == []


def test_the_progress_counts_every_input_as_the_summary_line_does(
    folder: Path, env: dict[str, str]
) -> None:
    result = run_cli(["brief", str(folder)], env)

    counters = [line.split()[0] for line in result.stderr.splitlines() if line.startswith("[")]
    assert counters == [f"[{n}/6]" for n in range(1, 7)]
    assert f"[1/6] failed  {folder / 'binary.txt'}: {BINARY_REASON}" in result.stderr
    assert "4 articles extracted, 2 failed, " in result.stderr


def test_each_failed_input_is_one_line_on_stderr(folder: Path, env: dict[str, str]) -> None:
    """The progress line names a failed input and why, as it finishes; the end of the run
    does not list it again (user16 found each failure printed twice)."""
    result = run_cli(["brief", str(folder)], env)

    for name, reason in (("empty.txt", EMPTY_REASON), ("binary.txt", BINARY_REASON)):
        lines = [line for line in result.stderr.splitlines() if name in line]
        assert len(lines) == 1, result.stderr
        assert re.match(rf"\[\d/6\] failed  {re.escape(str(folder / name))}: {reason}", lines[0])


def test_a_source_is_shown_without_the_secrets_of_its_url() -> None:
    failures = [
        ArticleFailure(
            name="https://desk:hunter2@news.example/a?token=abc123&page=2",
            reason="HTTP 503 from https://news.example/a?api_key=abc123; try again later",
        )
    ]

    briefing = build_briefing([], backend="baseline", failures=failures)

    (shown,) = briefing.failures
    assert shown.source == "https://news.example/a?token=***&page=2"
    assert shown.reason == "HTTP 503 from https://news.example/a?api_key=***"
    for fmt in ("md", "json", "html"):
        text = render(briefing, fmt)
        assert "abc123" not in text
        assert "hunter2" not in text
        assert "news.example/a" in text


STOPPED = (
    "The model server at http://127.0.0.1:8000/v1 limits the request rate (HTTP 429: Too "
    "Many Requests) and asks for no request before 2026-12-07 12:06 UTC, in 60 minutes"
)


def test_inputs_failing_for_one_reason_share_it_in_the_line() -> None:
    """A server that stopped a run leaves every article after it with one long reason: said
    once, after the names, not once per article."""
    failures = [ArticleFailure(name=f"{name}.txt", reason=STOPPED) for name in "cab"]
    failures.append(ArticleFailure(name="d.txt", reason=EMPTY_REASON))

    briefing = build_briefing([], backend="openai", failures=failures)

    assert briefing.not_read_line() == (
        f"Not read: a.txt, b.txt and c.txt ({STOPPED}); d.txt ({EMPTY_REASON})."
    )
    assert len(briefing.failures) == 4  # the JSON still names each input with its reason


def test_inputs_failing_for_different_reasons_each_keep_their_own() -> None:
    """Look-alike: no two share a reason, so each is named with its own, as before."""
    failures = [
        ArticleFailure(name="a.txt", reason=EMPTY_REASON),
        ArticleFailure(name="b.txt", reason=BINARY_REASON),
    ]

    briefing = build_briefing([], backend="baseline", failures=failures)

    assert briefing.not_read_line() == (
        f"Not read: a.txt ({EMPTY_REASON}), b.txt ({BINARY_REASON})."
    )
