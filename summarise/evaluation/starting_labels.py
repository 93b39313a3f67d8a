"""Starting labels: the current extractor's items in the labels' format, for a person to
correct.

Writing a label from nothing takes hours; correcting an extraction takes minutes. So
``summarise label`` extracts each article and writes what it found as a label file: only
items with a quote found in the article, each quote being the article's own text at the
place it was found (verbatim, as the labelling guide asks), evidence reduced to the quote,
and the article named by its file stem, which ``summarise eval`` matches as it matches a
content id.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from summarise.extraction.results import ArticleResult
from summarise.schema import CATEGORIES, ArticleExtraction, Evidence


def label_names(results: Sequence[ArticleResult]) -> dict[str, str]:
    """Each article's name in its label, by content id: its file's stem, unless another
    article shares that stem (two files of one name, or records of one JSON file); then
    its content id, which never clashes."""
    stems = {r.article.id: Path(r.article.path).stem for r in results if r.article.path}
    uses = Counter(stems.values())
    return {
        r.article.id: stems[r.article.id]
        if r.article.id in stems and uses[stems[r.article.id]] == 1
        else r.article.id
        for r in results
    }


def _verbatim(evidence: Evidence, text: str) -> Evidence | None:
    """The quote as the article writes it, where it was found; None when it was not."""
    start, end = evidence.start, evidence.end
    if not evidence.grounded or start is None or end is None or not text[start:end].strip():
        return None
    return Evidence(quote=text[start:end])


def starting_label(result: ArticleResult, name: str) -> ArticleExtraction:
    """``result``'s items as a label named ``name``: grounded quotes only, verbatim, each
    once per item; an item left without a quote is left out."""
    text = result.article.text
    lists: dict[str, list[Any]] = {}
    for category in CATEGORIES:
        kept = []
        for item in result.extraction.items(category):
            quotes = [q for e in item.evidence if (q := _verbatim(e, text)) is not None]
            unique = list({q.quote: q for q in quotes}.values())
            if unique:
                kept.append(item.model_copy(update={"evidence": unique}))
        lists[category] = kept
    return ArticleExtraction.model_validate({"article_id": name, **lists})


def label_text(label: ArticleExtraction) -> str:
    """A label file's text as the hand labels are written: the article first, nulls left
    out, two-space indents, characters as they are."""
    data = label.model_dump(mode="json", exclude_none=True)
    ordered = {"article_id": data.pop("article_id"), **data}
    return json.dumps(ordered, ensure_ascii=False, indent=2) + "\n"
