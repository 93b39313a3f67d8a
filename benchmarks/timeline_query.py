"""Timeline over a store of 10,000 articles; it prints figures, it is no test.

The store is filled as scheduled runs fill it: briefings of overlapping windows (each run
briefs 1,000 synthetic articles, half of them new), so merged items grow across runs.
Then ``build_timeline`` plus rendering is timed for a party, a category over two weeks,
and the whole store, and ``summarise timeline`` is timed as a user runs it. The query
plans show that the party and period conditions are answered by indexes, not scans.

    python benchmarks/timeline_query.py [--articles 10000] [--store FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path
from typing import Any

from harness import best_cpu_of, best_of, startup_seconds, wall_seconds
from synthetic import results

from summarise.briefing import Format
from summarise.briefing.build import build_merged
from summarise.store import opened, record_run
from summarise.store.queries import Selection
from summarise.timeline import build_timeline, render_timeline

WINDOW = 1000
STEP = 500


def fill(path: Path, count: int) -> None:
    """Briefings of overlapping windows, as a schedule makes them; prints what they cost."""
    made = results(count)
    started = time.perf_counter()
    with opened(path) as db:
        for start in range(0, max(count - WINDOW, 0) + 1, STEP):
            window = made[start : start + WINDOW]
            briefed = time.process_time()
            built = build_merged(window, backend="synthetic")
            recorded = time.process_time()
            record_run(
                db,
                kind="run",
                label="benchmark",
                started=dt.datetime(2022, 3, 1, tzinfo=dt.UTC) + dt.timedelta(hours=start),
                backend="synthetic",
                articles=[r.article for r in window],
                built=built,
            )
            done = time.process_time()
    print(
        f"filling the store: {time.perf_counter() - started:.1f} s; its last run (a window of "
        f"{WINDOW:,}, {STEP:,} new): briefing {recorded - briefed:.2f} s cpu, "
        f"store write {done - recorded:.2f} s cpu"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--store", type=Path, help="keep the store here (reused if present)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        path = args.store or Path(scratch) / "benchmark.db"
        if not path.exists():
            fill(path, args.articles)
        with opened(path, create=False) as db:
            counts = {t: db.table(t).count for t in ("articles", "items", "merged_items")}
            print("store:", ", ".join(f"{n:,} {t}" for t, n in counts.items()))
            since = dt.date(2022, 2, 25)
            cases: dict[str, tuple[dict[str, Any], Format]] = {
                "party Vladimir Putin, md": ({"party": "Vladimir Putin"}, "md"),
                f"contacts since {since}, md": (
                    {"categories": ["diplomatic_contacts"], "since": since},
                    "md",
                ),
                "party Russia, html": ({"party": "Russia"}, "html"),
                "whole store, md": ({}, "md"),
            }
            for name, (filters, fmt) in cases.items():
                timeline = build_timeline(db, store=path.name, **filters)

                def once(filters: dict[str, Any] = filters, fmt: Format = fmt) -> None:
                    render_timeline(build_timeline(db, store=path.name, **filters), fmt)

                wall, cpu = best_of(3, once), best_cpu_of(3, once)
                print(
                    f"{name:30} wall {wall:6.3f} s, cpu {cpu:6.3f} s  "
                    f"({len(timeline.entries):,} entries, {timeline.articles:,} articles)"
                )
            selection = Selection(["vladimir-putin"], ["positions"], dt.date(2022, 2, 1))
            where, params = selection.where()
            plan = db.execute(
                f"EXPLAIN QUERY PLAN SELECT m.id FROM merged_items m WHERE {where}", params
            ).fetchall()
            print("query plan (party and since):")
            for row in plan:
                print("   ", row[-1])
        cli = wall_seconds(["timeline", str(path), "--party", "Vladimir Putin"])
        print(
            f"summarise timeline --party 'Vladimir Putin' (process): {cli:.2f} s, "
            f"of which start-up (--version) {startup_seconds():.2f} s"
        )
    print("target: timeline over 10,000 stored articles <= 1 s")


if __name__ == "__main__":
    main()
