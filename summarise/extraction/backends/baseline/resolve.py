"""Who each mention is: the within-article resolver.

A surname, "the President", "the Head of State", "his spokesman" or "he" is resolved
against the people the article introduced (``people``); an office the article gives no
holder stays an office ("President of Russia"); the head of the publisher's state answers
for "the President" in that state's own readouts.
"""

from __future__ import annotations

from summarise.actors import countries_in, phrase_key, tokens, vocabulary
from summarise.extraction.backends.baseline.body_offices import body_office
from summarise.extraction.backends.baseline.document import Frame
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.group_words import meets
from summarise.extraction.backends.baseline.mentions import Mention, states_own_body
from summarise.extraction.backends.baseline.names import surname_of
from summarise.extraction.backends.baseline.people import Person, Registry
from summarise.extraction.backends.baseline.refs import (
    ActorRef,
    government,
    leader_office,
    office,
    organisation,
    state,
)
from summarise.extraction.backends.baseline.run_pieces import CONNECTORS
from summarise.extraction.backends.baseline.titles import Title
from summarise.extraction.backends.baseline.word_classes import forms

_SPOKES = frozenset({"spokesperson", "press secretary"})
_ROLE_SIMILARITY = 0.5
_OFFICE_WORDS_KEEP = frozenset({"of", "the"})
# How far after a group named by what it is (in characters) a "they" still stands for it:
# "We spoke to our European colleagues. They said …".
_GROUP_REACH = 300


class Resolver:
    """Resolves mentions in reading order, remembering the last person, body, group and
    spokesperson named."""

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
        self.last_group: Mention | None = None
        self.last_side: Mention | None = None
        self.last_spokes: Mention | None = None
        self.previous: Mention | None = None

    def resolve(
        self, m: Mention, *, label: bool = False, acted_on: bool = False, seat: bool = False
    ) -> None:
        """``label``: the mention is a transcript's speaker label ("THE PRESIDENT:"), who
        says "I" in the turn it opens, so a "him" there is someone else: not remembered as
        the person last named. ``acted_on``: a side that is an object ("thanked the American
        side"), which is its state, not the one person of it named. ``seat``: a "they" right
        after a fronted "In <place>" ("In Moscow they keep saying …"): the people of that
        place, its government when it is a capital (as a capital that speaks is), else no
        one named."""
        if seat:
            m.ref = _capital_voice(self.previous) if self.previous is not None else None
            self.previous = m
            return
        if m.kind == "person":
            self._person(m)
        elif m.kind == "office":
            m.ref = self.office_holder(m)
            m.unresolved = m.ref is None
        elif m.kind == "pronoun":
            self._pronoun(m)
        elif m.kind == "side":
            country = m.ref.name if m.ref is not None else None
            m.ref = state(country) if acted_on and country is not None else self._side(m)
            if country is not None:
                # "The Russian side says that its units …": the side's "its" is its state's.
                self.last_body = Mention(m.start, m.end, "body", m.text, ref=state(country))
                self.last_side = self.last_body
        elif m.kind == "body" and m.led_by is not None:
            leader = self.registry.find(m.led_by)
            if leader is not None and leader.country is not None:
                m.ref = government(leader.country)
        elif m.kind == "body" and m.adversary:
            m.ref = self._adversary()
        elif m.kind == "body" and m.own_government:
            home = self.frame.home
            m.ref = government(home) if home is not None else None
        elif m.kind == "body":
            m.ref = self._home_ministry(m) or _of_some_state(m.ref)
            m.voice = _capital_voice(m)
        if (
            m.ref is not None
            and (m.ref.is_person or m.spokesperson)
            and m.kind != "pronoun"
            and not label
        ):
            self.last_person = m
        if m.kind == "group" and m.ref is not None and not meets(m.ref.name):
            self.last_group = m
        if m.spokesperson and m.kind != "pronoun":
            self.last_spokes = m
        elif m.kind == "body" and m.ref is not None and not (m.adjective or m.adversary):
            # "The enemy … Our defenders met it": an "it" after the adversary is more
            # often its column or its attack than the state itself.
            self.last_body = m
        self.previous = m

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
        m.principal = self.speaks_for(person)

    def speaks_for(self, person: Person) -> ActorRef | None:
        """A spokesperson's principal: the body or country their title names, or the
        publisher's state; the government for one titled by the head's institution
        ("Presidential Press Secretary")."""
        role = (person.role or "").lower()
        if not any(o in role for o in load_grammar().spokesperson_offices):
            return None
        if person.body is not None and person.body != person.country:
            org = organisation(person.body)
            owner = person.country or self.frame.home
            if (
                org is not None
                and owner is not None
                and owner != org.country
                and states_own_body(org.name)
            ):
                # "Polish Defence Ministry spokesperson X": Poland's ministry, whatever the
                # vocabulary's bare "Ministry of Defence" is; with no state in the title, the
                # text's own state's, as the ministry named alone is (``_home_ministry``).
                org = _of_state(org, owner)
            if org is not None:
                return org
        country = person.country or self.frame.home
        if country is None:
            return None
        if any(w in load_grammar().presidency_adjectives for w in role.split()):
            return government(country)
        return state(country)

    def office_holder(self, m: Mention) -> ActorRef | None:
        """An office named without its holder: the principal when it is the head of the
        publisher's state, else the one person the article gave that office (in that
        country, when the title names one), else the office itself when it names a country."""
        title = m.title
        if title is None or _plural(title):
            return None
        if _institution(title):
            return self._institution(title)
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
        home_office = None if m.possessive else self._home_office(title)
        country = title.country or self._country_led_by(title.office) or home_office
        if title.office is None:
            return None
        if country is None:
            return body_office(title)
        # "the Russian leader" named by no one is the office of that country's head, as
        # ``_holds`` reads it of a named one: "President of Russia", not "Leader of Russia";
        # a leader of something else ("the Hungarian opposition leader") is no head.
        head = leader_office(country) if _head_of_country(title) else None
        return office(head or _office_name(title.office), country)

    def _institution(self, title: Title) -> ActorRef | None:
        """ "The Office of the President": the body serving an office, of the country the
        title names, else of the state whose head holds that office (the publisher's own
        in its texts)."""
        home = self.frame.home
        country = title.country
        heads = ((leader_office(home) or "").lower(), "head of state")
        if country is None and home is not None and title.office in heads:
            country = home
        country = country or self._country_led_by(title.office)
        if country is None:
            return None
        name = title.text if title.country is not None else office(title.text, country).name
        return ActorRef(name, "government", country)

    def _home_ministry(self, m: Mention) -> ActorRef | None:
        """ "The Ministry of Defence" in a Ukrainian decree is Ukraine's: every state has
        its ministries, so one named by its field alone is the state the phrase names
        ("… of Russia"), else, in a state's own text, that state's; not the one the
        vocabulary knows by the bare name (the UK's)."""
        ref = m.ref
        if ref is None or ref.kind not in ("government", "military"):
            return None
        if not states_own_body(ref.name):
            return None
        owner = (
            next(iter(countries_in(m.text)), None) or self._possessor_state(m) or self.frame.home
        )
        if owner is None or owner == ref.country:
            return None
        return _of_state(ref, owner)

    def _possessor_state(self, m: Mention) -> str | None:
        """The state a possessive right before the body names: "Ukraine's Ministry of
        Defence" is Ukraine's, as "the Ministry of Defence of Ukraine" is."""
        before = self.previous
        if before is None or not before.possessive or before.ref is None:
            return None
        if before.ref.kind != "state" or m.start - before.end > 1:
            return None
        return before.ref.name

    def _adversary(self) -> ActorRef | None:
        """ "The enemy" in a text of one side of the war is the other side's state; in
        anyone else's text it names no one the rules can tell."""
        sides = load_grammar().war_sides
        home = self.frame.home
        if home not in sides:
            return None
        return next(state(side) for side in sides if side != home)

    def _speaks_for_mention(self, m: Mention) -> ActorRef | None:
        """Whom "a spokesperson for X" speaks for: X, resolved as any mention is."""
        self.resolve(m)
        return m.principal or m.ref

    def _spokesperson(self, m: Mention, det: str) -> ActorRef | None:
        """ "His spokesman" speaks for the person last named; "the spokesman" is the
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

    def _home_office(self, title: Title) -> str | None:
        """ "The Secretary of State will travel to Madrid", "the Vice President will meet
        President Duda" in a White House text: an office of the government named with no
        country in a state's own document is its publisher's, since a state's text names
        its own officials by office alone and others' with their country. (Its caller
        leaves an owner's "the Secretary of State's consultations with …" unread: told in
        a briefing on another's call, it is no occasion the text reports.)"""
        home = self.frame.home
        if home is None or title.office not in forms("home_offices"):
            return None
        return home

    def _country_led_by(self, office_name: str | None) -> str | None:
        """ "The prime minister" in a story about the UK, Russia and Ukraine: of the
        countries the article names, the one whose head holds that office."""
        if office_name is None or self.frame.home is not None:
            return None
        led = [c for c in self.countries if (leader_office(c) or "").lower() == office_name]
        return led[0] if len(led) == 1 else None

    def _pronoun(self, m: Mention) -> None:
        word = m.text.lower()
        if word in load_grammar().person_pronouns:
            if self.last_person is not None:
                m.ref = self.last_person.ref
                m.principal = self.last_person.principal
        elif word in ("it", "its") and self.last_body is not None:
            m.ref = self.last_body.ref
        elif word in ("they", "their"):
            m.ref = self._plural(m, word)

    def _plural(self, m: Mention, word: str) -> ActorRef | None:
        """ "They" after a group named by what it is; "they" or "their" after a side ("The
        Russian side promised a ceasefire. Their artillery opened fire …"): a side is its
        state's officials or forces, so its plural pronoun is that state. "Their" after a
        group is left alone: it is bound to a plural noun of its own clause far more often."""
        near = [
            g
            for g, words in ((self.last_group, ("they",)), (self.last_side, ("they", "their")))
            if g is not None and word in words and m.start - g.end < _GROUP_REACH
        ]
        return max(near, key=lambda g: g.end).ref if near else None

    def _side(self, m: Mention) -> ActorRef | None:
        country = m.ref.name if m.ref is not None else None
        if country is None:
            return None
        if self.principal is not None and self.principal.country == country:
            return self.principal
        # Only someone the text itself titled of that state: a leader the vocabulary
        # places ("Putin" in a White House briefing) is not who "the Russian side" is.
        people = [p for p in self.registry.people if p.country == country]
        return people[0].ref if len(people) == 1 and not people[0].listed else state(country)


def _capital_voice(m: Mention) -> ActorRef | None:
    """A capital that speaks is its government, as the guide resolves "the Kremlin" and
    "Downing Street": "Moscow says …", "Washington insists …" (metonymy of the seat)."""
    ref = m.ref
    if ref is None or ref.kind != "state" or ref.name not in vocabulary().countries:
        return None
    named = m.text.removesuffix("'s").removesuffix("\u2019s")
    capitals = vocabulary().countries[ref.name].capitals
    return government(ref.name) if any(named == c for c in capitals) else None


def _institution(title: Title) -> bool:
    """A title headed by an institution noun before an office ("Office of the President")."""
    words = title.text.split()
    return (
        title.office is not None
        and len(words) > 2
        and words[0].lower() in load_grammar().institution_heads
        and words[1].lower() == "of"
    )


def _plural(title: Title) -> bool:
    """ "Foreign Ministers", "National Security Advisors": several holders, none resolved."""
    last = title.text.split()[-1].lower() if title.text.split() else ""
    return last.endswith("s") and last[:-1] in load_grammar().title_heads | {
        "minister",
        "advisor",
        "adviser",
        "leader",
        "president",
    }


def _head_of_country(title: Title) -> bool:
    """ "the Turkish leader", "the Kremlin leader": a country's word and "leader" alone."""
    return title.office == "leader" and title.country is not None and len(title.text.split()) == 2


def _holds(person: Person, title: Title) -> bool:
    """Whether a person introduced with one title is the one a later title names: the same
    office, or a title of their own that the later one repeats in most of its words."""
    if title.office is not None:
        if person.office == title.office:
            return True
        # "The Turkish leader" is that country's head, whatever the office is called there.
        head = leader_office(title.country) if title.country is not None else None
        return title.office == "leader" and head is not None and person.office == head.lower()
    if person.role is None:
        return False
    a = {w for w in tokens(person.role) if w not in _OFFICE_WORDS_KEEP}
    b = {w for w in tokens(title.text) if w not in _OFFICE_WORDS_KEEP}
    if not a or not b:
        return False
    head_a, head_b = tokens(person.role)[0], tokens(title.text)[0]
    return head_a == head_b and len(a & b) / len(b) >= _ROLE_SIMILARITY


def _office_name(office_key: str) -> str:
    """An office as a name: "Secretary of State", not "Secretary Of State" (a title-case
    name keeps its connectors in lower case, as the vocabulary writes offices)."""
    return " ".join(w if w in CONNECTORS else w.capitalize() for w in office_key.split())


def _of_some_state(ref: ActorRef | None) -> ActorRef | None:
    """A body every state has, named bare ("the General Staff") in a text whose state
    the rules cannot tell, is no one the rules can name; any other body is itself."""
    if ref is not None and ref.country is None and states_own_body(ref.name):
        return None
    return ref


def _of_state(ref: ActorRef, owner: str) -> ActorRef:
    """The body of ``owner`` named as ``ref`` names its field ("Ministry of Defence" of
    Ukraine): the vocabulary's entry for the state's own body when it has one."""
    vocab = vocabulary()
    demonyms = vocab.countries[owner].demonyms if owner in vocab.countries else ()
    name = f"{demonyms[0]} {ref.name}" if demonyms else f"{ref.name} of {owner}"
    known = vocab.organisation_phrases.get(phrase_key(name))
    if known is not None:
        return ActorRef(known.name, known.kind, known.country)
    return ActorRef(name, ref.kind, owner)
