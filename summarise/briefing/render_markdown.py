"""The briefing as Markdown: the default, read in a terminal or pasted into a document.

Article text is escaped so a quote can never turn into a link, an image, HTML or a broken
table when the Markdown is later rendered; citations are plain ``[n]`` numbers that the
sources list at the end resolves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import groupby

from summarise.briefing.abridged import Abridger
from summarise.briefing.best_quote import anchor_at, best_quote
from summarise.briefing.formats import Detail
from summarise.briefing.model import (
    Briefing,
    BriefingItem,
    ContactItem,
    Disagreement,
    MovementItem,
    PositionItem,
    Report,
    Source,
)
from summarise.briefing.similarity import collapse_whitespace
from summarise.briefing.wording import (
    CATEGORY_TITLES,
    FIELD_LABELS,
    MODE_LABELS,
    disputed_not_led,
    disputed_said,
    gone_sentences,
    overview_note,
)
from summarise.plural import counted
from summarise.schema import CATEGORIES, Category

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!~])")
# The short layout: the parties table's first rows, and quotes cut to about this length.
SHORT_PARTIES = 10
SHORT_QUOTE = 64


def md(text: str) -> str:
    """Article-derived text made inert: one line, Markdown and HTML characters escaped.

    Most text has nothing to escape, and looking costs a fraction of substituting (a long
    timeline escapes 150,000 strings), so the substitution runs only when there is a match.
    """
    line = collapse_whitespace(text)
    return _SPECIAL.sub(r"\\\1", line) if _SPECIAL.search(line) else line


def cite(numbers: Iterable[int]) -> str:
    return "".join(f"[{n}]" for n in sorted(set(numbers)))


def _key_developments(briefing: Briefing) -> list[str]:
    """The lead: one plain sentence per development, with its sources and item id; no
    section when none was asked for (``--key-developments 0``)."""
    if briefing.key_developments_asked == 0:
        return []
    lines = ["## Key developments", ""]
    if not briefing.key_developments:
        return [*lines, "Nothing reported.", ""]
    for number, line in enumerate(briefing.key_developments, start=1):
        lines.append(f"{number}. {md(line.sentence)} {cite(line.sources)} ({line.item})")
    more = disputed_not_led(briefing)
    return [*lines, *(["", md(more)] if more else []), ""]


def _overview(briefing: Briefing) -> list[str]:
    """The model's overview as checked: each kept sentence with its items and a quote of each."""
    overview = briefing.overview
    if overview is None:
        return []
    lines = ["## Overview", "", f"*{md(overview_note(overview))}*", ""]
    for claim in overview.claims:
        lines.append(f"- {md(claim.text)} {cite(claim.sources)} ({', '.join(claim.items)})")
        for item_id in claim.items:
            item = briefing.item(item_id)
            chosen = best_quote(item) if item is not None else None
            if chosen is not None:
                source, quote = chosen
                lines.append(f"  - {item_id} [{source}] {quoted(quote.span)}")
    return [*lines, ""]


def _summary(briefing: Briefing, detail: Detail) -> list[str]:
    c = briefing.counts
    merged = c.positions + c.military_movements + c.diplomatic_contacts
    if detail == "short":
        line = (
            f"{counted(c.articles, 'article')} read, {c.cited_articles} cited; "
            f"{counted(c.extracted_items, 'extracted item')} merged into {merged}: "
            f"{counted(c.positions, 'position')}, "
            f"{counted(c.military_movements, 'military movement')}, "
            f"{counted(c.diplomatic_contacts, 'diplomatic contact')}; {c.disputed} disputed."
        )
        if c.ungrounded_left_out:
            line += (
                f" {counted(c.ungrounded_left_out, 'item')} left out: quotes not found "
                "(--include-ungrounded)."
            )
        not_read = briefing.not_read_line()
        if not_read is not None:
            line += f" {md(not_read)}"
        return ["## Summary", "", line, ""]
    lines = [
        "## Summary",
        "",
        f"- {counted(c.articles, 'article')} read, {c.cited_articles} cited; "
        f"{counted(c.extracted_items, 'extracted item')} merged into {merged}.",
        f"- {counted(c.positions, 'position')}, "
        f"{counted(c.military_movements, 'military movement')}, "
        f"{counted(c.diplomatic_contacts, 'diplomatic contact')}.",
        f"- {disputed_said(briefing)}.",
    ]
    if c.ungrounded_left_out:
        lines.append(
            f"- {counted(c.ungrounded_left_out, 'item')} left out because their quotes were not "
            "found in the article (include them with --include-ungrounded)."
        )
    not_read = briefing.not_read_line()
    if not_read is not None:
        lines.append(f"- {md(not_read)}")
    return [*lines, ""]


def _changes(briefing: Briefing) -> list[str]:
    """The "New since the last briefing" section, only in briefings made by ``run``."""
    changes = briefing.changes
    if changes is None:
        return []
    lines = ["## New since the last briefing", ""]
    if changes.previous is None:
        return [*lines, "This is the first briefing of this configuration: every item is new.", ""]
    since = f"the briefing of {changes.previous.isoformat()}"
    if changes.nothing:
        return [*lines, f"Nothing new since {since}.", ""]
    lines.extend([f"Compared with {since}.", ""])
    for item_id in changes.new_items:
        item = briefing.item(item_id)
        if item is not None:
            lines.append(f"- New: **{md(item.headline)}** ({item.id}) {cite(item.sources)}")
    for change in changes.changed:
        item = briefing.item(change.item)
        if item is not None:
            lines.append(f"- Changed: **{md(item.headline)}** ({item.id}): {md(change.sentence())}")
    lines.extend(f"- {md(sentence)}" for sentence in gone_sentences(changes))
    return [*lines, ""]


def _filters(briefing: Briefing) -> str | None:
    f = briefing.filters
    parts = []
    since_line = f.since_line()
    if since_line is not None:
        parts.append(md(since_line))
    if f.party_read_as is not None:
        parts.append(f"party {md(f.party_read_as)} (asked for as {md(repr(f.party))})")
    elif f.party is not None:
        parts.append(f"party {md(f.party)}")
    if f.include_ungrounded:
        parts.append("ungrounded items included")
    return "Filters: " + "; ".join(parts) + "." if parts else None


def _short_parties(briefing: Briefing) -> list[str]:
    """The parties in one line, most involved first, with their count of items."""
    shown = briefing.parties[:SHORT_PARTIES]
    names = ", ".join(
        f"{md(r.actor.name)} {r.positions + r.military_movements + r.diplomatic_contacts}"
        for r in shown
    )
    more = len(briefing.parties) - len(shown)
    tail = f" and {more} more (--detail full has the table)" if more else ""
    return ["## Parties", "", f"Items per party: {names}{tail}.", ""]


def _parties(briefing: Briefing, detail: Detail) -> list[str]:
    if not briefing.parties:
        return []
    if detail == "short":
        return _short_parties(briefing)
    rows = briefing.parties
    lines = [
        "## Parties",
        "",
        "| Party | Kind | Country | Positions | Movements | Contacts |",
        "| --- | --- | --- | ---: | ---: | ---: |",
    ]
    for row in rows:
        a = row.actor
        lines.append(
            f"| {md(a.name)} | {a.kind} | {md(a.country or '—')} | {row.positions} | "
            f"{row.military_movements} | {row.diplomatic_contacts} |"
        )
    return [*lines, ""]


def _report_lines(report: Report) -> list[str]:
    lines = []
    when = ", ".join(
        part
        for part in (report.published.isoformat() if report.published else None, report.when)
        if part
    )
    flag = " (quote not found in the article)" if not report.grounded else ""
    for quote in report.quotes:
        suffix = f" — {md(when)}" if when else ""
        lines.append(f"  - [{report.source}] {quoted(quote.span)}{suffix}{flag}")
    return lines


def _disagreement_text(d: Disagreement) -> str:
    values = "; ".join(f"{md(v.value)} {cite(v.sources)}" for v in d.variants)
    return f"{FIELD_LABELS[d.field]}: {values}. {d.note}"


def _item_lines(item: BriefingItem) -> list[str]:
    lines = [f"- **{md(item.headline)}** {cite(item.sources)} ({item.id})"]
    details: list[str] = []
    if isinstance(item, PositionItem) and item.summary:
        details.append(md(item.summary))
    if isinstance(item, MovementItem):
        facts = [f"status {item.status}"]
        if item.quantity:
            facts.append(f"figure {md(item.quantity)}")
        if item.origin:
            facts.append(f"from {md(item.origin)}")
        if item.claimed_by:
            facts.append("claimed by " + ", ".join(md(a.name) for a in item.claimed_by))
        details.append("; ".join(facts) + ".")
    if isinstance(item, ContactItem):
        facts = [f"{MODE_LABELS[item.mode]}, {item.status}"]
        if item.location:
            facts.append(f"at {md(item.location)}")
        if item.topics:
            facts.append("on " + ", ".join(md(t) for t in item.topics))
        details.append("; ".join(facts) + ".")
        if item.outcome:
            details.append(md(item.outcome))
    lines.extend(f"  - {d}" for d in details)
    lines.extend(f"  - *Disputed* — {_disagreement_text(d)}" for d in item.disagreements)
    for report in item.reports:
        lines.extend(_report_lines(report))
    return lines


def quoted(
    span: str, limit: int | None = None, anchor: Callable[[str], int | None] | None = None
) -> str:
    """A quote in curly marks, cut to about ``limit`` characters if given, around where
    ``anchor`` finds the item stated in it when that lies beyond the cut. A span that ends
    on the closing mark of a quotation opened before it ("…a defensive alliance.”") would
    show two closing marks: a mark that closes or opens nothing within the span is left
    out, a nested quotation ("He said: “No.”") is kept."""
    text = collapse_whitespace(span)
    if text.endswith("\u201d") and text.count("\u201d") > text.count("\u201c"):
        text = text[:-1]
    if text.startswith("\u201c") and text.count("\u201c") > text.count("\u201d"):
        text = text[1:]
    if text.endswith('"') and text.count('"') % 2:
        text = text[:-1]
    if text.startswith('"') and text.count('"') % 2:
        text = text[1:]
    if limit:
        text = clipped(text, limit, anchor(text) if anchor is not None else None)
    return f"\u201c{md(text)}\u201d"


# Characters around the item's words in a cut quote: kept before them when the quote is cut
# around them (the few words that lead up to them: "…Prime Minister is determined to
# accelerate …"), and shown of them for the quote's opening to do instead.
_CONTEXT = 24


def clipped(text: str, limit: int = SHORT_QUOTE, at: int | None = None) -> str:
    """A quote cut at a word to about ``limit`` characters, each cut marked with an
    ellipsis: its opening, or, when ``at`` (where the item is stated) lies beyond that,
    a stretch from a few words before ``at``."""
    text = collapse_whitespace(text)
    if len(text) <= limit:
        return text
    if at is None or at + _CONTEXT <= limit:
        return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    start = text.rfind(" ", 0, max(at - _CONTEXT, 0)) + 1
    rest = text[start:]
    if len(rest) <= limit:
        return "…" + rest
    return "…" + rest[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _short_headline(item: BriefingItem) -> str:
    """The headline without the holder a positions group is already headed by."""
    if isinstance(item, PositionItem):
        text = f"{item.stance} · {item.topic}"
        return text + (f" → {item.target.name}" if item.target is not None else "")
    if isinstance(item, MovementItem):
        return f"{item.headline} ({item.status})"
    return item.headline


def _short_item_lines(item: BriefingItem) -> list[str]:
    """One line and the best quote; every other quote is behind the source numbers. The
    item id closes the headline, so a key development's "(P33)" can be found below."""
    line = f"- {md(_short_headline(item))} {cite(item.sources)} ({item.id})"
    chosen = best_quote(item)
    if chosen is not None:
        source, quote = chosen
        where = f"[{source}] " if len(item.sources) > 1 else ""
        line += f": {where}{quoted(quote.span, SHORT_QUOTE, lambda t: anchor_at(item, t))}"
    lines = [line]
    lines.extend(f"  - *Disputed* — {_disagreement_text(d)}" for d in item.disagreements)
    return lines


def _section(briefing: Briefing, category: Category, detail: Detail) -> list[str]:
    items = briefing.items(category)
    lines = [f"## {CATEGORY_TITLES[category]}", ""]
    if not items:
        return [*lines, "None reported.", ""]
    item_lines = _item_lines if detail == "full" else _short_item_lines
    if category == "positions":
        abridger = Abridger(briefing) if detail == "short" else None
        for _, grouped in groupby(briefing.positions, key=lambda i: i.holder.id):
            positions = list(grouped)
            shown = abridger.kept(positions) if abridger is not None else positions
            lines.extend([f"### {md(positions[0].holder.name)}", ""])
            for position in shown:
                lines.extend(item_lines(position))
            if len(shown) < len(positions):
                rest = counted(len(positions) - len(shown), "more position")
                lines.append(f"- … and {rest} (`--detail full` lists every one)")
            lines.append("")
        return lines
    for item in items:
        lines.extend(item_lines(item))
    return [*lines, ""]


def _disputed(briefing: Briefing) -> list[str]:
    lines = ["## Disputed or inconsistent", ""]
    disputed = briefing.disputed()
    if not disputed:
        return [*lines, "No source disagrees with another.", ""]
    for item in disputed:
        lines.append(f"- **{md(item.headline)}** ({item.id})")
        lines.extend(f"  - {_disagreement_text(d)}" for d in item.disagreements)
    return [*lines, ""]


def code(text: str) -> str:
    """A file path as a code span: shown as typed (no escapes to read past), inert when
    rendered; fenced with one backtick more than the longest run in it."""
    line = collapse_whitespace(text)
    fence = "`" * (max((len(run) for run in re.findall(r"`+", line)), default=0) + 1)
    pad = " " if line.startswith("`") or line.endswith("`") else ""
    return f"{fence}{pad}{line}{pad}{fence}"


def _source(s: Source) -> str:
    """``3. Title — Outlet, 2022-01-29 <url> · `path```: the article as its reader knows it
    (title, publisher, date), then where it was read from, to find the file. An article
    without a title is named by its file, or by its id when it came from standard input. A
    page a scheduled run fetched was read from its address, which the line gives already."""
    name = md(s.title) if s.title else code(s.path) if s.path else md(s.article_id)
    published = s.published.isoformat() if s.published else None
    by = ", ".join(part for part in (md(s.outlet) if s.outlet else None, published) if part)
    line = f"{s.number}. {name}" + (f" — {by}" if by else "")
    if s.url and s.url.startswith(("https://", "http://")):
        line += f" <{s.url.replace('>', '%3E').replace(' ', '%20')}>"
    elif s.url:
        line += f" ({md(s.url)})"
    if s.title and s.path and s.path != s.url:
        line += f" · {code(s.path)}"
    return line


def _sources(briefing: Briefing) -> list[str]:
    """The cited articles; a briefing that cites none says so rather than end on a bare
    heading a reader takes for a rendering fault."""
    listed = [_source(s) for s in briefing.sources] or ["None cited."]
    return ["## Sources", "", *listed, ""]


def render_markdown(briefing: Briefing, detail: Detail = "short") -> str:
    lines = ["# Briefing", ""]
    filters = _filters(briefing)
    if filters:
        lines.extend([filters, ""])
    lines.extend(_key_developments(briefing))
    lines.extend(_overview(briefing))
    lines.extend(_summary(briefing, detail))
    lines.extend(_changes(briefing))
    lines.extend(_parties(briefing, detail))
    for category in CATEGORIES:
        lines.extend(_section(briefing, category, detail))
    lines.extend(_disputed(briefing))
    lines.extend(_sources(briefing))
    lines.extend(
        [
            "---",
            "",
            f"Produced by the {md(briefing.backend)} backend on "
            f"{briefing.generated_at.isoformat()} (briefing schema v{briefing.schema_version}).",
            "",
        ]
    )
    return "\n".join(lines)
