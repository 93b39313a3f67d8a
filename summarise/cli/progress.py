"""Progress and the summary line, on stderr so stdout stays clean for JSON.

A terminal gets a rich progress bar; a pipe or a log file gets one plain line per article,
which reads well in cron mail and CI logs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from summarise.extraction.pipeline import OnOutcome, Outcome
from summarise.extraction.results import ArticleFailure, RunStats
from summarise.overview.write import OverviewRun
from summarise.plural import counted

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


# Files of records, each an article: a record is named by its title after the file.
_RECORD_FILES = (".jsonl", ".json")


def _line(outcome: Outcome) -> str:
    """An article's line; a failure's is the only place it is named with its reason. One
    lost when the backend stopped names no reason, since the reason is the run's, said once
    at the end."""
    if isinstance(outcome, ArticleFailure) and outcome.stopped:
        return f"stopped {outcome.name}: not extracted"
    if isinstance(outcome, ArticleFailure):
        return f"failed  {outcome}"
    article = outcome.article
    name = article.path or article.title or article.id
    if article.path and article.title and article.path.endswith(_RECORD_FILES):
        # One file, many articles: "[6/7] ok wire.jsonl" twice said which file, not which
        # record (a failed record's line names it by its line).
        name += f" ({article.title})"
    how = "cached" if outcome.cached else f"{outcome.seconds:.1f}s"
    return f"ok      {name}: {counted(outcome.extraction.count(), 'extracted item')} ({how})"


@contextmanager
def progress(total: int) -> Iterator[OnOutcome]:
    """Yield the callback the pipeline calls as each article finishes.

    On a terminal the bar is transient and only failures print above it; in a log every
    article gets its line as it finishes.
    """
    if not stderr.is_terminal:
        done = 0

        def plain(outcome: Outcome) -> None:
            nonlocal done
            done += 1
            stderr.print(f"[{done}/{total}] {_line(outcome)}", markup=False)

        yield plain
        return
    bar = Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
    )
    task = bar.add_task("extract", total=total)

    def fancy(outcome: Outcome) -> None:
        if isinstance(outcome, ArticleFailure):
            bar.console.print(_line(outcome), markup=False)
        bar.advance(task)

    with bar:
        yield fancy


def summary_line(stats: RunStats, backend: str) -> str:
    """The run's totals. Items are the articles' own, before merging: the briefing says
    what they merged into, in the same words ("78 extracted items merged into 66"). What
    failed is counted apart from what was extracted: a file that could not be read is no
    article, and an article the model failed on is not in the briefing."""
    ungrounded = f" ({stats.ungrounded} ungrounded)" if stats.ungrounded else ""
    failed = f", {stats.failed} failed" if stats.failed else ""
    return (
        f"{counted(stats.extracted, 'article')} extracted{failed}, "
        f"{counted(stats.items, 'extracted item')}"
        f"{ungrounded}, {counted(stats.cache_hits, 'cache hit')}, "
        f"{counted(stats.requests, 'request')}, {counted(stats.usage.total_tokens, 'token')}, "
        f"{stats.seconds:.1f}s [{backend}]"
    )


def overview_line(run: OverviewRun) -> str:
    """What the check kept of the model's overview, and what the overview cost."""
    o = run.overview
    reasons = [
        f"{o.dropped_for('uncited')} cited no item",
        f"{o.dropped_for('unknown_item')} cited an unknown item",
        f"{o.dropped_for('unsupported')} unsupported",
        f"{o.dropped_for('repeated')} repeated",
    ]
    cost = (
        "cached"
        if run.cached
        else f"{counted(run.requests, 'request')}, {counted(run.usage.total_tokens, 'token')}"
    )
    kept = f"{len(o.claims)} of {counted(o.written, 'sentence')} kept"
    return f"overview: {kept} ({', '.join(reasons)}); {cost}"
