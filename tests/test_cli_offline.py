"""The ``summarise`` command as a first-time user meets it: no model configured, so the
offline baseline extractor, over the seeds and over folders holding a bad file or two.

The baseline needs no server and answers in milliseconds, so these tests run the whole
command (``run_cli``) on real files and read what a person would read: stdout, stderr,
the exit code and the files left behind.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import SEED_FILES, run_cli


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """No model settings (so the baseline), and a cache of this test's own."""
    return {"SUMMARISE_CACHE_DIR": str(tmp_path / "cache")}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The four seeds, copied into a folder a test may add bad files to."""
    target = tmp_path / "articles"
    target.mkdir()
    for seed in SEED_FILES:
        shutil.copy(seed, target / seed.name)
    return target


def test_brief_survives_an_impossible_date_and_names_the_file(
    env: dict[str, str], folder: Path
) -> None:
    bad = folder / "talks.md"
    bad.write_text(
        "---\npublished: 2022-13-45\n---\nRussia said on Monday it would pull troops back.\n",
        encoding="utf-8",
    )

    result = run_cli(["brief", str(folder)], env)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert f"warning: {bad}: published '2022-13-45' is not a valid date" in result.stderr
    assert "5 articles read" in result.stdout
