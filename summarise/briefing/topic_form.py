"""Whether a position's topic says what the position is about, or is a scrap of the
sentence the extractor cut it from.

Extractors, the offline baseline most, sometimes cut a topic that names nothing ("month",
"threat"), that ends mid-clause ("a task force that will"), or whose subject is gone ("are
separate from and would be in addition"). Said as a line, such an item reads "threatened
month": true to the fields and useless to a reader. The lead ranks such items below the
well-formed ones; they stay in the briefing under their holder.

The word classes are ``summarise.phrases``' grammar (``phrases/data/grammar.toml``) and,
for words that name no subject (a time, a speech act, a verb of saying), ``form.empty`` in
``data/importance.toml``, and for words a phrase cannot stop after, ``form.no_end`` (an
article, a conjunction, a modal: not a preposition or "is", which can end one, as in
"whatever Putin may do"): general English, nothing taken from an article.
"""

from __future__ import annotations

from summarise.actors import tokens
from summarise.briefing.similarity import STOPWORDS
from summarise.phrases.shape import Shape, closed_class_words, in_own_person, read_phrase


def fragment(topic: str, empty: frozenset[str], no_end: frozenset[str]) -> str | None:
    """Why ``topic`` is no proposition ("names nothing", "ends mid-clause", "has lost its
    subject", "is only a condition", "is in the speaker's own words"), or None when it
    reads as one. A condition alone ("if Russia further invades Ukraine") has lost what
    would follow it: the threat, the warning."""
    words = tokens(topic)
    closed = closed_class_words() | STOPWORDS | empty
    if not [w for w in words if w not in closed and not w.isdigit()]:
        return "names nothing"
    if words[-1] in no_end:
        return "ends mid-clause"
    shape = read_phrase(topic).shape
    if shape is Shape.PREDICATE:
        return "has lost its subject"
    if shape is Shape.CONDITION:
        return "is only a condition"
    if in_own_person(topic):
        return "is in the speaker's own words"
    return None
