"""Merge scaling: building and rendering briefings of 1,000 and 10,000 extractions.

It prints figures, it is no test. The extractions are synthetic (see ``synthetic.py``):
one to three positions, a military movement and a diplomatic contact per article, among
twelve states' leaders and a dozen topics, so many items report the same fact and merge,
as in a real crisis. ``build_briefing`` (resolve, filter, merge, number, sort) and each
renderer are timed apart; the figure to watch is the 10k/1k ratio, 10 for linear cost.

    python benchmarks/merge_scaling.py [--sizes 1000 10000] [--profile]
"""

from __future__ import annotations

import argparse
import time

from synthetic import results

from summarise.briefing import FORMATS, build_briefing, render


def _time(sizes: list[int]) -> dict[int, dict[str, float]]:
    timings: dict[int, dict[str, float]] = {}
    for size in sizes:
        extracted = results(size)
        started = time.perf_counter()
        briefing = build_briefing(extracted, backend="synthetic")
        row = {"build": time.perf_counter() - started}
        for fmt in FORMATS:
            started = time.perf_counter()
            render(briefing, fmt)
            row[fmt] = time.perf_counter() - started
        counts = briefing.counts
        merged = counts.positions + counts.military_movements + counts.diplomatic_contacts
        print(
            f"{size:>6} extractions: {counts.extracted_items:,} items merged into {merged:,}; "
            + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in row.items())
        )
        timings[size] = row
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[1000, 10000])
    parser.add_argument(
        "--profile", action="store_true", help="print a pyinstrument profile of the larger build"
    )
    args = parser.parse_args()
    small, large = args.sizes

    timings = _time([small, large])
    for step in timings[small]:
        ratio = timings[large][step] / timings[small][step]
        print(f"ratio {large}/{small} {step:>5}: {ratio:.1f}")
    total = {size: timings[size]["build"] + timings[size]["md"] for size in (small, large)}
    print(f"ratio {large}/{small} build+md: {total[large] / total[small]:.1f}  (target <= 15)")

    if args.profile:
        try:
            from pyinstrument import Profiler
        except ImportError:
            raise SystemExit("--profile needs pyinstrument: pip install pyinstrument") from None
        extracted = results(large)
        profiler = Profiler()
        with profiler:
            build_briefing(extracted, backend="synthetic")
        print(profiler.output_text(unicode=False))


if __name__ == "__main__":
    main()
