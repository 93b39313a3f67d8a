"""Who each mention is, from what the article itself says: the within-article resolver.

People are introduced by the article: a titled name ("President of Ukraine Volodymyr
Zelenskyy"), an honorific ("Mr. Sullivan"), or a name acting as a subject ("Vladimir Putin
had a telephone conversation"). A later surname, "the President", "the Head of State" or
"he" is resolved against them; the document's principal (the head of the publisher's
state) answers offices the article names without a holder. Nothing here knows who held
any office: an office no one in the article holds stays an office ("President of Russia").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from summarise.actors import country_of, tokens
from summarise.extraction.backends.baseline.document import Frame
from summarise.extraction.backends.baseline.lexicon import load_grammar
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.names import Title, read_title, surname_of
from summarise.extraction.backends.baseline.refs import (
    ActorRef,
    government,
    leader_office,
    office,
    state,
)

# A lower-case word after a name: the name is the subject of a verb ("Xi Jinping stressed").
_VERB_AFTER = re.compile(r"[ \t]+(?P<verb>[a-z]+)\b")
_LABEL_AFTER = re.compile(r"\s*(?:\([^)]{0,30}\))?\s*:")
_ROLE_SIMILARITY = 0.5
_OF_COUNTRY = re.compile(r"\s+of\s+(?P<place>(?:the\s+)?(?:Republic\s+of\s+)?[A-Z][\w\s]*)$")
_OFFICE_WORDS_KEEP = frozenset({"of", "the"})


@dataclass
class Person:
    name: str
    surname: str
    office: str | None = None
    role: str | None = None
    country: str | None = None
    body: str | None = None
    first_seen: int = 0

    @property
    def ref(self) -> ActorRef:
        return ActorRef(self.name, "person", self.country, self.role)

    def learn(self, name: str, title: Title | None) -> None:
        if len(name) > len(self.name) and surname_of(name) == self.surname:
            self.name = name
        if title is None:
            return
        if self.office is None and title.office is not None:
            self.office = title.office
        if self.role is None:
            self.role = _role_text(title)
        if self.country is None and title.country is not None:
            self.country = title.country
        self.body = self.body or title.body


def _role_text(title: Title) -> str | None:
    """The office as the article writes it, without the country: "Prime Minister of the
    United Kingdom" -> "Prime Minister", "German Chancellor" -> "Chancellor"."""
    text = title.text
    tail = _OF_COUNTRY.search(text)
    if tail is not None and country_of(tail["place"]) is not None:
        text = text[: tail.start()]
    words = text.split()
    while len(words) > 1 and country_of(words[0]) is not None:
        words = words[1:]
    return " ".join(words) or None


@dataclass
class Registry:
    """The people an article introduces, by surname."""

    people: list[Person] = field(default_factory=list)

    def find(self, surname: str) -> Person | None:
        for person in reversed(self.people):
            if person.surname == surname:
                return person
        return None

    def add(self, name: str, title: Title | None, position: int) -> Person:
        surname = surname_of(name)
        known = self.find(surname)
        if known is not None and _compatible(known.name, name):
            known.learn(name, title)
            return known
        person = Person(name=name, surname=surname, first_seen=position)
        person.learn(name, title)
        self.people.append(person)
        return person


@lru_cache(maxsize=4096)
def _compatible(a: str, b: str) -> bool:
    """One name can be the other: "Biden" and "Joseph R. Biden, Jr."; not "Boris Johnson"
    and "Lyndon Johnson"."""
    wa, wb = tokens(a), tokens(b)
    if len(wa) < 2 or len(wb) < 2:
        return True
    return wa[0][0] == wb[0][0]


@dataclass
class Cast:
    """The article's people, its principal and every mention resolved."""

    registry: Registry
    principal: ActorRef | None
    mentions: list[Mention]


# A title in apposition before a name: "Ukraine's foreign minister, Dmytro Kuleba, said".
_APPOSED = re.compile(
    r"(?P<title>(?:[A-Z][\w’'.-]*(?:['’]s)?[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}(?:[A-Z]{2,}[ \t]+)?"
    r"(?:minister|ambassador|secretary|spokes(?:man|woman|person)|adviser|advisor|envoy|"
    r"official|diplomat|president|chancellor|premier|leader|chief|head|commander)),[ \t]*$"
)


def _apposed_title(text: str, start: int) -> Title | None:
    if not text[max(0, start - 3) : start].rstrip().endswith(","):
        return None
    m = _APPOSED.search(text, max(0, start - 80), start)
    if m is None:
        return None
    title = read_title(m["title"])
    return title if title.office is not None or title.country is not None else None


def _is_person_name(text: str, m: Mention, known: set[str]) -> bool:
    """A capitalised run is a person's name when a title or honorific introduces it, when it
    acts as a subject or speaker ("Xi Jinping stressed", "Vladimir Putin:"), or when its
    surname belongs to someone introduced so."""
    if m.name is None:
        return False
    if m.honorific or (m.title is not None and (m.title.office or _headed(m.title))):
        return True
    words = m.name.split()
    if len(words) < 2:
        return surname_of(m.name) in known
    if surname_of(m.name) in known:
        return True
    after = _VERB_AFTER.match(text, m.end)
    grammar = load_grammar()
    if after is not None:
        verb = after["verb"]
        if verb not in grammar.prepositions and verb not in grammar.determiners:
            if verb not in ("and", "or", "but", "nor"):
                return True
    return _LABEL_AFTER.match(text, m.end) is not None


def build_cast(
    text: str, mentions: list[Mention], frame: Frame, title_mentions: list[Mention]
) -> Cast:
    """Introduce the people, find the principal, then resolve every mention in order."""
    registry = Registry()
    known: set[str] = set()
    for source, items in ((frame.title, title_mentions), (text, mentions)):
        for m in items:
            if m.kind == "person" and m.name and (m.honorific or (m.title and _headed(m.title))):
                known.add(surname_of(m.name))
        for m in items:
            if m.kind == "person" and _is_person_name(source, m, known):
                assert m.name is not None
                known.add(surname_of(m.name))
    for m in title_mentions:
        if m.kind == "person" and m.name and surname_of(m.name) in known:
            registry.add(m.name, m.title, -1)
    for m in mentions:
        if m.kind == "person" and m.name and m.title is None:
            apposed = _apposed_title(text, m.start)
            if apposed is not None:
                m.title = apposed
                known.add(surname_of(m.name))
        if m.kind == "person" and m.name and surname_of(m.name) in known:
            registry.add(m.name, m.title, m.start)
    principal = _principal(text, registry, mentions, frame)
    _home_officials(registry, frame)
    countries = {
        m.ref.country for m in mentions if m.kind == "body" and m.ref is not None and m.ref.country
    }
    resolver = _Resolver(registry, principal, frame, frozenset(c for c in countries if c))
    for m in mentions:
        resolver.resolve(m)
    return Cast(registry=registry, principal=principal, mentions=mentions)


_SPOKES = frozenset({"spokesperson", "press secretary"})
_HEAD_OFFICES = frozenset(
    {"president", "prime minister", "chancellor", "king", "queen", "head of state", "leader",
     "premier", "pope"}
)


def _home_officials(registry: Registry, frame: Frame) -> None:
    """A minister, adviser or spokesperson a state's own readout names without a country is
    that state's: a government's texts name foreign officials with their country ("Russian
    Foreign Minister Lavrov") and its own without. Heads of state and government are left
    alone: readouts name foreign leaders as "President Zelenskyy" too."""
    if frame.home is None:
        return
    for person in registry.people:
        if person.country is None and person.body is None and (person.office or person.role):
            if person.office not in _HEAD_OFFICES:
                person.country = frame.home


def _principal(text: str, registry: Registry, mentions: list[Mention], frame: Frame) -> ActorRef | None:
    """The head of the publisher's state, as the article names them.

    A titled holder of the office ("President Joseph R. Biden, Jr.") is taken first; a
    readout by the head's own office may name them without a title in its first sentence
    ("Vladimir Putin had a telephone conversation"), and that person is the principal too.
    """
    home = frame.home
    leader = leader_office(home)
    if home is None or leader is None:
        return None
    wanted = leader.lower()
    first_end = text.find(".")
    lede = first_end if first_end >= 0 else len(text)
    for person in sorted(registry.people, key=lambda p: p.first_seen):
        if person.first_seen > lede:
            break
        if person.office == wanted and person.country in (None, home):
            person.country = home
            return person.ref
    for m in mentions:
        if first_end >= 0 and m.start > first_end:
            break
        if m.kind == "person" and m.title is None and m.name:
            person = registry.find(surname_of(m.name))
            if person is not None and person.office is None:
                person.office, person.country = wanted, home
                person.role = person.role or leader
                return person.ref
    return office(leader, home)


class _Resolver:
    def __init__(
        self,
        registry: Registry,
        principal: ActorRef | None,
        frame: Frame,
        countries: frozenset[str] = frozenset(),
    ) -> None:
        self.registry = registry
        self.principal = principal
        self.frame = frame
        self.countries = countries
        self.last_person: Mention | None = None
        self.last_body: Mention | None = None
        self.last_spokes: Mention | None = None

    def resolve(self, m: Mention) -> None:
        if m.kind == "person":
            self._person(m)
        elif m.kind == "office":
            m.ref = self._office(m)
            m.unresolved = m.ref is None
        elif m.kind == "pronoun":
            self._pronoun(m)
        elif m.kind == "side":
            m.ref = self._side(m)
        if m.ref is not None and (m.ref.is_person or m.spokesperson) and m.kind != "pronoun":
            self.last_person = m
        if m.spokesperson and m.kind != "pronoun":
            self.last_spokes = m
        elif m.kind == "body" and m.ref is not None and not m.adjective:
            self.last_body = m

    def _person(self, m: Mention) -> None:
        assert m.name is not None
        person = self.registry.find(surname_of(m.name))
        if person is None:
            # "Russian Bear bombers": a country word before an unknown name modifies it.
            m.kind = "body"
            if m.title is not None and m.title.country and m.title.office is None:
                m.ref, m.adjective = state(m.title.country), True
            else:
                m.unresolved = True
            return
        m.ref = person.ref
        m.principal = self._speaks_for(person)

    def _speaks_for(self, person: Person) -> ActorRef | None:
        """A spokesperson's principal: the body or country their title names, or the
        publisher's state."""
        role = (person.role or "").lower()
        if not any(o in role for o in load_grammar().spokesperson_offices):
            return None
        if person.body is not None and person.body != person.country:
            from summarise.actors import vocabulary

            org = next((o for o in vocabulary().organisations if o.name == person.body), None)
            if org is not None:
                return ActorRef(org.name, org.kind, org.country)
        country = person.country or self.frame.home
        return state(country) if country else None

    def _office(self, m: Mention) -> ActorRef | None:
        """An office named without its holder: the principal when it is the head of the
        publisher's state, else the one person the article gave that office (in that
        country, when the title names one), else the office itself when it names a country."""
        title = m.title
        if title is None or _plural(title):
            return None
        det = m.det
        if title.office in _SPOKES and m.speaks_for is not None:
            boss = self._speaks_for_mention(m.speaks_for)
            if boss is not None:
                m.principal = boss
                return ActorRef(title.text, "person", boss.country, title.text)
        if title.office in _SPOKES and det in ("his", "her", "the"):
            return self._spokesperson(m, det)
        if det in ("a", "an"):
            if title.office in ("spokesperson", "press secretary") and title.country:
                m.principal = government(title.country)
                gov = government(title.country)
                return ActorRef(gov.name, "government", title.country, title.text)
            return None
        home = self.frame.home
        leader = leader_office(home)
        heads_home = (
            self.principal is not None
            and leader is not None
            and title.office in (leader.lower(), "head of state")
            and title.country in (None, home)
        )
        if heads_home:
            return self.principal
        candidates = [
            p
            for p in self.registry.people
            if _holds(p, title) and (title.country is None or p.country == title.country)
        ]
        if candidates:
            before = [p for p in candidates if p.first_seen <= m.start]
            return before[-1].ref if before else candidates[0].ref
        country = title.country or self._country_led_by(title.office)
        if title.office is None or country is None:
            return None
        return office(title.office.title(), country)

    def _speaks_for_mention(self, m: Mention) -> ActorRef | None:
        """Whom "a spokesperson for X" speaks for: X, resolved as any mention is."""
        self.resolve(m)
        return m.principal or m.ref

    def _spokesperson(self, m: Mention, det: str) -> ActorRef | None:
        """"His spokesman" speaks for the person last named; "the spokesman" is the
        spokesperson named last."""
        if det == "the" and self.last_spokes is not None:
            m.principal = self.last_spokes.principal
            return self.last_spokes.ref
        if det in ("his", "her") and self.last_person is not None:
            boss = self.last_person.principal or self.last_person.ref
            if boss is not None:
                m.principal = boss
                assert m.title is not None
                return ActorRef(m.title.text, "person", boss.country, m.title.text)
        return None

    def _country_led_by(self, office_name: str | None) -> str | None:
        """"The prime minister" in a story about the UK, Russia and Ukraine: of the
        countries the article names, the one whose head holds that office."""
        if office_name is None or self.frame.home is not None:
            return None
        led = [c for c in self.countries if (leader_office(c) or "").lower() == office_name]
        return led[0] if len(led) == 1 else None

    def _pronoun(self, m: Mention) -> None:
        word = m.text.lower()
        if word in ("he", "she", "his", "her", "him"):
            if self.last_person is not None:
                m.ref = self.last_person.ref
                m.principal = self.last_person.principal
        elif word in ("it", "its") and self.last_body is not None:
            m.ref = self.last_body.ref

    def _side(self, m: Mention) -> ActorRef | None:
        country = m.ref.name if m.ref is not None else None
        if country is None:
            return None
        if self.principal is not None and self.principal.country == country:
            return self.principal
        people = [p for p in self.registry.people if p.country == country]
        return people[0].ref if len(people) == 1 else state(country)


def _headed(title: Title) -> bool:
    """A title that introduces a person: an office or a title head, not a bare country
    ("Bucharest Nine" is no person)."""
    heads = load_grammar().title_heads
    return title.office is not None or any(w.lower() in heads for w in title.text.split())


def _plural(title: Title) -> bool:
    """"Foreign Ministers", "National Security Advisors": several holders, none resolved."""
    last = title.text.split()[-1].lower() if title.text.split() else ""
    return last.endswith("s") and last[:-1] in load_grammar().title_heads | {"minister", "advisor", "adviser", "leader", "president"}


def _holds(person: Person, title: Title) -> bool:
    """Whether a person introduced with one title is the one a later title names: the same
    office, or a title of their own that the later one repeats in most of its words."""
    if title.office is not None:
        return person.office == title.office
    if person.role is None:
        return False
    a = {w for w in tokens(person.role) if w not in _OFFICE_WORDS_KEEP}
    b = {w for w in tokens(title.text) if w not in _OFFICE_WORDS_KEEP}
    if not a or not b:
        return False
    head_a, head_b = tokens(person.role)[0], tokens(title.text)[0]
    return head_a == head_b and len(a & b) / len(b) >= _ROLE_SIMILARITY
