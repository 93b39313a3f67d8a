"""The items as the overview's model sees them, and the request built from them.

The model is shown the briefing's most important items (in the order "Key developments"
ranks them), each with its id, its plain sentence and a few of its quotes with their
sources' dates: the same material the check later holds the model's sentences to. The
text of this list is what the overview cache keys on, so the same items give the same
request and a hit.
"""

from __future__ import annotations

from summarise.briefing.importance import default_weights
from summarise.briefing.key_developments import ranked
from summarise.briefing.model import Briefing, BriefingItem
from summarise.briefing.plain import plain_sentence
from summarise.briefing.similarity import collapse_whitespace
from summarise.extraction.prompting.prompts import Prompt

# How many items the model sees: enough for a briefing's lead, few enough for a small
# local model to read quickly (about 1,500 tokens of items).
ITEMS_SHOWN = 20
QUOTES_PER_ITEM = 1


def shown_items(briefing: Briefing) -> list[BriefingItem]:
    return [item for item, _ in ranked(briefing)[:ITEMS_SHOWN]]


def item_entry(item: BriefingItem, briefing: Briefing) -> str:
    published = {s.number: s.published for s in briefing.sources}
    lines = [f"[{item.id}] {plain_sentence(item, empty=default_weights().form.empty)}"]
    quotes = [(r.source, q.span) for r in item.reports for q in r.quotes]
    for source, quote in quotes[:QUOTES_PER_ITEM]:
        date = published.get(source)
        when = f", {date.isoformat()}" if date else ""
        lines.append(f"    source {source}{when}: \u201c{collapse_whitespace(quote)}\u201d")
    return "\n".join(lines)


def items_text(briefing: Briefing) -> str:
    return "\n".join(item_entry(item, briefing) for item in shown_items(briefing))


def overview_messages(briefing: Briefing, prompt: Prompt) -> list[dict[str, str]]:
    return prompt.messages(items=items_text(briefing), count=len(shown_items(briefing)))
