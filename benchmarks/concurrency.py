"""Concurrency: how close ``--concurrency`` comes to its ideal; it prints figures, it is no test.

64 articles go through ``summarise extract`` against the stand-in model server answering
every request after a fixed latency (200 ms). With 16 requests in flight the ideal is
64 x 0.2 s / 16 = 0.8 s; the ratio of measured to ideal shows what the client adds
(request building, schema generation, validation, grounding) that does not overlap with
waiting. The extraction time is the run's own timer (its summary line); the process time
adds interpreter start-up, imports, loading and writing the output, shown apart.

Each figure is the median of ``--repeat`` runs (the summary line times to 0.1 s).

    python benchmarks/concurrency.py [--articles 64] [--latency 0.2] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from harness import run_cli, startup_seconds
from synthetic import write_articles

from summarise.testing.fake_server import FaultPolicy, ScriptedModelServer, SentenceQuoteResponder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=64)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds per reply")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    runs = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "articles"
        write_articles(folder, args.articles)
        policy = FaultPolicy(latency=args.latency)
        for n in range(args.repeat):
            with ScriptedModelServer(SentenceQuoteResponder(), faults=policy) as server:
                # A fresh cache each time: every article is a miss, extracted and stored.
                env = {
                    "SUMMARISE_BASE_URL": server.base_url,
                    "SUMMARISE_CACHE_DIR": str(Path(scratch) / f"cache{n}"),
                }
                out = str(Path(scratch) / "out.json")
                command = ["extract", str(folder), "--concurrency", str(args.concurrency)]
                runs.append(run_cli([*command, "--out", out], env))
                requests = len(server.chat_requests)
    startup = startup_seconds()

    ideal = requests * args.latency / args.concurrency
    extraction = statistics.median(r.extraction for r in runs)
    wall = statistics.median(r.wall for r in runs)
    print(
        f"articles:             {runs[0].articles} ({runs[0].failed} failed), {requests} "
        f"requests at {args.latency * 1000:.0f} ms, --concurrency {args.concurrency}"
    )
    print(f"ideal:                {ideal:.2f} s")
    print(f"extraction:           {extraction:.2f} s  ratio {extraction / ideal:.2f}")
    print(f"whole process:        {wall:.2f} s  ratio {wall / ideal:.2f}")
    print(f"start-up (--version): {startup:.2f} s")
    print("target:               extraction ratio <= 1.3")


if __name__ == "__main__":
    main()
