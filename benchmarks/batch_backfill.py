"""Batch backfill: prepare and collect of 1,000 and 10,000 articles; it prints figures.

The archive is synthetic (``synthetic.py``), one ``.txt`` file an article. Each size runs
the OpenAI route end to end against the scripted batch server on 127.0.0.1, every command
in a process of its own: ``batch prepare`` (timed, peak memory), ``batch submit`` (timed),
the server answers every line with positions quoting the article (not timed: that is the
provider's day), ``batch collect`` (timed, peak memory: download, reading every line,
replaying every article through the live backend, grounding, caching), then ``brief``
over the same folder, which must send no request. The figures to watch are the ratios
of the larger size to the smaller: time about 10 (linear), memory about 1 (flat).

    python benchmarks/batch_backfill.py [--sizes 1000 10000]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from harness import Measured, run_measured
from synthetic import write_articles

from summarise.testing.batch_server import ScriptedBatchServer
from summarise.testing.fake_server import SentenceQuoteResponder


def _size(count: int) -> dict[str, Measured]:
    with (
        tempfile.TemporaryDirectory() as scratch,
        ScriptedBatchServer(SentenceQuoteResponder()) as server,
    ):
        folder = Path(scratch) / "archive"
        write_articles(folder, count)
        env = {
            "SUMMARISE_BASE_URL": server.base_url,
            "SUMMARISE_MODEL": "batch-model",
            "SUMMARISE_CACHE_DIR": str(Path(scratch) / "cache"),
            "SUMMARISE_DATA_DIR": str(Path(scratch) / "data"),
        }
        out = Path(scratch) / "requests.jsonl"
        steps = {"prepare": run_measured(["batch", "prepare", str(folder), "--out", str(out)], env)}
        files = sorted(Path(scratch).glob("requests*.jsonl"))
        steps["submit"] = run_measured(["batch", "submit", *map(str, files)], env)
        batch_ids = steps["submit"].stdout.split()
        for batch_id in batch_ids:
            while server.retrieve(batch_id).status != "completed":  # type: ignore[union-attr]
                pass
        collects = [run_measured(["batch", "collect", batch_id], env) for batch_id in batch_ids]
        steps["collect"] = Measured(
            wall=sum(c.wall for c in collects),
            peak_mb=max(c.peak_mb for c in collects),
            returncode=max(c.returncode for c in collects),
            stdout="",
            stderr="".join(c.stderr for c in collects),
        )
        briefing = Path(scratch) / "briefing.md"
        steps["brief"] = run_measured(["brief", str(folder), "--out", str(briefing)], env)
        size_mb = sum(f.stat().st_size for f in files) / 1e6
        summary = steps["collect"].stderr.strip().splitlines()[-1]
        print(f"{count:>6} articles: {len(files)} request file(s), {size_mb:.0f} MB")
        for name, step in steps.items():
            print(f"        {name:<8} {step.wall:7.1f} s  peak {step.peak_mb:6.0f} MB")
        print(f"        collect: {summary}")
        print(f"        brief:   {steps['brief'].stderr.strip().splitlines()[-2]}")
        print(f"        chat requests the server received: {len(server.chat_requests)}")
    return steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[1000, 10000])
    args = parser.parse_args()
    small, large = (_size(count) for count in args.sizes)
    for name in ("prepare", "collect"):
        time_ratio = large[name].wall / small[name].wall
        memory_ratio = large[name].peak_mb / small[name].peak_mb
        print(f"{name}: time ratio {time_ratio:.1f}, peak memory ratio {memory_ratio:.2f}")
    both = (large["prepare"].wall + large["collect"].wall) / (
        small["prepare"].wall + small["collect"].wall
    )
    print(f"prepare + collect: time ratio {both:.1f} (target <= 11), memory: see above (flat)")


if __name__ == "__main__":
    main()
