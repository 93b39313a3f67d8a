"""The open sets, as `evals/open-sets.txt` lists them, for the benchmarks that read all of them.

A held-out set is never listed, and a set opened is added there by the round that opens it,
so a benchmark over every open set keeps no list of its own to fall behind (guard_drops.py's
had stopped at synthetic12 while three more sets were opened). shape_survival.py keeps its own
seven on purpose: its figures are compared round by round over the same sets.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPEN_SETS = ROOT / "evals" / "open-sets.txt"


def open_folders() -> list[str]:
    """The article folders the file lists, one a line (``#`` begins a comment)."""
    lines = OPEN_SETS.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


def open_sets() -> dict[str, tuple[str, str]]:
    """Each open set's name (as run records name it: ``suite-check2``) and its labels and
    articles folders. A set's labels sit beside its articles; the seeds' in ``evals/labels``."""
    sets: dict[str, tuple[str, str]] = {}
    for folder in open_folders():
        if folder == "seeds":
            sets["seeds"] = ("evals/labels", "seeds")
            continue
        parent = folder.removesuffix("/articles")
        sets[parent.removeprefix("evals/").replace("/", "-")] = (f"{parent}/labels", folder)
    return sets
