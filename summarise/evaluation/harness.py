"""Running an eval: extract the labelled articles, score each against its label, add up."""

from __future__ import annotations

import platform
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextlib import suppress
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from summarise.article import Article
from summarise.errors import ConfigError
from summarise.evaluation.labels import load_labels
from summarise.evaluation.record import ArticleEval, EvalConfig, EvalRun, Versions
from summarise.evaluation.scoring import RunCost, aggregate, describe, score_article
from summarise.extraction.backends.base import Backend, Usage
from summarise.extraction.grounding import ground_labels
from summarise.extraction.results import ArticleFailure, ArticleResult, RunResult
from summarise.loading.loader import load_articles
from summarise.schema import CATEGORIES, ArticleExtraction, is_grounded


def _versions() -> Versions:
    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "not installed"

    return Versions(
        summarise=version("summarise"),
        python=platform.python_version(),
        instructor=version("instructor"),
        openai=version("openai"),
        pydantic=version("pydantic"),
    )


def _names(article: Article, articles_dir: Path) -> list[str]:
    """What a label may call its article: the content id, the file stem, or the path
    relative to the articles folder (with or without its suffix)."""
    names = [article.id]
    if article.path:
        path = Path(article.path)
        names.append(path.stem)
        with suppress(ValueError):
            relative = path.relative_to(articles_dir)
            names += [relative.as_posix(), relative.with_suffix("").as_posix()]
    return names


def _select(
    labels: dict[str, ArticleExtraction], articles_dir: Path, *, strict: bool
) -> tuple[list[Article], dict[str, ArticleExtraction], list[str]]:
    """The labelled articles, their labels keyed by the articles' content ids, and a warning
    for each label whose article is not there.

    A label names its article by content id (which survives renaming the file) or, easier
    to write by hand, by file stem or relative path. A label without its article is left
    out with a warning, so one missing file does not cost the whole eval; ``strict`` makes
    it an error, as it must be for a gate in CI. No article at all is always an error.
    """
    loaded = load_articles([articles_dir])
    by_name: dict[str, Article] = {}
    for article in loaded.articles:
        for name in _names(article, articles_dir):
            by_name.setdefault(name, article)
    missing = sorted(set(labels) - set(by_name))
    if missing and (strict or len(missing) == len(labels)):
        unreadable = "; ".join(f"{f.name}: {f.reason}" for f in loaded.failures)
        hint = f" Unreadable files: {unreadable}." if unreadable else ""
        which = f"label {missing[0]}" if len(missing) == 1 else f"labels {', '.join(missing)}"
        raise ConfigError(
            f"No article in {articles_dir} for {which}: add the articles or point --articles "
            f"at them.{hint}"
        )
    warnings = [
        f"No article in {articles_dir} for label {name}: it is not scored; add the article or "
        "point --articles at it."
        for name in missing
    ]
    keyed = {
        by_name[name].id: label.model_copy(update={"article_id": by_name[name].id})
        for name, label in labels.items()
        if name in by_name
    }
    return [article for article in loaded.articles if article.id in keyed], keyed, warnings


def _gold_warnings(article: str, gold: ArticleExtraction) -> list[str]:
    return [
        f"Label of {article}: {category}[{index}] has no quote found in the article "
        f"({describe(category, item)}); it can never be matched, so fix the quote."
        for category in CATEGORIES
        for index, item in enumerate(gold.items(category))
        if not is_grounded(item)
    ]


def _article_eval(
    article: Article,
    label: ArticleExtraction,
    outcome: ArticleResult | ArticleFailure | None,
) -> ArticleEval:
    result = outcome if isinstance(outcome, ArticleResult) else None
    failure = None
    if isinstance(outcome, ArticleFailure):
        failure = outcome.reason
    elif result is None:
        failure = "the run returned no extraction for this article"
    gold = ground_labels(label, article.text)
    predicted = result.extraction if result else None
    return ArticleEval(
        article_id=article.id,
        title=article.title,
        path=article.path,
        text=article.text,
        gold=gold,
        predicted=predicted,
        failure=failure,
        cached=result.cached if result else False,
        # A failed extraction cost its attempts and tokens too; the record keeps them.
        attempts=outcome.attempts if outcome is not None else 0,
        usage=outcome.usage if outcome is not None else Usage(),
        seconds=result.seconds if result else 0.0,
        score=score_article(gold, predicted, schema_valid=result is not None),
    )


def run_cost(articles: Sequence[ArticleEval], total_seconds: float) -> RunCost:
    """Means over extracted articles; wall time over fresh ones only, as a hit costs nothing.

    Tokens and attempts of a cached article are those of the run that paid for it, so a
    re-run from cache reports the same cost as the original.
    """
    extracted = [a for a in articles if a.predicted is not None]
    fresh = [a for a in extracted if not a.cached]
    n = len(extracted) or 1
    return RunCost(
        articles=len(extracted),
        mean_attempts=sum(a.attempts for a in extracted) / n,
        mean_prompt_tokens=sum(a.usage.prompt_tokens for a in extracted) / n,
        mean_completion_tokens=sum(a.usage.completion_tokens for a in extracted) / n,
        mean_seconds=sum(a.seconds for a in fresh) / (len(fresh) or 1),
        total_seconds=total_seconds,
        cached=len(extracted) - len(fresh),
    )


def score_run(
    articles: Sequence[Article],
    labels: Mapping[str, ArticleExtraction],
    run: RunResult,
    config: EvalConfig,
    *,
    timestamp: datetime | None = None,
) -> EvalRun:
    """Score the labelled ones of ``articles``; an article without a result scores empty.

    Separate from ``run_eval`` so extractions obtained another way (a saved run, a test) are
    scored exactly as a live run would be.
    """
    outcomes: dict[str, ArticleResult | ArticleFailure] = {r.article.id: r for r in run.results}
    outcomes.update({f.article_id: f for f in run.failures if f.article_id is not None})
    evals = [_article_eval(a, labels[a.id], outcomes.get(a.id)) for a in articles if a.id in labels]
    warnings = [w for e in evals for w in _gold_warnings(e.path or e.name, e.gold)]
    warnings += [f"{e.name}: not extracted: {e.failure}" for e in evals if e.failure]
    return EvalRun(
        config=config,
        versions=_versions(),
        timestamp=timestamp or datetime.now(UTC),
        articles=evals,
        scores=aggregate((e.score for e in evals), run_cost(evals, run.stats.seconds)),
        warnings=warnings,
    )


async def run_eval(
    labels_dir: Path,
    articles_dir: Path,
    backend: Backend,
    extract: Callable[[list[Article]], Awaitable[RunResult]],
    *,
    concurrency: int = 4,
    strict: bool = False,
) -> EvalRun:
    """Extract every labelled article (``extract``, the session's) and score it.

    A failed article scores as an empty prediction and is named in the warnings, as is a
    label whose article is missing (an error when ``strict``). ``backend`` is asked only
    for its identity, which the run record keeps.
    """
    articles, labels, unmatched = _select(load_labels(labels_dir), articles_dir, strict=strict)
    timestamp = datetime.now(UTC)
    identity = backend.identity()
    prompt_version = identity.get("prompt_version")
    config = EvalConfig(
        backend=backend.name,
        identity=identity,
        prompt_version=None if prompt_version is None else str(prompt_version),
        labels_dir=str(labels_dir),
        articles_dir=str(articles_dir),
        concurrency=concurrency,
    )
    run = await extract(articles)
    scored = score_run(articles, labels, run, config, timestamp=timestamp)
    return scored.model_copy(update={"warnings": [*unmatched, *scored.warnings]})
