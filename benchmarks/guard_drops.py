"""Which guards of the baseline drop right items: per guard, over the open sets.

It prints figures; it is no test. The rules drop many candidates on purpose (look-alikes,
hypotheticals, history, unsure holders), and ``summarise extract --explain`` names, for each
cue word that made no item, the guard that said no. Precision is met on text nobody tuned
on while recall is not, so a guard that drops more labelled items than unlabelled ones costs
F1 there. This script reads that trace (``Trace``, exactly as ``--explain`` fills it: the
rules are not re-implemented) and sorts each dropped cue by the labels of its category
(a stance, measure or saying cue: positions; a movement or combat cue: movements; a contact
cue: contacts) whose quote holds the cue word:

- **missed**: a label the run did not find holds it: the drop may have cost a right item;
- **found**: every label holding it was found anyway (by another cue or sentence): the drop
  cost nothing;
- **none**: no label holds it: the drop kept a wrong item out.

"missed" is an upper bound: the item the guard stopped might have had the wrong holder or
stance, and another stage might have stopped it later. A guard worth reading is one whose
missed outnumber its none on several sets; ``--examples`` prints its cues in their
sentences. Guards' reasons are grouped by their wording with any quoted word ("the
clause's cue "urged" decides") blanked, so that one guard is one row. The held-out sets are
not in the list and cannot be named.

    python benchmarks/guard_drops.py [--out FILE.md] [--examples REASON-PART] [SET ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from open_sets import open_sets

from summarise.article import Article
from summarise.evaluation.harness import labelled_articles
from summarise.evaluation.scoring import score_article
from summarise.extraction.backends.baseline import RULES_VERSION, extract_article
from summarise.extraction.backends.baseline.cue_trace import CueKind
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.trace import Trace
from summarise.extraction.grounding import ground_extraction, ground_labels
from summarise.schema import ArticleExtraction, Category

ROOT = Path(__file__).resolve().parent.parent
OPEN_SETS = open_sets()

_CATEGORY: dict[CueKind, Category] = {
    "stance": "positions",
    "punitive": "positions",
    "saying": "positions",
    "movement": "military_movements",
    "combat": "military_movements",
    "contact": "diplomatic_contacts",
}
_QUOTED = re.compile(r'"[^"]*"')
_READ_AS = re.compile(r" \(read as \w+\)")
_VERDICTS = ("missed", "found", "none")
_READING = (
    "Made by `python benchmarks/guard_drops.py` from the `--explain` trace. Each row is a "
    "reason the trace gives for a cue word that made no item; each dropped cue is counted "
    "once. **missed**: a label the run did not find quotes the cue (the drop may have cost "
    "a right item: an upper bound); **found**: every label quoting it was found anyway; "
    "**none**: no label of its category quotes it (the drop kept a wrong item out); "
    "**labels missed**: the labels not found that those drops quote, each counted once. "
    "`--examples PART` lists a guard's drops in their sentences."
)


@dataclass(frozen=True)
class Drop:
    """A cue word that made no item, where it stands and what the labels say of it."""

    set: str
    article: str
    guard: str
    kind: CueKind
    cls: str
    word: str
    sentence: str
    verdict: str
    label: str | None
    # The labels not found that quote the cue, as (category, index), for counting each once.
    missed: tuple[tuple[Category, int], ...] = ()


class _SpanTrace(Trace):
    """The ``--explain`` trace, also keeping where each sentence stands: the trace names
    the sentence's cues (each with its offset) but not the sentence's span."""

    def __init__(self, article: Article) -> None:
        super().__init__(article)
        self.spans: list[tuple[int, int]] = []

    def sentence(self, s: Sentence, *drafts: Any, **named: Any) -> None:
        """The trace's own record of ``s`` (``Trace.sentence``, whatever it is given),
        then where ``s`` stands."""
        super().sentence(s, *drafts, **named)
        self.spans.append((s.start, s.end))


def guard_of(outcome: str) -> str:
    """One row per guard: its reason with quoted words and "(read as …)" blanked."""
    return _READ_AS.sub("", _QUOTED.sub('"…"', outcome))


def _labels_at(gold: ArticleExtraction, category: Category, at: int) -> list[int]:
    return [
        index
        for index, item in enumerate(gold.items(category))
        if any(
            e.start is not None and e.end is not None and e.start <= at < e.end
            for e in item.evidence
        )
    ]


def article_drops(name: str, article: Article, label: ArticleExtraction) -> list[Drop]:
    """Every cue of the article that made no item, judged against its labels."""
    trace = _SpanTrace(article)
    predicted = ground_extraction(extract_article(article, trace), article.text, article.id)
    gold = ground_labels(label, article.text)
    score = score_article(gold, predicted)
    found = {
        category: {p.gold_index for p in part.pairs} for category, part in score.categories.items()
    }
    drops: list[Drop] = []
    stem = Path(article.path).stem if article.path else article.id
    for traced, span in zip(trace.sentences, trace.spans, strict=True):
        for cue in traced.cues:
            if cue.produced:
                continue
            category = _CATEGORY[cue.kind]
            holding = _labels_at(gold, category, cue.at)
            missed = [i for i in holding if i not in found.get(category, set())]
            verdict = "missed" if missed else "found" if holding else "none"
            shown = missed or holding
            drops.append(
                Drop(
                    set=name,
                    article=stem,
                    guard=guard_of(cue.outcome),
                    kind=cue.kind,
                    cls=cue.cls,
                    word=cue.word,
                    sentence=article.text[span[0] : span[1]].strip(),
                    verdict=verdict,
                    label=_describe(gold, category, shown[0]) if shown else None,
                    missed=tuple((category, i) for i in missed),
                )
            )
    return drops


def _describe(gold: ArticleExtraction, category: Category, index: int) -> str:
    item = gold.items(category)[index]
    data = item.model_dump()
    who = data.get("holder") or data.get("actor") or {}
    what = data.get("stance") or data.get("activity") or data.get("mode")
    if category == "diplomatic_contacts":
        who = {"name": " + ".join(p["name"] for p in data["participants"])}
    return f"{who.get('name')} · {what}"


def set_drops(name: str) -> list[Drop]:
    labels_dir, articles_dir = OPEN_SETS[name]
    articles, labels = labelled_articles(ROOT / labels_dir, ROOT / articles_dir)
    return [d for a in articles for d in article_drops(name, a, labels[a.id])]


def table(drops: Iterable[Drop], sets: list[str]) -> str:
    """Per guard (most missed first): dropped, missed / found / none over all sets, the
    labels not found that its drops quote (each once: several cue words of one sentence
    may quote one label), and the sets where its missed outnumber its none."""
    per: dict[str, Counter[str]] = defaultdict(Counter)
    per_set: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    labels: dict[str, set[tuple[str, str, Category, int]]] = defaultdict(set)
    for d in drops:
        per[d.guard][d.verdict] += 1
        per_set[(d.guard, d.set)][d.verdict] += 1
        kinds[d.guard][d.kind] += 1
        labels[d.guard].update((d.set, d.article, *key) for key in d.missed)
    lines = [
        "| guard | cue kinds | dropped | missed | found | none | labels missed "
        "| sets missed > none |",
        "|---|---|---|---|---|---|---|---|",
    ]
    order = sorted(per, key=lambda g: (-per[g]["missed"], -sum(per[g].values()), g))
    for guard in order:
        counts = per[guard]
        losing = [s for s in sets if per_set[(guard, s)]["missed"] > per_set[(guard, s)]["none"]]
        cue_kinds = ", ".join(k for k, _ in kinds[guard].most_common())
        lines.append(
            f"| {guard.replace('|', '/')} | {cue_kinds} | {sum(counts.values())} | "
            f"{counts['missed']} | {counts['found']} | {counts['none']} | "
            f"{len(labels[guard])} | {len(losing)}: {' '.join(losing)} |"
        )
    return "\n".join(lines)


def set_table(drops: list[Drop], sets: list[str]) -> str:
    """Per set: dropped cues and their verdicts, to see where the drops fall."""
    lines = ["| set | dropped | missed | found | none |", "|---|---|---|---|---|"]
    for s in sets:
        counts = Counter(d.verdict for d in drops if d.set == s)
        lines.append(
            f"| {s} | {sum(counts.values())} | "
            + " | ".join(str(counts[v]) for v in _VERDICTS)
            + " |"
        )
    return "\n".join(lines)


def examples(drops: list[Drop], part: str) -> str:
    """Every drop of the guards whose reason holds ``part``, missed first."""
    chosen = sorted(
        (d for d in drops if part.lower() in d.guard.lower()),
        key=lambda d: (_VERDICTS.index(d.verdict), d.set, d.article),
    )
    return "\n".join(
        f'{d.verdict:6} {d.set}/{d.article} [{d.kind}:{d.cls} "{d.word}"] {d.guard}\n'
        f"       label: {d.label}\n       {d.sentence}"
        for d in chosen
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help=f"open sets (default all: {' '.join(OPEN_SETS)})")
    parser.add_argument("--out", type=Path, help="write the tables here (Markdown)")
    parser.add_argument("--examples", help="print the drops of the guards whose reason holds this")
    args = parser.parse_args()
    sets: list[str] = args.sets or list(OPEN_SETS)
    unknown = [s for s in sets if s not in OPEN_SETS]
    if unknown:
        print(f"not an open set: {' '.join(unknown)}", file=sys.stderr)
        return 2
    drops = [d for s in sets for d in set_drops(s)]
    report = (
        f"# Guards' drops, rules {RULES_VERSION}\n\n{_READING}\n\nSets: {' '.join(sets)}\n\n"
        f"## Per guard\n\n{table(drops, sets)}\n\n"
        f"## Per set\n\n{set_table(drops, sets)}\n"
    )
    if args.examples:
        print(examples(drops, args.examples))
        return 0
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
