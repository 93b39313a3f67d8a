"""What a newcomer met trying ``summarise`` (round 29), one test or two each: an eval that a
server refused outright, a saved feed named to ``brief``, a mistyped option's suggestions.

Every test runs the whole command (the console entry point) on real files, against real
HTTP servers on 127.0.0.1 where a model is asked, and reads what a person would read:
stdout, stderr and the exit code.
"""

from __future__ import annotations

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


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("--formt", "Did you mean '--format'?"),
        ("--fromat", "Did you mean '--format'?"),
        ("--otu", "Did you mean '--out'?"),
        ("--detial", "Did you mean '--detail'?"),
        # click offered '--out' too (60% alike)
        ("--fmt", "Did you mean '--format'?"),
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
