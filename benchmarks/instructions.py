"""Instructions a seed article and a dev article for any commit: it prints figures, it is no test.

CPU time on the shared two-core machine moves by 10-20% with the load; the number of
instructions does not. Each commit's ``summarise`` package is exported with ``git archive``
into a temporary tree and run under valgrind's callgrind, with this checkout's seeds and dev
articles, so every commit reads the same text:

- a warm-up extracts every seed once (reading and compiling the data files, filling the
  name caches of recurring names), and is not counted;
- the seeds are then extracted ``--repeat`` times (cached names: the benchmark's steady rate),
  then each dev article once (text the process has not read);
- each measured phase runs inside ``functools.reduce``, which nothing in the package calls:
  callgrind counts only inside it (``--toggle-collect``) and writes one profile per phase
  (``--dump-after``), so neither start-up nor the warm-up is in the figures.

``PYTHONHASHSEED`` is fixed, as hash seeds order some sets and move a count by ±0.3 M.
With ``--keep DIR`` the profiles stay (``callgrind_annotate DIR/SHA.seeds``) for per-function
counts before and after a change.

    python benchmarks/instructions.py [--repeat 5] [--keep DIR] [--seeds-only] COMMIT [COMMIT ...]

``COMMIT`` may be ``WORKTREE`` for the files as they stand in this checkout.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run in the child, from the exported tree (``-c`` puts the working directory first on the
# path, before ``PYTHONPATH`` and the editable install): the two measured phases.
_CHILD = """
import functools, sys
import summarise
from pathlib import Path
from summarise.extraction.backends.baseline import BaselineBackend
from summarise.loading.loader import load_articles

if not summarise.__file__.startswith(sys.argv[4]):
    raise RuntimeError(f"summarise imported from {summarise.__file__}, not the exported tree")
root, repeat, with_dev = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "dev"
seeds = load_articles([root / "seeds"]).articles
dev = load_articles([root / "evals" / "dev" / "articles"]).articles if with_dev else []
backend = BaselineBackend()

def extract(_: object, article: object) -> None:
    coroutine = backend.extract(article)
    try:
        coroutine.send(None)
    except StopIteration:
        return None
    raise RuntimeError("the baseline's extract awaited something")

for article in seeds:
    extract(None, article)
functools.reduce(extract, seeds * repeat, None)
if dev:
    functools.reduce(extract, dev, None)
print(len(seeds), len(dev))
"""


def _export(commit: str, into: Path) -> Path:
    """The package of ``commit`` (or this checkout's) in a tree of its own."""
    tree = into / commit
    if commit == "WORKTREE":
        shutil.copytree(ROOT / "summarise", tree / "summarise")
        return tree
    tree.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, "summarise"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def _total(profile: Path) -> int:
    """The instruction count of one callgrind dump."""
    for line in profile.read_text().splitlines():
        if line.startswith(("totals:", "summary:")):
            return int(line.split()[1])
    raise ValueError(f"no totals in {profile}")


def measure(
    commit: str, repeat: int, work: Path, keep: Path | None, with_dev: bool
) -> tuple[float, float | None]:
    """Millions of instructions a seed article and a dev article at ``commit``."""
    tree = _export(commit, work)
    out = work / f"{commit}.out"
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    result = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--toggle-collect=functools_reduce",
            "--dump-after=functools_reduce",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-c",
            _CHILD,
            str(ROOT),
            str(repeat),
            "dev" if with_dev else "seeds",
            str(tree),
        ],
        cwd=tree,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    seeds, dev = (int(n) for n in result.stdout.split())
    dumps = sorted(work.glob(f"{commit}.out.*"), key=lambda p: int(p.suffix[1:]))
    phases = {"seeds": dumps[0], "dev": dumps[1]} if with_dev else {"seeds": dumps[0]}
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        for phase, profile in phases.items():
            shutil.copy(profile, keep / f"{commit}.{phase}")
    seed = _total(phases["seeds"]) / (seeds * repeat) / 1e6
    return seed, _total(phases["dev"]) / dev / 1e6 if with_dev else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commits", nargs="+", help="Commits to count, or WORKTREE.")
    parser.add_argument("--repeat", type=int, default=5, help="Times the seeds are counted.")
    parser.add_argument("--keep", type=Path, help="Keep each phase's callgrind profile here.")
    parser.add_argument("--seeds-only", action="store_true", help="Count no dev article.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="instructions-") as work:
        for commit in args.commits:
            name = commit if commit == "WORKTREE" else _short(commit)
            seed, dev = measure(name, args.repeat, Path(work), args.keep, not args.seeds_only)
            on_dev = "" if dev is None else f", dev {dev:.2f} M"
            print(f"{name}: seed {seed:.2f} M{on_dev}", flush=True)


def _short(commit: str) -> str:
    sha = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", commit],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    if not re.fullmatch(r"[0-9a-f]+", sha):
        raise ValueError(f"not a commit: {commit}")
    return sha


if __name__ == "__main__":
    main()
