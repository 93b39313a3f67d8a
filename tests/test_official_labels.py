"""The hand labels of the official documents (``evals/dev``, ``evals/test``) must hold.

They are the yardstick for every extractor: a quote the grounder cannot find scores as
missed evidence for everyone, a label without its article is never scored, and two sets
that disagree on which documents they hold would make dev and test figures incomparable.
The invented sets (``evals/synthetic`` to ``synthetic21``)
are checked the same way: the held-out ones are scored by the lead only, so a broken quote would go
unnoticed until the one run that counts. So are the construction suite's four parts
(``evals/suite/dev``, ``check``, ``check2``, ``check3``), whose point is that each construction
has one document in each.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import ROOT

from summarise.loading import load_path
from summarise.schema import CATEGORIES, ArticleExtraction

SETS = {name: ROOT / "evals" / name for name in ("dev", "test")}
SYNTHETIC = {
    name: ROOT / "evals" / name
    for name in (
        "synthetic",
        "synthetic2",
        "synthetic3",
        "synthetic4",
        "synthetic5",
        "synthetic6",
        "synthetic7",
        "synthetic8",
        "synthetic9",
        "synthetic10",
        "synthetic11",
        "synthetic12",
        "synthetic13",
        "synthetic14",
        "synthetic15",
        "synthetic16",
        "synthetic17",
        "synthetic18",
        "synthetic19",
        "synthetic20",
        "synthetic21",
    )
}
SUITE_ROOT = ROOT / "evals" / "suite"
SUITE = {name: SUITE_ROOT / name for name in ("dev", "check", "check2", "check3")}
LABEL_FILES = sorted(
    path
    for folder in (*SETS.values(), *SYNTHETIC.values(), *SUITE.values())
    for path in (folder / "labels").glob("*.json")
)


def _label(path: Path) -> ArticleExtraction:
    return ArticleExtraction.model_validate_json(path.read_text(encoding="utf-8"))


def _article_text(label_path: Path) -> str:
    [article] = load_path(label_path.parent.parent / "articles" / f"{label_path.stem}.md")
    return article.text


@pytest.mark.parametrize("folder", SETS.values(), ids=SETS.keys())
def test_every_article_has_one_label_and_every_label_its_article(folder: Path) -> None:
    articles = {path.stem for path in (folder / "articles").glob("*.md")}
    labels = {path.stem for path in (folder / "labels").glob("*.json")}
    assert articles == labels
    assert len(articles) >= 17


@pytest.mark.parametrize("folder", SYNTHETIC.values(), ids=SYNTHETIC.keys())
def test_every_synthetic_article_has_one_label_and_every_label_its_article(folder: Path) -> None:
    articles = {path.stem for path in (folder / "articles").glob("*.md")}
    labels = {path.stem for path in (folder / "labels").glob("*.json")}
    assert articles == labels
    assert len(articles) == 12


@pytest.mark.parametrize("folder", SUITE.values(), ids=SUITE.keys())
def test_every_suite_article_has_one_label_and_every_label_its_article(folder: Path) -> None:
    articles = {path.stem for path in (folder / "articles").glob("*.md")}
    labels = {path.stem for path in (folder / "labels").glob("*.json")}
    assert articles == labels
    assert len(articles) == 89


def test_each_suite_construction_has_a_document_in_each_part() -> None:
    """Documents pair up by their construction number (``m01_…`` in dev and in check)."""
    dev, *others = (
        {p.stem.split("_")[0] for p in (f / "articles").glob("*.md")} for f in SUITE.values()
    )
    assert all(other == dev for other in others)


def test_dev_and_test_share_no_document() -> None:
    dev, test = ({p.stem for p in (f / "articles").glob("*.md")} for f in SETS.values())
    assert dev & test == set()
    assert len(dev) + len(test) == 50


@pytest.mark.parametrize(
    "path", LABEL_FILES, ids=lambda p: f"{p.parent.parent.relative_to(ROOT / 'evals')}/{p.stem}"
)
def test_label_is_well_formed_and_names_its_file(path: Path) -> None:
    label = _label(path)
    assert label.article_id == path.stem
    # The suite's look-alike documents hold no item by design; every other label holds one.
    assert label.count() > 0 or SUITE_ROOT in path.parents
    for category in CATEGORIES:
        for item in label.items(category):
            quotes = [evidence.quote for evidence in item.evidence]
            assert quotes, f"{category} item without evidence"
            assert len(quotes) == len(set(quotes)), f"duplicate quote in {category}: {quotes}"
            for evidence in item.evidence:
                assert (evidence.start, evidence.end, evidence.match) == (None, None, None)
                assert evidence.quote == evidence.quote.strip()
                assert "\n" not in evidence.quote
            if item.date is not None:
                date.fromisoformat(item.date)
            quantity = getattr(item, "quantity", None)
            if quantity is not None and quantity.high is not None:
                assert quantity.high >= quantity.low


@pytest.mark.parametrize(
    "path", LABEL_FILES, ids=lambda p: f"{p.parent.parent.relative_to(ROOT / 'evals')}/{p.stem}"
)
def test_every_quote_is_verbatim_in_the_article_body(path: Path) -> None:
    """The body excludes the front matter, so a title or licence line cannot pass."""
    label = _label(path)
    text = _article_text(path)
    missing = [
        (category, index, evidence.quote)
        for category in CATEGORIES
        for index, item in enumerate(label.items(category))
        for evidence in item.evidence
        if evidence.quote not in text
    ]
    assert missing == []
