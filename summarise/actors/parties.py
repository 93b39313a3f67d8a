"""When two actor names name the same party: the one answer the scorer, the briefing and
``--party`` all give.

A name is read (``names``) into a ``Party``: a person (by personal name), a bare surname, a
bare office ("the Prime Minister"), a state, its government (seats and metonyms included),
its armed forces, or another body (organisations by their canonical name). Two parties are
the same when these keys agree; people also by surname and first name, an office by the one
holder it can mean. The briefing's cross-article resolution clusters on the same keys and
adds only what a pair alone cannot know (which of two Johnsons a bare "Johnson" is).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from summarise.actors.folding import fold, tokens
from summarise.actors.name_parts import BodyName, country_of, parse_body, parse_person, role_of
from summarise.actors.table import vocabulary
from summarise.schema import Actor

PartyKind = Literal["person", "surname", "office", "state", "government", "military", "body"]
PEOPLE: frozenset[PartyKind] = frozenset({"person", "surname", "office"})
COUNTRY_BODIES: frozenset[PartyKind] = frozenset({"state", "government", "military"})

SURNAME_SIMILARITY = 88.0
GIVEN_NAME_SIMILARITY = 80.0  # "Sergei"/"Sergey", "Dmitry"/"Dmitri": 83
BODY_NAME_SIMILARITY = 92.0
# Short names ("UN", "EU") are one letter apart from unrelated ones: never fuzzy-match them.
MIN_FUZZY_NAME = 6
_STOPWORDS = frozenset({"of", "the", "and", "for", "in", "on", "to"})


@dataclass(frozen=True)
class Party:
    """What a name refers to, as far as the name and its stated country and role tell.

    ``key`` is the personal name's words for a person, ``(surname,)`` for a bare surname,
    ``(office,)`` for a bare office, the canonical name's words for a body, and empty for a
    state, a government or armed forces, which their ``country`` identifies.
    """

    kind: PartyKind
    country: str | None
    key: tuple[str, ...]
    role: str | None = None

    @property
    def surname(self) -> str | None:
        return self.key[-1] if self.kind in {"person", "surname"} and self.key else None


def canonical_country(text: str | None) -> str | None:
    """The vocabulary's name for a country field ("UK" -> "United Kingdom"), else as given."""
    if not text or not text.strip():
        return None
    return country_of(text) or text.strip()


def _is_bare_body(body: BodyName) -> bool:
    """A name that is only a state, seat or known organisation ("Number 10", "Nato")."""
    return (
        body.organisation is not None
        or body.is_state
        or (body.country is not None and not body.rest)
    )


def party_of(actor: Actor) -> Party:
    stated = canonical_country(actor.country)
    body = parse_body(actor.name, stated)
    if actor.kind == "person" and not _is_bare_body(parse_body(actor.name)):
        return _person(actor, stated)
    if body.organisation is not None:
        org = body.organisation
        if org.kind == "military" and org.country is not None:
            return Party("military", org.country, ())
        return Party("body", org.country, tuple(tokens(org.name)))
    if body.is_state:
        return Party("state", body.country, ())
    if body.is_government:
        return Party("government", body.country, ())
    if body.is_military:
        return Party("military", body.country, ())
    if actor.kind == "person":
        return _person(actor, stated)
    return Party("body", body.country, body.words)


def _person(actor: Actor, stated: str | None) -> Party:
    role, role_country = role_of(actor.role) if actor.role else (None, None)
    person = parse_person(actor.name)
    country = stated or role_country or person.country
    role = role or person.role
    if len(person.personal) >= 2:
        return Party("person", country, person.personal, role)
    if person.personal:
        return Party("surname", country, person.personal, role)
    return Party("office", country, (role or " ".join(tokens(actor.name)),), role)


def same_party(a: Actor, b: Actor) -> bool:
    return parties_match(party_of(a), party_of(b))


def parties_match(a: Party, b: Party) -> bool:
    if a.kind in PEOPLE and b.kind in PEOPLE:
        return _people_match(a, b)
    if a.kind != b.kind:
        return False
    if a.kind in COUNTRY_BODIES:
        return a.country is not None and _same_country(a.country, b.country)
    return bodies_match(a, b)


def _same_country(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and fold(a) == fold(b)


def countries_compatible(a: str | None, b: str | None) -> bool:
    """Unknown is compatible with anything; two known countries must be the same."""
    return a is None or b is None or fold(a) == fold(b)


def single_holder(office: str | None) -> bool:
    """An office one person holds per country ("president"), unlike "spokesperson"."""
    return office is not None and office not in vocabulary().many_holder_offices


def _people_match(a: Party, b: Party) -> bool:
    if not countries_compatible(a.country, b.country):
        return False
    if a.kind == "office" or b.kind == "office":
        office, other = (a, b) if a.kind == "office" else (b, a)
        if other.kind == "office":
            return office.key == other.key and office.country == other.country
        return (
            single_holder(office.role)
            and office.country is not None
            and _same_country(office.country, other.country)
            and office.role == other.role
        )
    if a.kind == "person" and b.kind == "person":
        return same_person(a.key, b.key)
    return same_surname(a.key[-1], b.key[-1])


def same_surname(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= SURNAME_SIMILARITY)


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Full names agree: surnames alike and first names equal, an initial, a short form
    ("Joe" of "Joseph") or a spelling ("Sergei", "Sergey")."""
    if not same_surname(a[-1], b[-1]):
        return False
    first_a, first_b = a[0], b[0]
    if first_a == first_b:
        return True
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    shorter, longer = sorted((first_a, first_b), key=len)
    if len(shorter) >= 3 and longer.startswith(shorter):
        return True
    short_forms = vocabulary().short_forms
    if first_a in short_forms.get(first_b, ()) or first_b in short_forms.get(first_a, ()):
        return True
    return fuzz.ratio(first_a, first_b) >= GIVEN_NAME_SIMILARITY


def initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w not in _STOPWORDS)


def bodies_match(a: Party, b: Party) -> bool:
    """Same canonical name, an acronym of the other's full name, or a typo of it."""
    if not countries_compatible(a.country, b.country):
        return False
    if a.key == b.key:
        return True
    short, long_ = sorted((a.key, b.key), key=len)
    if len(short) == 1 and len(long_) > 1 and initials(long_) == short[0]:
        return True
    left, right = " ".join(a.key), " ".join(b.key)
    return (
        min(len(left), len(right)) >= MIN_FUZZY_NAME
        and left[:1] == right[:1]
        and fuzz.ratio(left, right) >= BODY_NAME_SIMILARITY
    )
