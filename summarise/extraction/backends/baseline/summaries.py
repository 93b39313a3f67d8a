"""Position summaries: one neutral sentence from the holder, the stance and the topic.

The sentence is chosen by the topic's shape as well as the stance, because one template
cannot fit all: "called for Russia stepping back" is not English, "called on Russia to
step back" is. The templates live in ``data/lexicon.toml`` under ``[summaries.*]``.
"""

from __future__ import annotations

from summarise.extraction.backends.baseline.mentions import ActorKey
from summarise.extraction.backends.baseline.topic import Topic
from summarise.extraction.backends.baseline.words import Grammar


def position_summary(
    holder: ActorKey,
    stance: str,
    topic: Topic,
    templates: dict[str, dict[str, str]],
    grammar: Grammar,
    *,
    negated: bool = False,
) -> str:
    """The summary sentence; a shape without a template for this stance falls back to
    the noun-phrase sentence, which every shape's topic can fill."""
    form = "negated_clause" if negated and topic.form == "clause" else topic.form
    if form.endswith("clause") and not topic.clause:
        form = "noun"
    template = templates.get(form, {}).get(stance)
    if template is None and form == "negated_clause":
        template = templates["clause"].get(stance)
    if template is None:
        template = templates["noun"][stance]
    text = template.format(
        holder=actor_phrase(holder, grammar),
        topic=topic.text,
        action=topic.action,
        agent=topic.agent,
        clause=topic.clause,
    )
    return text[:1].upper() + text[1:]


def actor_phrase(actor: ActorKey, grammar: Grammar) -> str:
    """An actor's name as it stands in a sentence: "the UK government", "the United
    States", "the EU", but "NATO", "Russia" and "Boris Johnson"."""
    name = actor.name
    if actor.kind == "person" or name.lower().startswith("the "):
        return name
    words = set(name.split())
    definite = (
        actor.kind == "government"
        or name in grammar.definite_names
        or bool(words & grammar.definite_name_words)
    )
    return f"the {name}" if definite else name
