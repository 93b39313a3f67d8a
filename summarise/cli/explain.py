"""``summarise extract --explain``: what the baseline rules saw in each sentence.

Rich on a terminal (the sentence bold, items green, cues that produced nothing dim), plain
text when piped or written to a file, so the trace can be searched and diffed. Each
article ends with the items it kept: the sentences' items are drafts, and the article's
restatements are merged after them, so without that list a contributor cannot tell an
item that was merged away from one that reaches the output.
"""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from summarise.article import Article
from summarise.extraction.backends.baseline import SentenceTrace, extract_article
from summarise.extraction.backends.baseline.trace import EVIDENCE_ADDED, Trace
from summarise.fileio import write_atomic
from summarise.schema import ExtractionDraft

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
        trace = Trace(article)
        draft = extract_article(article, trace)
        for sentence in trace.sentences:
            _sentence(console, sentence)
        _kept(console, trace.sentences, draft)


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


def _kept(console: Console, sentences: list[SentenceTrace], draft: ExtractionDraft) -> None:
    """The items the article's extraction holds once its restatements are merged, each
    with the sentences its quotes come from, so an item drafted above and missing here
    was merged into one of these."""
    drafted = sum(1 for s in sentences for item in s.items if not item.startswith(EVIDENCE_ADDED))
    lines = [
        f"position · {p.holder.name} · {p.stance}"
        + (f" → {p.target.name}" if p.target is not None else "")
        + f" · {p.topic}{_where(sentences, [e.quote for e in p.evidence])}"
        for p in draft.positions
    ]
    lines += [
        f"movement · {m.actor.name} · {m.activity} ({m.status}) · {m.forces}"
        + (f" → {m.destination}" if m.destination else "")
        + _where(sentences, [e.quote for e in m.evidence])
        for m in draft.military_movements
    ]
    lines += [
        f"contact · {' + '.join(a.name for a in c.participants)} · {c.mode} ({c.status})"
        + _where(sentences, [e.quote for e in c.evidence])
        for c in draft.diplomatic_contacts
    ]
    merged = drafted - len(lines)
    note = f"; {merged} merged into these as restatements" if merged > 0 else ""
    console.print(
        f"[bold]kept[/bold] {len(lines)} of {drafted} drafted item"
        f"{'' if drafted == 1 else 's'}{note}"
    )
    for line in lines:
        console.print(f"    [green]kept[/green] {escape(line)}")


def _where(sentences: list[SentenceTrace], quotes: list[str]) -> str:
    """The sentences (as ``[n]``) whose text holds each quote, in quote order."""
    found: list[str] = []
    for quote in quotes:
        opening = quote.strip()[:60]
        index = next((s.index for s in sentences if opening and opening in s.text), None)
        label = f"[{index}]" if index is not None else "[?]"
        if label not in found:
            found.append(label)
    return f" {''.join(found)}" if found else ""
