"""Governments named by a noun rather than by a state's name: a department by its field
alone once the text has named it ("Treasury is also blocking …" after "the Department of
the Treasury"), the publisher's own government by the capitalised noun ("The Government
has decided …"), and a state's government by the noun and its state ("the Government of
Canada").

Apart from ``mentions`` because these read the words around a noun (a verb group after
it, a department named before) to tell a government from a noun that only modifies,
where ``mentions`` reads the names and the lexicon's words themselves; ``find_mentions``
makes each naming a mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarise.actors import country_of
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.patterns import GENITIVE_END
from summarise.extraction.backends.baseline.refs import ActorRef, government
from summarise.extraction.backends.baseline.verb_forms import DO, IRREGULAR_PASTS, VERB_GROUP_WORD

if TYPE_CHECKING:
    from summarise.extraction.backends.baseline.mentions import Mention


@dataclass(frozen=True, slots=True)
class GovernmentNaming:
    """Where a government is named (``text[start:end]``), a body mention: whose it is, or
    ``own`` for the publisher's (``resolve`` decides whose that is)."""

    start: int
    end: int
    ref: ActorRef | None
    own: bool = False


# An executive department named by its field: "the Department of the Treasury" → "Treasury".
_DEPARTMENT_FIELD = re.compile(r"\b(?:Department|Ministry) of (?:the )?(?P<field>[A-Z][a-z]+)$")
# Where the short name stands as a subject: opening a sentence, a paragraph or a list item.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?]\s+|\n[ \t]*(?:[-*\u2022][ \t]+)?)$")
# The short name is the whole subject only when a verb group follows it ("Treasury is also
# blocking", "Commerce added"); before a noun it modifies that noun ("State media said",
# "Defense analysts said"), a subject that is not the department.
_SUBJECT_VERB = re.compile(rf"\s+(?:{VERB_GROUP_WORD}|(?:{DO}|{IRREGULAR_PASTS}|[a-z]+ed)\b)")


def departments_by_field(text: str, found: list[Mention], stop: int) -> list[GovernmentNaming]:
    """ "The Department of the Treasury is designating … Treasury is also blocking …": once
    an article has named a department, its field alone opening a sentence is that
    department as its subject (the usage of US fact sheets, "Treasury", "Commerce"); the
    full name comes first, so the word alone before it, or in an article that never names
    the department, is no one. Elsewhere ("according to Treasury") the bare word is left
    unread, as before: only a subject is taken."""
    # Each department once, from the end of its first full name: every later naming of it
    # would find the same short names again.
    first: dict[ActorRef, int] = {}
    for m in found:
        ref = m.ref
        if m.kind == "body" and ref is not None and ref.kind == "government":
            first[ref] = min(m.end, first.get(ref, m.end))
    short: list[GovernmentNaming] = []
    for ref, named_end in first.items():
        field = _DEPARTMENT_FIELD.search(ref.name)
        if field is None:
            continue
        for later in re.compile(rf"\b{field['field']}\b").finditer(text, named_end, stop):
            opens = _SENTENCE_OPENS.search(text, max(0, later.start() - 4), later.start())
            if opens is not None and _SUBJECT_VERB.match(text, later.end()) is not None:
                short.append(GovernmentNaming(later.start(), later.end(), ref))
    return short


# "The Government", "the Administration": capitalised, the noun alone names the government of
# the state whose text it is, as "the Ministry of Defence" names its ministry.
_OWN_GOVERNMENT = re.compile(r"\b[Tt]he[ \t]+(?:Government|Administration)\b(?![\u2019'])")


def own_governments(text: str, start: int, stop: int) -> list[GovernmentNaming]:
    """ "The Government has already decided to pay …", "Yesterday the Government approved
    …": the noun alone as a subject (a verb group follows, at most one word such as "also"
    between) is the publisher's government; before a noun ("Government officials") or a
    complement ("the Government of Finland") it is not."""
    if "Government" not in text and "Administration" not in text:
        return []  # most articles hold neither word: no search over every character
    between = load_grammar().between_subject_and_verb
    found: list[GovernmentNaming] = []
    for m in _OWN_GOVERNMENT.finditer(text, start, stop):
        verb_at = m.end()
        word = _NEXT_WORD.match(text, verb_at)
        if word is not None and word["word"].lower() in between:
            verb_at = word.end()
        if _SUBJECT_VERB.match(text, verb_at) is not None:
            found.append(GovernmentNaming(m.start(), m.end(), None, own=True))
    return found


_NEXT_WORD = re.compile(r"\s+(?P<word>[a-z]+)(?=\s)")

# "the Government of Canada", "the Government of the Russian Federation": the noun with its
# state as complement, the formal name of that state's government in official texts.
_GOVERNMENT_OF = re.compile(
    r"\bGovernment[ \t]+of[ \t]+(?P<state>(?:the[ \t]+)?[A-Z][\w.\u2019'-]*"
    r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w.-]*)*)"
)


def governments_of_states(text: str, start: int, stop: int) -> list[GovernmentNaming]:
    """ "The Government of Canada has chosen to supply …": a state's government named by
    the noun and its state, as "the Canadian government" is; the state must be one the
    vocabulary knows whole ("the Government of Canada"), else the phrase is left to the
    names it holds."""
    if "Government of" not in text:
        return []  # most articles never write it: no search over every character
    found: list[GovernmentNaming] = []
    for m in _GOVERNMENT_OF.finditer(text, start, stop):
        written = GENITIVE_END.sub("", m["state"])
        country = country_of(written)
        if country is None:
            continue
        end = m.start("state") + len(written)
        found.append(GovernmentNaming(m.start(), end, government(country)))
    return found
