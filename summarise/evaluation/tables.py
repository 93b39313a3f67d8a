"""An eval run as rich tables for the terminal: the numbers at a glance.

Rates print with three decimals everywhere, so a table and a comparison line up digit for
digit; the HTML report (``summarise.evaluation.report``) is where the items behind the
numbers are read.
"""

from __future__ import annotations

from rich.table import Table

from summarise.evaluation.compare import Comparison
from summarise.evaluation.record import EvalRun
from summarise.evaluation.scoring import Detection, Rate
from summarise.plural import counted

# What a rate with nothing to divide by prints as (``Detection.undefined``): its vacuous 1
# would read as a perfect score.
UNDEFINED = "n/a"


def _rate(value: float) -> str:
    return f"{value:.3f}"


def _detected(d: Detection, rate: Rate) -> str:
    return UNDEFINED if rate in d.undefined else _rate(getattr(d, rate))


def _detection_row(
    name: str, gold: int, predicted: int, d: Detection, grounded: float
) -> tuple[str, ...]:
    return (
        name,
        str(gold),
        str(predicted),
        str(d.tp),
        str(d.fp),
        str(d.fn),
        _detected(d, "precision"),
        _detected(d, "recall"),
        _detected(d, "f1"),
        _rate(grounded),
    )


def format_table(run: EvalRun) -> Table:
    """Detection per category, then micro and macro, with grounding."""
    scores = run.scores
    table = Table(title=f"Eval: {run.config.backend}, {counted(scores.articles, 'article')}")
    for column in ("category", "gold", "pred", "TP", "FP", "FN", "P", "R", "F1", "grounded"):
        table.add_column(column, justify="left" if column == "category" else "right")
    for category, s in scores.categories.items():
        table.add_row(
            *_detection_row(
                category, s.gold_items, s.predicted_items, s.detection, s.grounded_share
            )
        )
    gold = sum(s.gold_items for s in scores.categories.values())
    predicted = sum(s.predicted_items for s in scores.categories.values())
    table.add_section()
    table.add_row(*_detection_row("micro", gold, predicted, scores.micro, scores.grounded_share))
    table.add_row(
        "macro",
        *[""] * 5,
        _rate(scores.macro_precision),
        _rate(scores.macro_recall),
        _rate(scores.macro_f1),
        "",
    )
    cost = scores.cost
    table.caption = (
        f"schema-valid {scores.schema_valid_share:.0%} · mean attempts {cost.mean_attempts:.2f} · "
        f"mean tokens {cost.mean_tokens:.0f} · mean {cost.mean_seconds:.1f}s per fresh article · "
        f"{cost.cached} cached"
    )
    details = [s.detection for s in scores.categories.values()]
    if any(d.undefined for d in [*details, scores.micro]):
        table.caption += (
            f"\n{UNDEFINED}: no prediction (P) or no gold item (R); macro counts it as 1"
        )
    return table


def format_fields_table(run: EvalRun) -> Table:
    """Field scores on matched pairs: partial credit, apart from detection."""
    table = Table(title="Fields on matched pairs (mean score)")
    for column in ("category", "field", "pairs", "score"):
        table.add_column(column, justify="right" if column in ("pairs", "score") else "left")
    for category, s in run.scores.categories.items():
        for name, field in s.fields.items():
            table.add_row(category, name, str(field.n), _rate(field.mean))
    return table


def format_articles_table(run: EvalRun) -> Table:
    """Per-article detection, so one bad article stands out from the totals."""
    table = Table(title="Per article")
    for column in ("article", "gold", "pred", "TP", "FP", "FN", "F1", "note"):
        table.add_column(column, justify="left" if column in ("article", "note") else "right")
    for article in run.articles:
        d = article.score.detection
        predicted = article.predicted.count() if article.predicted else 0
        note = "failed" if article.failure else "cached" if article.cached else ""
        table.add_row(
            article.short_name,
            str(article.gold.count()),
            str(predicted),
            str(d.tp),
            str(d.fp),
            str(d.fn),
            _detected(d, "f1"),
            note,
        )
    return table


def format_comparison(comparison: Comparison) -> Table:
    stamp = comparison.previous_timestamp.strftime("%Y-%m-%d %H:%M")
    labels = f", labels {comparison.previous_labels}" if comparison.previous_labels else ""
    versions = (
        f" ({comparison.previous_version} then, {comparison.current_version} now)"
        if comparison.previous_version or comparison.current_version
        else ""
    )
    table = Table(
        title=f"Against {comparison.previous_backend} run of {stamp} UTC{labels}{versions}"
    )
    for column in ("metric", "previous", "current", "change"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for m in comparison.metrics:
        table.add_row(m.metric, _rate(m.previous), _rate(m.current), f"{m.delta:+.3f}")
    return table


def format_item_changes(comparison: Comparison) -> Table:
    """Gold items found now but not before (+) and found before but not now (-)."""
    table = Table(title="Gold items gained (+) and lost (-)")
    for column in ("", "article", "category", "item", "description"):
        table.add_column(column)
    changes = [("+", c) for c in comparison.gained] + [("-", c) for c in comparison.lost]
    for sign, c in changes:
        table.add_row(sign, c.article, c.category, str(c.gold_index), c.description)
    if not changes:
        table.add_row("", "none", "", "", "every gold item is found as it was before")
    return table


def format_pair_changes(comparison: Comparison) -> Table:
    """Gold items matched both times whose fields scored otherwise: a stance or holder put
    right or wrong, which the detection counts and the items gained and lost never show."""
    table = Table(title="Matched items whose fields changed (score then → now)")
    for column in ("article", "category", "item", "fields", "predicted now (was)"):
        table.add_column(column)
    for c in comparison.changed:
        moved = ", ".join(
            f"{name} {then:.2f} → {now:.2f}" for name, (then, now) in sorted(c.fields.items())
        )
        table.add_row(
            c.article, c.category, str(c.gold_index), moved, f"{c.current} (was {c.previous})"
        )
    if not comparison.changed:
        table.add_row("none", "", "", "", "every item matched both times scored as before")
    return table


def format_spurious_changes(comparison: Comparison) -> Table:
    """False positives made now but not before (+) and no longer made (-): a change that
    finds a gold item may also add a wrong one, which the gold items alone never show."""
    table = Table(title="False positives added (+) and gone (-)")
    for column in ("", "article", "category", "description"):
        table.add_column(column)
    changes = [("+", c) for c in comparison.new_spurious] + [
        ("-", c) for c in comparison.gone_spurious
    ]
    for sign, c in changes:
        table.add_row(sign, c.article, c.category, c.description)
    if not changes:
        table.add_row("", "none", "", "the same predicted items match no gold item as before")
    return table
