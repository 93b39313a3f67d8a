"""Throughput of the offline baseline extractor on one core: it prints figures, it is no test.

The seed articles are repeated to about 2,000 extractions and run one after another in a
single thread, through ``BaselineBackend.extract`` as the pipeline calls it. The one-off
cost of reading and compiling the data files is reported apart from the steady rate, and
the rate is given in wall time and in the process's CPU time: on a shared machine the
wall time measures the other processes too.

Repeating four articles keeps the rules' caches of recurring names and phrases warm, which
a day of new articles does not: the development articles, each read once after the seeds,
give the rate on text the process has not seen, per thousand characters to compare.

``--stages`` then profiles the seed extractions once more and prints each stage's share
of the CPU time (cProfile's own cost inflates stages made of many small calls, so the
shares say where to look, not what a change will save).

    python benchmarks/baseline_throughput.py [--articles 2000] [--stages]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import time
from pathlib import Path

from summarise.article import Article
from summarise.extraction.backends.baseline import BaselineBackend
from summarise.loading.loader import load_articles

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV = ROOT / "evals" / "dev" / "articles"

# The stages of ``extract_article`` in the order it runs them: (module, function) each.
_STAGES = {
    "document frame": (("document.py", "read_frame"),),
    "mentions": (("mentions.py", "find_mentions"),),
    "cast (who is who)": (("cast.py", "build_cast"),),
    "quotation zones": (("quotes.py", "find_quote_zones"),),
    "sentence split": (("sentences.py", "split_sentences"),),
    "attribution (whose words)": (("attribution.py", "read"),),
    "positions": (("positions.py", "find_positions"),),
    "decrees": (("decrees.py", "find_decisions"), ("decrees.py", "decree_signatory")),
    "movements": (("movements.py", "find_movements"),),
    "combat": (("combat.py", "find_combat"),),
    "contacts": (
        ("contacts.py", "find_contacts"),
        ("contacts.py", "joint_topics"),
        ("occasions.py", "another_occasion"),
    ),
    "merging": (
        ("merge.py", "merge_positions"),
        ("merge.py", "merge_movements"),
        ("merge.py", "merge_contacts"),
    ),
    "items (pydantic)": (
        ("extract.py", "_position"),
        ("extract.py", "_movement"),
        ("extract.py", "_contact"),
    ),
}


async def _extract_all(backend: BaselineBackend, articles: list[Article]) -> tuple[float, float]:
    """Wall and CPU seconds for extracting ``articles`` one after another."""
    start, cpu = time.perf_counter(), time.process_time()
    for article in articles:
        await backend.extract(article)
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="Extractions to time.")
    parser.add_argument(
        "--stages", action="store_true", help="Print each stage's share of the CPU time."
    )
    args = parser.parse_args()

    seeds = load_articles([SEEDS]).articles
    backend = BaselineBackend()
    startup, _ = asyncio.run(_extract_all(backend, seeds[:1]))

    articles = [seeds[i % len(seeds)] for i in range(args.articles)]
    seconds, cpu = asyncio.run(_extract_all(backend, articles))
    chars = sum(len(a.text) for a in articles) / len(articles)
    print(f"seed articles:      {len(seeds)} (mean {chars:,.0f} characters)")
    print(f"first extraction:   {startup * 1000:.0f} ms (reads and compiles the data files)")
    print(f"extractions timed:  {len(articles)} in {seconds:.2f} s on one core")
    print(f"throughput:         {len(articles) / seconds:,.0f} articles/s")
    print(f"mean per article:   {seconds / len(articles) * 1000:.2f} ms")
    print(f"CPU throughput:     {len(articles) / cpu:,.0f} articles/s of process time")
    print(f"CPU per 1,000 chars: {cpu / _thousands(articles) * 1000:.2f} ms (seeds repeated)")

    unseen = load_articles([DEV]).articles
    _, cpu = asyncio.run(_extract_all(backend, unseen))
    print(f"unseen articles:    {len(unseen)} development articles, each read once")
    print(f"CPU per 1,000 chars: {cpu / _thousands(unseen) * 1000:.2f} ms (unseen)")
    print(f"CPU throughput:     {len(unseen) / cpu:,.0f} articles/s of process time (unseen)")
    if args.stages:
        print("share of CPU time by stage (seeds, under cProfile):")
        for stage, share in _stage_shares(backend, articles):
            print(f"  {stage:27} {share:5.1%}")


def _stage_shares(backend: BaselineBackend, articles: list[Article]) -> list[tuple[str, float]]:
    """Each stage's cumulative time over that of ``extract_article``, and the rest."""
    profile = cProfile.Profile()
    profile.runcall(asyncio.run, _extract_all(backend, articles))
    profile.create_stats()
    cumulative: dict[tuple[str, str], float] = {}
    for (filename, _, function), row in profile.stats.items():
        key = (Path(filename).name, function)
        cumulative[key] = cumulative.get(key, 0.0) + row[3]
    total = cumulative[("extract.py", "extract_article")]
    shares = [
        (stage, sum(cumulative.get(key, 0.0) for key in keys) / total)
        for stage, keys in _STAGES.items()
    ]
    return [*shares, ("the rest", 1 - sum(share for _, share in shares))]


def _thousands(articles: list[Article]) -> float:
    return sum(len(a.text) for a in articles) / 1000


if __name__ == "__main__":
    main()
