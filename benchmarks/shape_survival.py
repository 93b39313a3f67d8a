"""How many found items survive their sentence said in another shape, on the open sets.

It prints figures; it is no test. For each true positive of the baseline and each rewrite
in ``summarise.evaluation.shapes.REWRITES`` that applies to its sentence, the article is
extracted again with the sentence rewritten and scored against the label with its quotes
carried along: survived (still found), holder and stance kept, false positives of a new
kind created, other found items lost. The held-out sets are not in the list and cannot be
named.

    python benchmarks/shape_survival.py [--out FILE.json] [--failures FILE.txt] [SET ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

from summarise.evaluation.shapes import REWRITES, SetShapes, Tally, measure_set, total

ROOT = Path(__file__).resolve().parent.parent
OPEN_SETS: dict[str, tuple[str, str]] = {
    "seeds": ("evals/labels", "seeds"),
    "dev": ("evals/dev/labels", "evals/dev/articles"),
    "synthetic": ("evals/synthetic/labels", "evals/synthetic/articles"),
    "synthetic2": ("evals/synthetic2/labels", "evals/synthetic2/articles"),
    "synthetic3": ("evals/synthetic3/labels", "evals/synthetic3/articles"),
    "suite-dev": ("evals/suite/dev/labels", "evals/suite/dev/articles"),
    "suite-check": ("evals/suite/check/labels", "evals/suite/check/articles"),
}


def _row(name: str, tally: Tally) -> str:
    # A rewrite that never applied has no rate: 1.000 would read as all survived.
    rate = f"{tally.survival:.3f}" if tally.applied else "\u2013"
    return (
        f"| {name} | {tally.applied} | {tally.survived} | {rate} | "
        f"{tally.holder_kept}/{tally.holder_right} | "
        f"{tally.kind_kept}/{tally.kind_right} | {tally.created} | {tally.others_lost} |"
    )


def table(tallies: dict[str, Tally]) -> str:
    lines = [
        "| rewrite | applied | survived | rate | holder kept | stance kept | FP made "
        "| others lost |",
        "|---|---|---|---|---|---|---|---|",
    ]
    everything = Tally()
    for name, tally in tallies.items():
        lines.append(_row(name, tally))
        everything.add(tally)
    lines.append(_row("all", everything))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    # argparse checks an empty "*" list against the choices too, so [] is one of them.
    parser.add_argument("sets", nargs="*", choices=[*OPEN_SETS, []], metavar="SET")
    parser.add_argument("--out", type=Path, help="write the figures and failures as JSON")
    parser.add_argument("--failures", type=Path, help="write every failure, one block each")
    args = parser.parse_args()
    names = args.sets or list(OPEN_SETS)
    began = time.perf_counter()
    measured: list[SetShapes] = []
    for name in names:
        labels, articles = OPEN_SETS[name]
        measured.append(measure_set(name, ROOT / labels, ROOT / articles))
    seconds = time.perf_counter() - began
    for shapes in measured:
        survived = sum(t.survived for t in shapes.tallies.values())
        applied = sum(t.applied for t in shapes.tallies.values())
        print(f"{shapes.name}: {survived}/{applied} survived", file=sys.stderr)
    print(table(total(measured)))
    print(f"\n{seconds:.0f} s", file=sys.stderr)
    if args.failures:
        blocks = [
            f"[{f.set}/{f.article}] {f.rewrite} lost {f.lost}: {f.item}\n  before: {f.before}\n"
            f"  after:  {f.after}"
            for shapes in measured
            for f in shapes.failures
        ] + [
            f"[{c.set}/{c.article}] {c.rewrite} made FP: {c.item}\n  after:  {c.after}"
            for shapes in measured
            for c in shapes.created
        ]
        args.failures.write_text("\n".join(blocks) + "\n", encoding="utf-8")
    if args.out:
        record = {
            "rewrites": list(REWRITES),
            "total": {name: asdict(t) for name, t in total(measured).items()},
            "sets": {
                s.name: {
                    "tallies": {name: asdict(t) for name, t in s.tallies.items()},
                    "failures": [asdict(f) for f in s.failures],
                    "created": [asdict(c) for c in s.created],
                }
                for s in measured
            },
        }
        args.out.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
