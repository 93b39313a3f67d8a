"""A spokesperson's office the article gives only after naming them.

A news item names a spokesperson first, as the subject of a verb of saying, and their office
only later, as the subject of the next ("Dmitry Peskov said the Kremlin was concerned … . …,
the Presidential Press Secretary added."): the office is the person named, whose words are
then their principal's, via them, as when the title comes first. Learnt before the principal
is looked for, so that a spokesperson named without a title in the lede is not taken for the
head of state. Only a spokesperson's office, whose holder speaks for another and is named by
office as a matter of style; only when the person named last said something, has no office
of their own, and no one the article introduced holds this one. The person learns the role
alone: the office mention itself stays unresolved, as it may still be another official.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.names import surname_of
from summarise.extraction.backends.baseline.people import Person, Registry
from summarise.extraction.backends.baseline.word_classes import alternation

# A lower-case word after the office: it is a verb's subject ("the Press Secretary added").
_VERB_AFTER = re.compile(r"[ \t]+[a-z]+\b")
# "the" before the office: the one already spoken of, not "a spokesman".
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_BEFORE_REACH = 5


@cache
def _said_after() -> re.Pattern[str]:
    """A verb of saying right after a name: "Dmitry Peskov said"."""
    return re.compile(rf"[ \t]+(?:{alternation('clause_saying_verbs')})\b")


def learn_later_titles(text: str, registry: Registry, mentions: list[Mention]) -> None:
    """Give the role of each "the <spokesperson>" that is a verb's subject to the person who
    spoke just before it, when that person has no title and nobody holds the office."""
    spokes = load_grammar().spokesperson_offices
    last: Person | None = None
    for m in mentions:
        if m.kind == "person" and m.name:
            # A name the article never introduced as a person ("Donbass") is passed over.
            person = registry.find(surname_of(m.name))
            if person is not None:
                last = person if _said_after().match(text, m.end) else None
            continue
        title = m.title
        if (
            last is None
            or m.kind != "office"
            or title is None
            or title.office not in spokes
            or not (
                m.det == "the" or _THE_BEFORE.search(text, max(0, m.start - _BEFORE_REACH), m.start)
            )
            or _VERB_AFTER.match(text, m.end) is None
            or last.office
            or last.role
            or last.body
            or any(p.office == title.office for p in registry.people)
        ):
            continue
        last.role = title.text
        last.country = last.country or title.country
