"""The article's cast: its people, its principal and every mention resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from summarise.extraction.backends.baseline.document import Frame
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.later_titles import learn_later_titles
from summarise.extraction.backends.baseline.mentions import Mention, possessing_state
from summarise.extraction.backends.baseline.names import surname_of
from summarise.extraction.backends.baseline.people import (
    Registry,
    apposed_title,
    appositive_role,
    coordinated_people,
    directed,
    introduces_person,
    is_person_name,
)
from summarise.extraction.backends.baseline.principal import find_principal, home_officials
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.resolve import Resolver
from summarise.extraction.backends.baseline.titles import Title
from summarise.extraction.backends.baseline.turns import Label, label_at

# "In Moscow they keep saying …": a pronoun right after a fronted "In <place>".
_IN_PLACE = re.compile(r"(?:^|(?<=[\s(]))[Ii]n\s+$")
_PLACE_GAP = re.compile(r",?\s+")


def _people_of_place(text: str, place: Mention, m: Mention) -> bool:
    """ "In Moscow, they say …", "In Washington they go further": a plural pronoun right
    after a fronted "In <place>" names the people of that place, not an antecedent."""
    return (
        m.kind == "pronoun"
        and m.text.lower() == "they"
        and place.kind == "body"
        and _PLACE_GAP.fullmatch(text, place.end, m.start) is not None
        and _IN_PLACE.search(text[max(0, place.start - 4) : place.start]) is not None
    )


def _is_label(text: str, m: Mention, lines: dict[tuple[int, int], Label | None]) -> bool:
    """Whether the mention is a speaker label ("THE PRESIDENT:", "PRESIDENT ZELENSKYY (As
    interpreted):"), read as ``turns`` reads the label opening a turn. ``lines`` keeps each
    line's label: a line holds many mentions, and is read for a label once."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = (line_start, len(text) if line_end < 0 else line_end)
    if line not in lines:
        lines[line] = label_at(text, *line)
    label = lines[line]
    return label is not None and label.start <= m.start and m.end <= label.end


_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")
# A source named after its phrase speaks: "In the opinion of the Russian side, …",
# "according to the Russian side" (fronted.py reads them).
_SOURCE_BEFORE = re.compile(
    r"(?:(?:words|opinion|view|assessment)\s+of|according\s+to)\s+$", re.IGNORECASE
)


def _acted_on(text: str, m: Mention) -> bool:
    """A side after a verb or a preposition ("thanked the American side", "assistance
    provided by the British side", "talks with the Russian side") is acted on: the state,
    as the guide writes targets and counterparts. A side opening its clause ("The Russian
    side noted …") or named as a source ("in the opinion of the Russian side") speaks, and
    in a leaders' readout is its leader."""
    window = max(0, m.start - 30)
    if _SOURCE_BEFORE.search(text, window, m.start) is not None:
        return False
    before = _WORD_BEFORE.search(text, window, m.start)
    return before is not None and before.group(1) not in load_grammar().subject_openers


@dataclass
class Cast:
    """The article's people, its principal and every mention resolved."""

    registry: Registry
    principal: ActorRef | None
    mentions: list[Mention]


def build_cast(
    text: str, mentions: list[Mention], frame: Frame, title_mentions: list[Mention]
) -> Cast:
    """Introduce the people, find the principal, then resolve every mention in order."""
    registry = Registry()
    known: set[str] = set()
    for source, items in ((frame.title, title_mentions), (text, mentions)):
        for m in items:
            if (
                m.kind == "person"
                and m.name
                and (m.honorific or (m.title and introduces_person(m.title)))
            ):
                known.add(surname_of(m.name))
        for m in items:
            if m.kind == "person" and is_person_name(source, m, known):
                assert m.name is not None
                known.add(surname_of(m.name))
        known |= coordinated_people(source, items, known)
    for m in title_mentions:
        if m.kind == "person" and m.name and surname_of(m.name) in known:
            registry.add(m.name, m.title, -1)
    previous: Mention | None = None
    for m in mentions:
        m.title = _owned_title(m, previous) or m.title
        previous = m
        if m.kind == "person" and m.name and m.title is None:
            role = appositive_role(text, m.end)
            apposed = apposed_title(text, m.start, m.end) or (role.title if role else None)
            if apposed is not None:
                m.title = apposed
                known.add(surname_of(m.name))
        if m.kind == "person" and m.name and surname_of(m.name) in known:
            registry.add(m.name, m.title, m.start, honorific=m.honorific)
    learn_later_titles(text, registry, mentions)
    principal = find_principal(text, registry, mentions, frame, title_mentions)
    home_officials(registry, frame, text)
    countries = {
        m.ref.country for m in mentions if m.kind == "body" and m.ref is not None and m.ref.country
    }
    resolver = Resolver(registry, principal, frame, frozenset(c for c in countries if c))
    lines: dict[tuple[int, int], Label | None] = {}
    before: Mention | None = None
    for m in mentions:
        acted_on = m.kind == "side" and _acted_on(text, m)
        seat = before is not None and _people_of_place(text, before, m)
        resolver.resolve(m, label=_is_label(text, m, lines), acted_on=acted_on, seat=seat)
        before = m
    return Cast(registry=registry, principal=principal, mentions=mentions)


def _owned_title(m: Mention, before: Mention | None) -> Title | None:
    """ "Finland's Foreign Minister Anna Berg": a title that names no state takes the state
    whose possessive stands right before it, as "Finnish Foreign Minister" names its own;
    so does one sent to a state ("Ukraine's Ambassador to Germany": Ukraine's, not
    Germany's). Set before the resolver reads the mention, after the names were learnt,
    which need no state."""
    if m.kind != "person" or m.title is None:
        return None
    if m.title.country is not None and not directed(m.title.text):
        return None
    owner = possessing_state(before, m)
    return replace(m.title, country=owner.country) if owner is not None else None
