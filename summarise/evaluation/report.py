"""An eval run as one self-contained HTML page, for reading what the numbers hide.

The page shows each article's text with gold and predicted quotes highlighted, and the
items side by side, so a reviewer can see why a pair matched or an item was missed. It
must open from a file with no network (inline CSS, no scripts, no external assets), and
every string that came from an article or a model is untrusted: the template is
autoescaped, and article text reaches it only as plain segments, never as markup.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import jinja2

from summarise.evaluation.compare import Comparison
from summarise.evaluation.metrics import threshold_results
from summarise.evaluation.record import EvalRun
from summarise.evaluation.scoring import CategoryResult, describe
from summarise.schema import CATEGORIES, ArticleExtraction, Category, Evidence, item_id

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("summarise.evaluation", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class Segment:
    """A run of article text and which quotes cover it."""

    text: str
    gold: tuple[str, ...] = ()
    predicted: tuple[str, ...] = ()

    @property
    def css(self) -> str:
        if self.gold and self.predicted:
            return "both"
        return "gold" if self.gold else "pred"

    @property
    def title(self) -> str:
        return ", ".join(
            [*(f"gold {r}" for r in self.gold), *(f"pred {r}" for r in self.predicted)]
        )


@dataclass(frozen=True)
class ItemView:
    ref: str
    description: str
    quotes: list[tuple[str, str]]


@dataclass
class RowView:
    """One line of the side-by-side table: a pair, a missed gold item or a spurious one."""

    kind: str
    gold: ItemView | None = None
    predicted: ItemView | None = None
    similarity: float | None = None
    wrong_fields: list[str] = field(default_factory=list)


def _ref(category: Category, index: int) -> str:
    """Items are labelled like briefing items, counted from one within their category."""
    return item_id(category, index + 1)


def _spans(extraction: ArticleExtraction | None) -> list[tuple[int, int, str]]:
    if extraction is None:
        return []
    return [
        (e.start, e.end, _ref(category, index))
        for category in CATEGORIES
        for index, item in enumerate(extraction.items(category))
        for e in item.evidence
        if isinstance(e, Evidence) and e.grounded and e.start is not None and e.end is not None
    ]


def segments(
    text: str, gold: ArticleExtraction, predicted: ArticleExtraction | None
) -> list[Segment]:
    """The text cut at every quote boundary; each piece knows the quotes covering it."""
    gold_spans, predicted_spans = _spans(gold), _spans(predicted)
    cuts = {0, len(text)}
    for start, end, _ in gold_spans + predicted_spans:
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    bounds = sorted(cuts)
    pieces = []
    for start, end in itertools.pairwise(bounds):
        pieces.append(
            Segment(
                text=text[start:end],
                gold=tuple(r for s, e, r in gold_spans if s <= start and end <= e),
                predicted=tuple(r for s, e, r in predicted_spans if s <= start and end <= e),
            )
        )
    return pieces


def _item(category: Category, index: int, item: Any) -> ItemView:
    quotes: list[tuple[str, str]] = [
        (e.quote, e.match if isinstance(e, Evidence) and e.match else "none") for e in item.evidence
    ]
    return ItemView(ref=_ref(category, index), description=describe(category, item), quotes=quotes)


def _rows(
    result: CategoryResult, gold: ArticleExtraction, predicted: ArticleExtraction | None
) -> list[RowView]:
    category = result.category
    gold_items = gold.items(category)
    predicted_items = predicted.items(category) if predicted else []
    rows = [
        RowView(
            kind="matched",
            gold=_item(category, pair.gold_index, gold_items[pair.gold_index]),
            predicted=_item(category, pair.predicted_index, predicted_items[pair.predicted_index]),
            similarity=pair.similarity.total,
            wrong_fields=[name for name, score in pair.fields.items() if score < 1.0],
        )
        for pair in result.pairs
    ]
    rows += [
        RowView(kind="missed", gold=_item(category, m.gold_index, gold_items[m.gold_index]))
        for m in result.missed
    ]
    rows += [
        RowView(
            kind="spurious" if s.grounded else "ungrounded",
            predicted=_item(category, s.predicted_index, predicted_items[s.predicted_index]),
        )
        for s in result.spurious
    ]
    return rows


def render_report(
    run: EvalRun,
    *,
    comparison: Comparison | None = None,
    thresholds: Sequence[tuple[str, float]] = (),
) -> str:
    """The report as a string rather than a file, so the caller decides where it goes and
    writes it atomically, and tests read it without touching the disk. With a
    ``comparison`` it shows how each metric moved and the gold items gained and lost; with
    ``thresholds``, the ``--fail-under`` verdict, each threshold met or not."""
    articles = [
        {
            "eval": article,
            "segments": segments(article.text, article.gold, article.predicted),
            "categories": [
                (
                    category,
                    _rows(article.score.categories[category], article.gold, article.predicted),
                )
                for category in CATEGORIES
            ],
        }
        for article in run.articles
    ]
    verdict = threshold_results(run, thresholds)
    return _ENV.get_template("eval_report.html.j2").render(
        run=run,
        articles=articles,
        comparison=comparison,
        verdict=verdict,
        passed=all(t.passed for t in verdict),
    )
