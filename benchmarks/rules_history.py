"""How every rules version of the baseline scores on one labelled set, by today's scorer.

It prints figures; it is no test. Each version is exported from git into a temporary
folder, where it runs its own `summarise eval --backend baseline`; its predicted items are
then found again in the text as today's loader reads it and scored by today's scorer, so
the rows differ in their rules alone. Run on a set no version was tuned on
(`evals/synthetic/`), it shows which rounds' gains carried over to unseen text; run on dev,
how much of each gain was in-sample.

By default the versions are the last commit of each `RULES_VERSION` on the first-parent
history of HEAD. A version too old to read labels named by file stem scores nothing and
says so.

    python benchmarks/rules_history.py --labels evals/synthetic/labels \
        --articles evals/synthetic/articles [--out DIR] [REV ...]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from summarise.evaluation import EvalConfig, load_labels, score_run
from summarise.evaluation.scoring import EvalScore
from summarise.extraction.grounding import ground_extraction
from summarise.extraction.results import ArticleResult, RunResult
from summarise.loading.loader import load_articles
from summarise.schema import CATEGORIES, ExtractionDraft

ROOT = Path(__file__).resolve().parent.parent
_VERSION = re.compile(r'RULES_VERSION = "(\d+)"')


def _git(*args: str, check: bool = True) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, check=check, capture_output=True, text=True
    ).stdout


def _rules_version(rev: str) -> str | None:
    """The version a commit declares, wherever that commit kept the baseline."""
    found = _VERSION.search(
        _git("grep", "-h", "RULES_VERSION = ", rev, "--", "summarise", check=False)
    )
    return found.group(1) if found else None


def last_commit_of_each_version() -> list[tuple[str, str]]:
    """(version, commit) for the newest first-parent commit of each rules version. A commit
    declaring a lower version than one before it (a revert that also undid a bump) is
    skipped, so it is not taken for the older rules."""
    newest: dict[str, str] = {}
    highest = 0
    for rev in reversed(_git("rev-list", "--first-parent", "HEAD").split()):
        version = _rules_version(rev)
        if version is not None and int(version) >= highest:
            highest = int(version)
            newest[version] = rev
    return sorted(newest.items(), key=lambda pair: int(pair[0]))


def _extract(rev: str, labels: Path, articles: Path, record: Path) -> str | None:
    """Run ``rev``'s own eval; the error it ended with, if it did not write a record."""
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run(["git", "archive", rev], cwd=ROOT, check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", tree], input=archive.stdout, check=True)
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "summarise",
                "eval",
                "--backend",
                "baseline",
                "--no-cache",
                "--labels",
                str(labels),
                "--articles",
                str(articles),
                "--out",
                str(record),
            ],
            cwd=tree,
            check=False,
            env={**os.environ, "PYTHONPATH": tree},
            capture_output=True,
            text=True,
        )
    if record.exists():
        return None
    return (run.stderr.strip().splitlines() or ["no record written"])[-1][:160]


def _draft(predicted: dict[str, Any]) -> ExtractionDraft:
    """An old version's items as a draft, its quotes to be found again in today's text: its
    loader may have cleaned the text otherwise, so its offsets would point elsewhere."""
    items = {category: predicted.get(category, []) for category in CATEGORIES}
    for category_items in items.values():
        for item in category_items:
            item["evidence"] = [{"quote": e["quote"]} for e in item.get("evidence", [])]
    return ExtractionDraft.model_validate(items)


def rescore(record: Path, labels: Path, articles: Path) -> EvalScore:
    """``record``'s extractions scored as a live run of today's is (``score_run``): each
    label is keyed by its article's file stem, as the labelled sets name them."""
    loaded = {Path(a.path or a.id).stem: a for a in load_articles([articles]).articles}
    keyed = {loaded[stem].id: label for stem, label in load_labels(labels).items()}
    predicted = {
        Path(a["path"]).stem: a["predicted"] for a in json.loads(record.read_text())["articles"]
    }
    results = [
        ArticleResult(
            article=article,
            extraction=ground_extraction(_draft(predicted[stem]), article.text, article.id),
            backend="baseline",
        )
        for stem, article in loaded.items()
        if predicted.get(stem) is not None
    ]
    config = EvalConfig(
        backend="baseline", labels_dir=str(labels), articles_dir=str(articles), concurrency=1
    )
    articles_scored = [a for a in loaded.values() if a.id in keyed]
    return score_run(articles_scored, keyed, RunResult(results=results), config).scores


def _row(version: str, rev: str, total: EvalScore) -> str:
    positions = total.categories["positions"]
    fields = " ".join(
        f"{positions.fields[name].mean:.3f}" if name in positions.fields else "  -  "
        for name in ("holder", "stance")
    )
    counts = " ".join(
        "{0.tp}/{0.fp}/{0.fn}".format(total.categories[c].detection) for c in CATEGORIES
    )
    micro = total.micro
    return (
        f"{version:>5} {rev[:7]}  {micro.precision:.3f} {micro.recall:.3f} {micro.f1:.3f}"
        f"  {fields}  {counts}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, required=True)
    parser.add_argument("--articles", type=Path, required=True)
    parser.add_argument("--out", type=Path, help="Keep each version's run record here.")
    parser.add_argument("revs", nargs="*", help="Commits (default: each rules version's last).")
    args = parser.parse_args()
    labels, articles = args.labels.resolve(), args.articles.resolve()
    versions = [
        (_rules_version(rev) or "?", _git("rev-parse", rev).strip()) for rev in args.revs
    ] or last_commit_of_each_version()
    print(f"{len(list(labels.glob('*.json')))} labelled articles in {args.labels}, today's scorer")
    print("rules commit      P     R     F1     holder stance  positions movements contacts")
    with tempfile.TemporaryDirectory() as scratch:
        records = args.out or Path(scratch)
        records.mkdir(parents=True, exist_ok=True)
        for version, rev in versions:
            record = records / f"rules{version}-{rev[:7]}.json"
            failure = None if record.exists() else _extract(rev, labels, articles, record)
            if failure is not None:
                print(f"{version:>5} {rev[:7]}  no record: {failure}")
                continue
            print(_row(version, rev, rescore(record, labels, articles)))


if __name__ == "__main__":
    main()
