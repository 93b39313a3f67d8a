"""Whether a position's topic says what the position is about, or is a scrap of the
sentence the extractor cut it from.

Extractors, the offline baseline most, sometimes cut a topic that names nothing ("month",
"threat"), that ends mid-clause ("a task force that will"), or whose subject is gone ("are
apart from and would come in addition"). Said as a line, such an item reads "threatened
month": true to the fields and useless to a reader. The lead ranks such items below the
well-formed ones; they stay in the briefing under their holder.

The word classes are ``summarise.phrases``' grammar (``phrases/data/grammar.toml``) and,
for words that name no subject (a time, a speech act, a verb of saying, a general noun
that stands for what another sentence said: "these issues", "the situation"),
``form.empty`` in ``data/importance.toml``; for the verbs complete without an object
("ready to talk"), ``form.intransitive``; and for words a phrase cannot stop after,
``form.no_end`` (an article, a conjunction, a modal: not a preposition or "is", which can
end one, as in "whatever Putin may do"): general English, nothing taken from an article.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from summarise.actors import tokens
from summarise.briefing.similarity import STOPWORDS
from summarise.phrases.shape import (
    Shape,
    base_verbs,
    closed_class_words,
    in_own_person,
    read_phrase,
)
from summarise.schema import Activity


class Form(BaseModel):
    """The ``[form]`` table of ``data/importance.toml``: the word classes above, the
    activities a movement must say a destination for, and what a flawed item counts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    factor: float = Field(ge=0, le=1)
    empty: frozenset[str]
    intransitive: frozenset[str]
    no_end: frozenset[str]
    needs_destination: frozenset[Activity]


def names_nothing(topic: str, empty: frozenset[str]) -> bool:
    """``topic`` holds only function words, pointers back ("it", "all these issues") and
    words that name no subject: what it is about is in another sentence."""
    closed = closed_class_words() | STOPWORDS | empty
    return not [w for w in tokens(topic) if w not in closed and not w.isdigit()]


def fragment(topic: str, form: Form) -> str | None:
    """Why ``topic`` is no proposition ("names nothing", "is only a verb", "ends
    mid-clause", "has lost its subject", "is only a condition", "is in the speaker's own
    words"), or None when it reads as one. A condition alone ("if Russia further invades
    Ukraine") has lost what would follow it: the threat, the warning. A verb with nothing
    after it but such words ("develop", "defending", "discuss these issues") says that
    something will be done, not what; an intransitive verb ("ready to talk") is complete
    alone."""
    words = tokens(topic)
    if names_nothing(topic, form.empty):
        return "names nothing"
    verb, *rest = words[1:] if words[0] == "to" and len(words) > 1 else words
    base = _base_form(verb)
    transitive = base is not None and base not in form.intransitive
    if transitive and names_nothing(" ".join(rest), form.empty):
        return "is only a verb"
    if words[-1] in form.no_end:
        return "ends mid-clause"
    shape = read_phrase(topic).shape
    if shape is Shape.PREDICATE:
        return "has lost its subject"
    if shape is Shape.CONDITION:
        return "is only a condition"
    if in_own_person(topic):
        return "is in the speaker's own words"
    return None


def _base_form(word: str) -> str | None:
    """The base verb ``word`` is, as it is or as its "-ing" form ("defending", "imposing",
    "cutting"), or None: "committed to defending" leaves out what, as "to defend" would."""
    if word in base_verbs():
        return word
    stem = word.removesuffix("ing")
    if stem == word:
        return None
    candidates = (stem, stem + "e", stem[:-1] if stem[-2:-1] == stem[-1:] else stem)
    return next((c for c in candidates if c in base_verbs()), None)
