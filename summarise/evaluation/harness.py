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
from summarise.evaluation.labels import load_labels, read_labels
from summarise.evaluation.record import ArticleEval, EvalConfig, EvalRun, Versions
from summarise.evaluation.scoring import RunCost, aggregate, describe, score_article
from summarise.extraction.backends.base import Backend, Usage
from summarise.extraction.grounding import ground_labels
from summarise.extraction.results import ArticleFailure, ArticleResult, RunResult
from summarise.loading.loader import load_articles
from summarise.plural import counted
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


def read_only_list(path: Path) -> frozenset[str]:
    """The articles a list file names, one a line (file stem or relative path; blank lines
    and ``#`` comments skipped): a committed half of a labelled set, so the A/B protocol is
    one flag rather than folders of links."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"--only {path}: cannot read it ({exc.strerror}).") from exc
    names = frozenset(n for line in lines if (n := line.split("#", 1)[0].strip()))
    if not names:
        raise ConfigError(f"--only {path} names no article: list one file stem a line.")
    return names


def _only(loaded: list[Article], articles_dir: Path, only: frozenset[str]) -> list[Article]:
    """The articles ``only`` names; a name matching none is a typo in the list, and an
    error, since scoring a smaller set than meant would go unseen."""
    chosen = [a for a in loaded if only.intersection(_names(a, articles_dir))]
    known = {name for a in chosen for name in _names(a, articles_dir)}
    unknown = sorted(only - known)
    if unknown:
        raise ConfigError(
            f"--only names {counted(len(unknown), 'article')} not in {articles_dir} "
            f"({', '.join(unknown[:3])}{', …' if len(unknown) > 3 else ''}): fix the list "
            "or point --articles at its folder."
        )
    return chosen


def _select(
    labels: dict[str, ArticleExtraction],
    articles_dir: Path,
    *,
    strict: bool,
    only: frozenset[str] | None = None,
    unreadable_labels: frozenset[str] = frozenset(),
) -> tuple[list[Article], dict[str, ArticleExtraction], list[str]]:
    """The labelled articles, their labels keyed by the articles' content ids, and a warning
    for each label whose article is not there.

    A label names its article by content id (which survives renaming the file) or, easier
    to write by hand, by file stem or relative path. A label without its article is left
    out with a warning, so one missing file does not cost the whole eval; ``strict`` makes
    it an error, as it must be for a gate in CI. No article at all is always an error.
    With ``only``, the labels of the articles it does not name are ignored, not missing.
    Articles no label names are counted in one warning, but for those named by the stem of
    a label file that could not be read (``unreadable_labels``), whose own warning says why
    they are not scored.
    """
    if not articles_dir.exists():
        raise ConfigError(f"Articles folder {articles_dir} does not exist: check --articles.")
    loaded = load_articles([articles_dir])
    by_name: dict[str, Article] = {}
    for article in loaded.articles:
        for name in _names(article, articles_dir):
            by_name.setdefault(name, article)
    if only is not None:
        chosen = {a.id for a in _only(loaded.articles, articles_dir, only)}
        by_name = {name: a for name, a in by_name.items() if a.id in chosen}
        labels = {name: label for name, label in labels.items() if name in by_name}
    missing = sorted(set(labels) - set(by_name))
    if missing and (strict or len(missing) == len(labels)):
        unreadable = "; ".join(f"{f.name}: {f.reason}" for f in loaded.failures)
        hint = f" Unreadable files: {unreadable}." if unreadable else ""
        which = f"label {missing[0]}" if len(missing) == 1 else f"labels {_listed(missing)}"
        raise ConfigError(
            f"No article in {articles_dir} for {which}: add the articles or point --articles "
            f"at them.{hint}"
        )
    if len(missing) > _NAMED_MISSING:
        # "--articles one-file.md" left every other label without its article: a line each
        # buried the scores under dozens of warnings saying one thing.
        warnings = [
            f"No article in {articles_dir} for labels {_listed(missing)}: they are not "
            "scored; add the articles or point --articles at their folder."
        ]
    else:
        warnings = [
            f"No article in {articles_dir} for label {name}: it is not scored; add the article "
            "or point --articles at it."
            for name in missing
        ]
    keyed = {
        by_name[name].id: label.model_copy(update={"article_id": by_name[name].id})
        for name, label in labels.items()
        if name in by_name
    }
    unlabelled = [
        a
        for a in {a.id: a for a in by_name.values()}.values()
        if a.id not in keyed and not unreadable_labels.intersection(_names(a, articles_dir))
    ]
    if unlabelled:
        warnings.append(_unlabelled_warning(unlabelled, articles_dir))
    return [article for article in loaded.articles if article.id in keyed], keyed, warnings


def _unlabelled_warning(articles: Sequence[Article], articles_dir: Path) -> str:
    """One line for the articles no label names: an article added and never labelled
    would otherwise leave the set smaller than its folder, unseen."""
    names = [Path(a.path).name if a.path else a.id for a in articles]
    shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
    has, is_, them = ("has", "is", "it") if len(names) == 1 else ("have", "are", "them")
    return (
        f"{counted(len(names), 'article')} in {articles_dir} {has} no label and {is_} not "
        f"scored ({shown}): label {them} (summarise label ARTICLE --out LABELS_DIR) or move "
        f"{them} out of the folder."
    )


def labelled_articles(
    labels_dir: Path, articles_dir: Path
) -> tuple[list[Article], dict[str, ArticleExtraction]]:
    """The labelled articles of a set and their labels by article id, read as an eval
    reads them, for measurements made beside an eval (``summarise.evaluation.shapes``)."""
    articles, labels, _ = _select(load_labels(labels_dir), articles_dir, strict=False)
    return articles, labels


def _gold_warnings(article: str, gold: ArticleExtraction) -> list[str]:
    """A label's quotes that cannot match, and those found only approximately: the grounder
    forgives a doubled space or a straight quote mark, so such a label scores, but the
    labels' own tests ask for the article's exact text, and a labeller hears of it here
    rather than from a failing test after the set is committed."""
    warnings: list[str] = []
    for category in CATEGORIES:
        for index, item in enumerate(gold.items(category)):
            if not is_grounded(item):
                warnings.append(
                    f"Label of {article}: {category}[{index}] has no quote found in the article "
                    f"({describe(category, item)}); it can never be matched, so fix the quote."
                )
            elif any(e.match in ("normalised", "fuzzy") for e in item.evidence):
                warnings.append(
                    f"Label of {article}: {category}[{index}] quotes the article only "
                    f"approximately ({describe(category, item)}): copy the quote exactly from "
                    "the article (spaces, quote marks and dashes as written)."
                )
            if is_grounded(item) and any(e.match == "none" for e in item.evidence):
                warnings.append(
                    f"Label of {article}: {category}[{index}] has a quote not found in the "
                    f"article ({describe(category, item)}); it scores by its other quotes, "
                    "so fix or remove that one."
                )
    return warnings


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
    # Articles lost because the backend became unusable (a server that cannot be reached)
    # share one reason: said once, as ``summarise brief`` says it, not once per article.
    lost = {f.article_id for f in run.failures if f.stopped and f.article_id is not None}
    warnings += [
        f"{e.path or e.name}: not extracted: {e.failure}"
        for e in evals
        if e.failure and not (run.stopped is not None and e.article_id in lost)
    ]
    stopped = sum(1 for e in evals if e.failure and e.article_id in lost)
    # Every article lost to that one cause: no score to show, the cause is the run's error.
    every_one_lost = len(evals) > 0 and stopped == len(evals)
    lost_all = run.stopped if run.stopped is not None and every_one_lost else None
    if run.stopped is not None and stopped and lost_all is None:
        warnings.append(f"{counted(stopped, 'article')} not extracted: {run.stopped}")
    return EvalRun(
        config=config,
        versions=_versions(),
        timestamp=timestamp or datetime.now(UTC),
        articles=evals,
        scores=aggregate((e.score for e in evals), run_cost(evals, run.stats.seconds)),
        warnings=warnings,
        misconfigured=run.misconfigured,
        stopped=lost_all,
    )


async def run_eval(
    labels_dir: Path,
    articles_dir: Path,
    backend: Backend,
    extract: Callable[[list[Article]], Awaitable[RunResult]],
    *,
    concurrency: int = 4,
    strict: bool = False,
    only: frozenset[str] | None = None,
) -> EvalRun:
    """Extract every labelled article (``extract``, the session's) and score it.

    A failed article scores as an empty prediction and is named in the warnings (those
    lost to a backend that stopped are counted in one), as are a label whose article is
    missing and a label file that cannot be read (each an error when ``strict``).
    ``backend`` is asked only for its identity, which the run record keeps. ``only``
    scores just the articles it names (file stems), as the record says.
    """
    files = read_labels(labels_dir, strict=strict)
    articles, labels, unmatched = _select(
        files.labels,
        articles_dir,
        strict=strict,
        only=only,
        unreadable_labels=frozenset(path.stem for path in files.unreadable),
    )
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
        only=None if only is None else sorted(only),
    )
    run = await extract(articles)
    scored = score_run(articles, labels, run, config, timestamp=timestamp)
    warnings = [*files.warnings(), *unmatched, *scored.warnings]
    return scored.model_copy(update={"warnings": warnings})


# Missing labels named in full up to this many; past it a wrong folder is the likelier
# cause, and a line of 33 file stems hides the advice after it.
_NAMED_MISSING = 5


def _listed(names: list[str]) -> str:
    if len(names) <= _NAMED_MISSING:
        return ", ".join(names)
    return f"{', '.join(names[:3])} and {len(names) - 3} more (all {len(names)})"
