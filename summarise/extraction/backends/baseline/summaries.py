"""Position summaries: one neutral sentence in the extractor's words, not the article's.

The sentence is built from the holder, the stance and the topic by the templates of
``data/lexicon.toml`` ``[summaries]``, one per stance, so the summary never claims more
than the item does. A topic that is a clause, or that opens with the cue verb the topic cut kept
for its polarity ("refused to hold talks"), is joined to its stance as the briefing's lines
join it (``summarise.phrases.stance_words``): "criticised refused to hold talks" would
misstate it.
"""

from __future__ import annotations

from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.phrases.shape import Shape, read_phrase
from summarise.phrases.stance_words import stance_and_topic
from summarise.schema import Stance

# Names that read with "the" in a sentence: "the United States", "the EU".
_DEFINITE_WORDS = ("United", "Republic", "Kingdom", "Union", "Federation", "Netherlands")
_DEFINITE_NAMES = frozenset({"EU", "UN", "OSCE", "G7", "G20", "West"})


@cache
def _templates() -> dict[str, str]:
    templates: dict[str, str] = read_data("lexicon.toml")["summaries"]
    return templates


def summary(holder: ActorRef, stance: Stance, topic: str) -> str:
    if is_noun_phrase(topic):
        text = _templates()[stance].format(holder=actor_phrase(holder), topic=topic)
    else:
        text = f"{actor_phrase(holder)} {stance_and_topic(stance, topic)}."
    return text[:1].upper() + text[1:]


def is_noun_phrase(topic: str) -> bool:
    """A topic a template's verb can take as its object: a noun phrase (the shape
    ``summarise.phrases`` reads), not opening with the verb the topic cut kept for its
    polarity ("ban new imports")."""
    if read_phrase(topic).shape is not Shape.NOUN:
        return False
    first = topic.split(" ", 1)[0]
    return load_lexicon().topic_keeps_cue.match(topic, 0, len(first)) is None


def actor_phrase(actor: ActorRef) -> str:
    """An actor's name as it stands in a sentence: "the UK government", "the United
    States", but "NATO", "Russia" and "Boris Johnson"."""
    name = actor.name
    if actor.kind == "person" or name.lower().startswith("the "):
        return name
    definite = (
        actor.kind == "government"
        or name in _DEFINITE_NAMES
        or any(word in name.split() for word in _DEFINITE_WORDS)
    )
    return f"the {name}" if definite else name
