"""Store write: a briefing of 1,000 articles with and without recording it; it prints
figures, it is no test.

"The briefing alone" is what ``summarise brief`` does after extraction: merge the results
(``build_merged``) and render Markdown. "With the store" adds recording the articles,
items, evidence, actors and merged items into an empty store (made beforehand, as a
config's store is made once), in one transaction; a second
recording of the same briefing is what every scheduled run over an unchanged window costs.
Each figure is the best of three, on synthetic extractions (see ``synthetic.py``).

    python benchmarks/store_write.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from pathlib import Path

from harness import best_cpu_of, best_of
from synthetic import results

from summarise.briefing import render
from summarise.briefing.build import BuiltBriefing, build_merged
from summarise.extraction.results import ArticleResult
from summarise.store import open_store, opened, record_run

STARTED = dt.datetime(2022, 3, 1, tzinfo=dt.UTC)


def brief(extracted: list[ArticleResult]) -> BuiltBriefing:
    built = build_merged(extracted, backend="synthetic", generated_at=STARTED)
    render(built.briefing, "md")
    return built


def store(path: Path, extracted: list[ArticleResult], built: BuiltBriefing) -> None:
    with opened(path) as db:
        record_run(
            db,
            kind="brief",
            label="benchmark",
            started=STARTED,
            backend="synthetic",
            articles=[r.article for r in extracted],
            built=built,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    extracted = results(args.articles)
    built = brief(extracted)
    items = sum(len(group) for _, group in built.members)

    with tempfile.TemporaryDirectory() as scratch:
        made = [Path(scratch) / f"store-{n}.db" for n in range(8)]
        for path in made:  # made and migrated once, as a config's store is
            open_store(path).close()
        paths = iter(made)
        again_path = next(paths)
        store(again_path, extracted, built)
        figures = {}
        for name, best in (("wall", best_of), ("cpu", best_cpu_of)):
            figures[name] = (
                best(3, lambda: brief(extracted)),
                best(3, lambda: store(next(paths), extracted, built)),
                best(3, lambda: store(again_path, extracted, built)),
            )
        size = again_path.stat().st_size

    print(f"{args.articles:,} articles, {items:,} items, {len(built.members):,} merged items")
    print("seconds (best of 3)                  wall    cpu")
    rows = ("briefing alone (merge + Markdown)", "store write, empty store", "same briefing again")
    for n, row in enumerate(rows):
        print(f"{row:36} {figures['wall'][n]:6.2f} {figures['cpu'][n]:6.2f}")
    for name in ("wall", "cpu"):
        alone, fresh, _ = figures[name]
        print(f"ratio with/alone ({name}):  {(alone + fresh) / alone:.2f}  (target <= 1.5)")
    print(f"store file: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
