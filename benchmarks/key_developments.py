"""overlap@N of the briefing's "Key developments" with the hand-picked developments.

    python benchmarks/key_developments.py [--n 8] [--labels] [--backend NAME --model M]

For the seeds and the development set: extract the articles (through the cache, so a
model is paid once), build the briefing and print overlap@N and, for every hand-picked
development, the rank of the line that is it; then the lines themselves. ``--labels``
extracts with the scripted server echoing the hand labels instead, which measures the
ranking alone, on extractions as good as the labels. The hand-picked lists
(``evals/developments``) were written before the ranking; the target is overlap@8 >= 0.6.
"""

from __future__ import annotations

import argparse
from contextlib import ExitStack
from pathlib import Path

from summarise import Session, build_briefing, load_articles, load_settings
from summarise.evaluation.developments import load_developments, overlap_at
from summarise.settings import Settings
from summarise.testing.fake_server import LabelEchoResponder, ScriptedModelServer

ROOT = Path(__file__).resolve().parent.parent
EVALS = ROOT / "evals"
SETS = {
    "seeds": (ROOT / "seeds", EVALS / "labels", EVALS / "developments" / "seeds.json"),
    "dev": (
        EVALS / "dev" / "articles",
        EVALS / "dev" / "labels",
        EVALS / "developments" / "dev.json",
    ),
}


def _session(stack: ExitStack, args: argparse.Namespace, labels: Path) -> Session:
    if args.labels:
        server = stack.enter_context(ScriptedModelServer(LabelEchoResponder(labels)))
        settings = Settings(base_url=server.base_url, model="label-echo", retries=0)
        return stack.enter_context(Session(settings, use_cache=False))
    flags = {"backend": args.backend, "model": args.model}
    return stack.enter_context(Session(load_settings(flags)))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--n", type=int, default=8)
    parser.add_argument("--labels", action="store_true", help="Extract by echoing the labels.")
    parser.add_argument("--backend", default=None, help="openai, local or baseline")
    parser.add_argument("--model", default=None)
    parser.add_argument("--quiet", action="store_true", help="Figures only, not the lines.")
    args = parser.parse_args()
    for name, (articles, labels, picked) in SETS.items():
        with ExitStack() as stack:
            session = _session(stack, args, labels)
            run = session.extract(load_articles([str(articles)]))
            briefing = build_briefing(run.results, backend=session.label, lead=args.n)
        developments = load_developments(picked)
        overlap = overlap_at(briefing, developments, args.n)
        found = sum(1 for rank in overlap.ranks.values() if rank is not None)
        source = "hand labels echoed" if args.labels else session.label
        share = f"{overlap.value:.3f} ({found} of {len(overlap.ranks)})"
        print(f"{name}: overlap@{args.n} = {share} [{source}]")
        for development in developments.developments:
            rank = overlap.ranks[development.id]
            where = f"line {rank}" if rank is not None else "missed"
            print(f"  {development.id} {where:>7}  {development.description[:90]}")
        if not args.quiet:
            for number, line in enumerate(briefing.key_developments, 1):
                print(f"    {number}. ({line.item}, {line.score:g}) {line.sentence[:110]}")


if __name__ == "__main__":
    main()
