"""Warm cache: a second ``brief`` over 1,000 cached articles; it prints figures, it is no test.

The first ``summarise brief`` extracts every article through the stand-in model server
(no latency) and fills a fresh cache; the second, over the same folder, must send no
request at all. Its wall time is the whole command as a user waits for it: start-up,
loading 1,000 files, 1,000 cache look-ups, grounding, merging and rendering.

    python benchmarks/warm_cache.py [--articles 1000] [--format md]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from harness import run_cli, startup_seconds
from synthetic import write_articles

from summarise.testing.fake_server import ScriptedModelServer, SentenceQuoteResponder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--format", default="md", choices=["md", "json", "html"])
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "articles"
        write_articles(folder, args.articles)
        with ScriptedModelServer(SentenceQuoteResponder()) as server:
            env = {
                "SUMMARISE_BASE_URL": server.base_url,
                "SUMMARISE_CACHE_DIR": str(Path(scratch) / "cache"),
                "SUMMARISE_CONCURRENCY": "16",
            }
            out = str(Path(scratch) / f"briefing.{args.format}")
            command = ["brief", str(folder), "--format", args.format, "--out", out]
            cold = run_cli(command, env)
            sent_cold = len(server.chat_requests)
            warm = run_cli(command, env)
            sent_warm = len(server.chat_requests) - sent_cold
    startup = startup_seconds()

    print(f"articles:             {cold.articles}, {cold.items} items, --format {args.format}")
    print(f"cold brief:           {cold.wall:.2f} s, {sent_cold} requests")
    print(
        f"warm brief:           {warm.wall:.2f} s, {sent_warm} requests received by the server, "
        f"{warm.cache_hits} cache hits, {warm.requests} requests in its summary"
    )
    print(f"  of which extraction: {warm.extraction:.2f} s (look-ups and grounding)")
    print(f"start-up (--version): {startup:.2f} s")
    print("target:               warm brief <= 5 s with 0 requests")


if __name__ == "__main__":
    main()
