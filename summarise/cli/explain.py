"""``summarise extract --explain``: what the baseline rules saw in each sentence.

Rich on a terminal (the sentence bold, items green, cues that produced nothing dim), plain
text when piped or written to a file, so the trace can be searched and diffed.
"""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from summarise.article import Article
from summarise.extraction.backends.baseline import SentenceTrace, explain_article
from summarise.fileio import write_atomic

RULES_ONLY = (
    "--explain explains the baseline rules only: run it with --backend baseline "
    "(a model's reasons are not visible)."
)


def print_explanations(articles: list[Article], out: Path | None) -> None:
    """Every article's trace, to stdout or to ``out``."""
    if out is None:
        write_explanations(Console(highlight=False, soft_wrap=True), articles)
        return
    buffer = io.StringIO()
    write_explanations(
        Console(file=buffer, highlight=False, soft_wrap=True, no_color=True), articles
    )
    write_atomic(out, buffer.getvalue())


def write_explanations(console: Console, articles: list[Article]) -> None:
    """Each article's trace on ``console``: its styles show on a terminal and vanish elsewhere."""
    for article in articles:
        # The file first: it is what the next --explain, or an editor, is given.
        heading = " · ".join(p for p in (article.path, article.title) if p) or article.id
        console.rule(escape(heading), style="bold")
        for sentence in explain_article(article):
            _sentence(console, sentence)


def _sentence(console: Console, s: SentenceTrace) -> None:
    console.print(f"[bold]\\[{s.index}][/bold] {escape(s.text)}")
    for line in s.attribution:
        console.print(f"    [cyan]who[/cyan]  {escape(line)}")
    for cue in s.cues:
        style = "" if cue.produced else "dim"
        line = f'    [yellow]cue[/yellow]  "{escape(cue.word)}" {cue.kind}:{cue.cls} → '
        console.print(
            line + (f"[{style}]{escape(cue.outcome)}[/]" if style else escape(cue.outcome))
        )
    for item in s.items:
        console.print(f"    [green]item[/green] {escape(item)}")
