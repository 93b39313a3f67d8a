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

``--stages`` also splits each figure by the stage of ``extract_article`` that spent it (the
document's mentions and cast, sentences and attribution, positions, movements, contacts,
merging and items), so that a rule's cost can be read at merge where it lands. Callgrind
sees C functions, not Python ones: in the child each stage's functions, as ``extract.py``
calls them, are called through a C function of the interpreter that the package never calls
(``itertools.starmap``'s ``starmap_next``, ``takewhile_next`` …, a ``staticmethod`` object
called), whose inclusive count is then that stage's. Names a commit's ``extract.py`` lacks
are left alone; what no stage holds (the loop between them, the pydantic validation of the
items) is "the rest".

    python benchmarks/instructions.py [--repeat 5] [--keep DIR] [--seeds-only] [--stages]
        COMMIT [COMMIT ...]

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
if sys.argv[5] == "stages":
    exec(STAGE_CODE)
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


# Run in the child with ``--stages``, before anything is extracted: each stage's functions
# rebound in ``extract``'s namespace (and ``Attributor.read`` on its class) to a wrapper that
# calls them through the stage's own C function. Each C function calls a Python callable
# once here; the package calls none of them itself (a test says so).
_STAGES_CHILD = """
import itertools, operator
from summarise.extraction.backends.baseline import extract as _extract
from summarise.extraction.backends.baseline.attribution import Attributor as _Attributor

def _through(caller, function):
    def call(*args, **kwargs):
        box = []
        def once(*_):
            box.append(function(*args, **kwargs))
        caller(once)
        return box[0]
    return call

_CALLERS = {
    "starmap_next": lambda once: list(itertools.starmap(once, [()])),
    "takewhile_next": lambda once: list(itertools.takewhile(once, [None])),
    "dropwhile_next": lambda once: list(itertools.dropwhile(once, [None])),
    "filterfalse_next": lambda once: list(itertools.filterfalse(once, [None])),
    "methodcaller_call": lambda once: operator.methodcaller("__call__")(once),
    "filter_next": lambda once: list(filter(once, [None])),
    "sm_call": lambda once: staticmethod(once)(),
}
for _caller, _names in STAGE_NAMES.items():
    for _name in _names:
        if _name == "Attributor.read":
            _Attributor.read = _through(_CALLERS[_caller], _Attributor.read)
        elif hasattr(_extract, _name):
            setattr(_extract, _name, _through(_CALLERS[_caller], getattr(_extract, _name)))
"""

# The stages: each one's C function, its name in the report and the names it wraps.
STAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "starmap_next": (
        "document: frame, mentions, cast, quotes",
        ("read_frame", "find_mentions", "build_cast", "find_quote_zones"),
    ),
    "takewhile_next": (
        "sentences and attribution",
        ("split_sentences", "clause_spans", "Attributor.read"),
    ),
    "dropwhile_next": (
        "positions",
        (
            "find_positions",
            "aid_given",
            "owned_claims",
            "measures_by_taker",
            "find_decisions",
            "decree_signatory",
        ),
    ),
    "filterfalse_next": ("movements and combat", ("_movements_in",)),
    "methodcaller_call": (
        "contacts",
        (
            "_contacts_in",
            "_pair",
            "merge_contacts",
            "referred_to",
            "another_occasion",
            "of_its_kind",
            "_tell_more",
            "_tells_an_occasion",
        ),
    ),
    "filter_next": (
        "positions' filters (insisted, history, events)",
        ("as_insisted", "insisted", "reports_event", "told_as_history", "forswears_contact"),
    ),
    "sm_call": (
        "merging and items",
        ("merge_positions", "merge_movements", "_position", "_movement", "_contact"),
    ),
}


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


# A line of ``callgrind_annotate``'s inclusive list: "  12,458,363 ( 7.02%)
# …/itertoolsmodule.c:starmap_next [lib]"; a call within a call of the same function is
# listed again as "starmap_next'2", inside the outer one's count.
_ANNOTATED = re.compile(
    r"\s*(?P<count>[\d,]+) \(\s*[\d.]+%\)\s+\S*:(?P<function>\w+)(?: \[[^\]]*\])?$"
)


def _stage_counts(profile: Path) -> dict[str, int]:
    """The inclusive count of each stage's C function in one callgrind dump."""
    annotated = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", "--auto=no", str(profile)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    counts: dict[str, int] = {}
    for line in annotated.splitlines():
        row = _ANNOTATED.match(line)
        if row is not None and row["function"] in STAGES:
            # A function inlined from a header is listed twice, the part inlined apart.
            count = int(row["count"].replace(",", ""))
            counts[row["function"]] = max(count, counts.get(row["function"], 0))
    return counts


def measure(
    commit: str, repeat: int, work: Path, keep: Path | None, with_dev: bool, stages: bool = False
) -> tuple[float, float | None]:
    """Millions of instructions a seed article and a dev article at ``commit``; with
    ``stages``, each phase's split by stage is printed."""
    tree = _export(commit, work)
    out = work / f"{commit}.out"
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    names = {caller: wrapped for caller, (_, wrapped) in STAGES.items()}
    child = f"STAGE_NAMES = {names!r}\nSTAGE_CODE = {_STAGES_CHILD!r}\n{_CHILD}"
    result = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--toggle-collect=functools_reduce",
            "--dump-after=functools_reduce",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-c",
            child,
            str(ROOT),
            str(repeat),
            "dev" if with_dev else "seeds",
            str(tree),
            "stages" if stages else "whole",
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
    if stages:
        articles = {"seeds": seeds * repeat, "dev": dev}
        for phase, profile in phases.items():
            _print_stages(commit, phase, profile, articles[phase])
    return seed, _total(phases["dev"]) / dev / 1e6 if with_dev else None


def _print_stages(commit: str, phase: str, profile: Path, articles: int) -> None:
    """Millions of instructions an article of ``phase`` by stage, and their shares."""
    total = _total(profile)
    counts = _stage_counts(profile)
    rows = [(label, counts.get(caller, 0)) for caller, (label, _) in STAGES.items()]
    rows.append(("the rest (loop, validation)", total - sum(count for _, count in rows)))
    for label, count in rows:
        share = count / total if total else 0.0
        print(f"{commit} {phase:5} {label:48} {count / articles / 1e6:7.2f} M {share:6.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commits", nargs="+", help="Commits to count, or WORKTREE.")
    parser.add_argument("--repeat", type=int, default=5, help="Times the seeds are counted.")
    parser.add_argument("--keep", type=Path, help="Keep each phase's callgrind profile here.")
    parser.add_argument("--seeds-only", action="store_true", help="Count no dev article.")
    parser.add_argument("--stages", action="store_true", help="Split each count by stage.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="instructions-") as work:
        for commit in args.commits:
            name = commit if commit == "WORKTREE" else _short(commit)
            seed, dev = measure(
                name, args.repeat, Path(work), args.keep, not args.seeds_only, args.stages
            )
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
