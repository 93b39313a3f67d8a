"""The hand labels in ``evals/labels`` are the yardstick for every change, so they must hold.

A label that fails here would silently cost every model the same points: a quote the
grounder cannot find scores as missed evidence, a quote from a caption rewards extracting
furniture, an id that matches no article is never scored at all.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers import LABELS, SEED_FILES, SEEDS

from summarise.article import Article
from summarise.loading.loader import load_path
from summarise.schema import CATEGORIES, ArticleExtraction

LABEL_FILES = sorted(LABELS.glob("*.json"))

# Lines of the seed pages that are not article content, as judged by the labeller. Kept here
# rather than taken from the cleaner so that a cleaner bug cannot make a furniture quote pass.
FURNITURE_LINES: dict[str, frozenset[str]] = {
    "002_bb8825394ff40439": frozenset(
        {
            "29 January 2022, 07:38 | Updated: 29 January 2022, 09:49",
            "Boris Johnson and Vladimir Putin will speak over the phone this weekend.",
            "Boris Johnson and Vladimir Putin will speak over the phone this weekend. "
            "Picture: Alamy",
            "By Sophie Barnett",
            "Listen to this article",
            "Loading audio...",
            "Read more: Russia's sons won't come home if they invade Ukraine: Boris issues "
            "stark warning to Putin",
            "Read more: US paratroops on standby and UK braced for Russian cyber attacks as "
            "Ukraine tensions rise",
            "Russia is not 'dumb enough' to take invade Ukraine and take such a 'massive risk'",
            "Read more: Russia not 'dumb enough' to launch full-scale Ukraine invasion - "
            "ex-ambassador",
            "Truss: West needs to deter Russia from invading Ukraine",
            "Read more: Ukraine: UK in 'advanced' talks over sending hundreds of troops as "
            "Russian invasion threat looms",
            "Former Russia Ambo warns of situation on Ukraine border",
        }
    ),
    "003_f641668f5ed2ac43": frozenset(
        {
            "• Oops!",
            "Something went wrong.",
            "Please try again later.",
            "British Prime Minister Boris Johnson records an address to the nation",
        }
    ),
}
# Where a page's trailing list of other stories begins; everything from it on is furniture.
STORY_LIST_START: dict[str, str] = {"002_bb8825394ff40439": "Latest World News"}


def _label(path: Path) -> ArticleExtraction:
    return ArticleExtraction.model_validate_json(path.read_text(encoding="utf-8"))


def _seed_articles() -> dict[Path, Article]:
    articles: dict[Path, Article] = {}
    for path in SEED_FILES:
        [article] = load_path(path)
        articles[path] = article
    return articles


SEED_ARTICLES = _seed_articles()


def _seed_of(label: ArticleExtraction) -> tuple[Path, Article]:
    [(path, article)] = [(p, a) for p, a in SEED_ARTICLES.items() if a.id == label.article_id]
    return path, article


def _body_lines(seed: Path) -> list[str]:
    """The seed's lines that are article content: every line before the story list,
    stripped, minus the known furniture."""
    furniture = FURNITURE_LINES.get(seed.stem, frozenset())
    lines: list[str] = []
    for raw in seed.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line == STORY_LIST_START.get(seed.stem):
            break
        if line and line not in furniture:
            lines.append(line)
    return lines


def _quotes(label: ArticleExtraction) -> list[tuple[str, int, list[str]]]:
    """(category, item index, the item's quotes) for every item of the label."""
    return [
        (category, index, [evidence.quote for evidence in item.evidence])
        for category in CATEGORIES
        for index, item in enumerate(label.items(category))
    ]


def test_every_seed_is_labelled() -> None:
    labelled = {_label(path).article_id for path in LABEL_FILES}
    assert {article.id for article in SEED_ARTICLES.values()} <= labelled


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: p.stem)
def test_label_names_its_seed_and_matches_exactly_one(path: Path) -> None:
    label = _label(path)
    matches = [seed for seed, article in SEED_ARTICLES.items() if article.id == label.article_id]
    assert [seed.stem for seed in matches] == [path.stem]


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: p.stem)
def test_label_is_quote_only_and_well_formed(path: Path) -> None:
    label = _label(path)
    assert label.count() > 0
    for category in CATEGORIES:
        for item in label.items(category):
            assert item.evidence, f"{category} item without evidence"
            quotes = [evidence.quote for evidence in item.evidence]
            assert len(quotes) == len(set(quotes)), f"duplicate quote in {category}: {quotes}"
            for evidence in item.evidence:
                assert (evidence.start, evidence.end, evidence.match) == (None, None, None)
                assert evidence.quote == evidence.quote.strip()
            if item.date is not None:
                date.fromisoformat(item.date)
            quantity = getattr(item, "quantity", None)
            if quantity is not None and quantity.high is not None:
                assert quantity.high >= quantity.low


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: p.stem)
def test_every_quote_is_verbatim_in_the_cleaned_article(path: Path) -> None:
    label = _label(path)
    _, article = _seed_of(label)
    missing = [
        (category, index, quote)
        for category, index, quotes in _quotes(label)
        for quote in quotes
        if quote not in article.text
    ]
    assert missing == []


@pytest.mark.parametrize("path", LABEL_FILES, ids=lambda p: p.stem)
def test_no_quote_comes_from_furniture(path: Path) -> None:
    label = _label(path)
    seed, _ = _seed_of(label)
    body = _body_lines(seed)
    from_furniture = [
        (category, index, quote)
        for category, index, quotes in _quotes(label)
        for quote in quotes
        if not any(quote in line for line in body)
    ]
    assert from_furniture == []


def _seed_lines(stem: str) -> set[str]:
    return {line.strip() for line in (SEEDS / f"{stem}.txt").read_text("utf-8").splitlines()}


def test_furniture_lists_name_real_lines() -> None:
    """A furniture line that drifted from the seed's text would guard nothing."""
    for stem, lines in FURNITURE_LINES.items():
        assert lines <= _seed_lines(stem)
    for stem, heading in STORY_LIST_START.items():
        assert heading in _seed_lines(stem)
