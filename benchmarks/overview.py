"""The model-written overview: how much of it survives the check, and at what cost.

    python benchmarks/overview.py --model PATH.gguf [--items baseline|labels] [--max-tokens N]
    python benchmarks/overview.py --base-url http://127.0.0.1:8000/v1 --model NAME

For the seeds and the development set, the items come from the offline baseline (or from
the hand labels, ``--items labels``); the overview is written by the configured model
(``--model PATH.gguf`` runs the local backend) and checked. Prints, per set, the sentences
written and kept, why the others were dropped, the numbers and capitalised words of the
kept sentences that are not in their cited items' quotes and names (read plainly, apart
from the check: it must be zero), the time and tokens; then every sentence. Uses no cache.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from summarise import Session, build_briefing, load_articles, load_settings
from summarise.briefing import Briefing
from summarise.evaluation.labels import load_labels
from summarise.extraction.grounding import ground_labels
from summarise.extraction.results import ArticleResult

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "seeds": (ROOT / "seeds", ROOT / "evals" / "labels"),
    "dev": (ROOT / "evals" / "dev" / "articles", ROOT / "evals" / "dev" / "labels"),
}


def _briefing(articles: Path, labels: Path, items: str) -> Briefing:
    loaded = load_articles([str(articles)])
    if items == "labels":
        gold = load_labels(labels)
        # A label names its article by content id or by file stem.
        named = {a.id: a for a in loaded.articles}
        named.update({Path(a.path).stem: a for a in loaded.articles if a.path})
        results = [
            ArticleResult(
                article=named[name],
                extraction=ground_labels(label, named[name].text),
                backend="labels",
            )
            for name, label in gold.items()
            if name in named
        ]
        return build_briefing(results, backend="labels")
    with Session(load_settings({"backend": "baseline"}), use_cache=False) as session:
        run = session.extract(loaded)
    return build_briefing(run.results, backend=session.label)


def _plainly_unsupported(briefing: Briefing, text: str, item_ids: list[str]) -> list[str]:
    """Figures and capitalised words (after the first) absent from the cited items' quotes
    and party names: a reading of the claim that does not use the check's own rules."""
    items = [i for i in (briefing.item(x) for x in item_ids) if i is not None]
    names = [e.actor.name for e in briefing.actors if any(e.actor.id in i.parties for i in items)]
    evidence = " ".join([*(q.span for i in items for r in i.reports for q in r.quotes), *names])
    plain = evidence.replace(",", "")
    figures = [n for n in re.findall(r"\d[\d,]*", text) if n.replace(",", "") not in plain]
    words = [w for w in re.findall(r"(?<!^)\b[A-Z][a-z]+", text) if w not in evidence]
    return figures + words


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--model", required=True, help="A .gguf file, or a model name")
    parser.add_argument("--base-url", default=None)
    parser.add_argument("--items", choices=["baseline", "labels"], default="baseline")
    parser.add_argument("--max-tokens", type=int, default=1024)
    parser.add_argument("--sets", nargs="+", choices=list(SETS), default=list(SETS))
    args = parser.parse_args()
    flags = {"model": args.model, "base_url": args.base_url, "max_tokens": args.max_tokens}
    settings = load_settings(flags)
    with Session(settings, use_cache=False) as session:
        for name in args.sets:
            briefing = _briefing(*SETS[name], args.items)
            clock = time.perf_counter()
            run = session.overview(briefing)
            seconds = time.perf_counter() - clock
            if run is None:
                print(f"{name}: no items")
                continue
            o = run.overview
            plainly = [
                miss for c in o.claims for miss in _plainly_unsupported(briefing, c.text, c.items)
            ]
            share = len(o.claims) / o.written if o.written else 0.0
            print(
                f"{name} [{args.items} items, {session.label}]: {len(o.claims)} of {o.written} "
                f"sentences kept ({share:.0%}); dropped {o.dropped_for('uncited')} uncited, "
                f"{o.dropped_for('unknown_item')} unknown item, "
                f"{o.dropped_for('unsupported')} unsupported, {o.dropped_for('repeated')} "
                "repeated; unsupported in kept: "
                f"{len(plainly)} {plainly}; {seconds:.1f}s, {run.usage.total_tokens:,} tokens"
            )
            for claim in o.claims:
                print(f"  kept    {claim.text} {claim.items}")
            for dropped in o.dropped:
                print(
                    f"  dropped {dropped.reason}: {dropped.text} {dropped.items} {dropped.detail}"
                )


if __name__ == "__main__":
    main()
