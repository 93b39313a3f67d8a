"""The people an article introduces: no list of office holders.

People are introduced by the article: a titled name ("President of Ukraine Volodymyr
Zelenskyy"), an honorific ("Mr. Sullivan"), a title in apposition ("Ukraine's foreign
minister, Dmytro Kuleba,"), or a name acting as a subject or speaker ("Vladimir Putin had
a telephone conversation", "Sergei Lavrov:"). The document's principal, the head of the
publisher's state as the article names them, is ``principal``'s. Nothing here knows who
held any office.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from summarise.actors import countries_in, country_of, known_person, tokens
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.mentions import Mention, states_own_body
from summarise.extraction.backends.baseline.names import surname_of
from summarise.extraction.backends.baseline.refs import ActorRef, organisation
from summarise.extraction.backends.baseline.titles import Title, read_title

# A lower-case word after a name: the name is the subject of a verb ("Xi Jinping stressed").
_VERB_AFTER = re.compile(r"[ \t]+(?P<verb>[a-z]+)\b")
# The word right before a name: "met Emmanuel Macron".
_WORD_BEFORE = re.compile(r"\b(?P<word>[a-z]+)[ \t]+$")
_LABEL_AFTER = re.compile(r"\s*(?:\([^)]{0,30}\))?\s*:")
_OF_COUNTRY = re.compile(r"\s+of\s+(?P<place>(?:the\s+)?(?:Republic\s+of\s+)?[A-Z][\w\s]*)$")


@dataclass
class Person:
    name: str
    surname: str
    office: str | None = None
    role: str | None = None
    country: str | None = None
    body: str | None = None
    first_seen: int = 0
    # The country is the vocabulary's, no title of the text gave it (``place``).
    listed: bool = False

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
        if self.country is None and title.country is not None and _names_state(title):
            self.country = title.country
        if title.body is not None and not _states_body(title.body):
            # "Chief of the General Staff": a body every state has is no international
            # body the person serves; whose they are is left to the frame, as for a minister.
            self.body = self.body or title.body

    def place(self) -> None:
        """A person the vocabulary knows, named with no title at all, is of its state:
        "Zelensky" in a Kremlin text is Ukraine's. A titled one is read as before, by the
        title and the document's frame (``principal.home_officials``). A "title" that is a
        state's name alone is none: it is where a longer title was cut ("Ambassador of
        Austria to Ukraine Lena Vogt" reads "Ukraine" before the name), which names
        where the person serves as often as whose they are."""
        bare_state = self.role is not None and country_of(self.role) is not None
        if self.office is not None or (self.role is not None and not bare_state):
            return
        if self.country is not None and not bare_state:
            return
        if self.take_listed():
            # The role is none here or a bare state's name, which is no role.
            self.role = None

    def take_listed(self) -> bool:
        """Take the state the vocabulary lists the person with, if it lists them, marked
        ``listed``: the text did not say so, so "the Russian side" is still the state, not
        the one Russian the vocabulary placed. Returns whether the vocabulary listed them."""
        listed = known_person(self.name)
        if listed is None:
            return False
        self.country, self.listed = listed.country, True
        return True


def _names_state(title: Title) -> bool:
    """Whether the title says whose the person is: "Defence Ministry spokesperson" does not,
    though the vocabulary gives the bare "Ministry of Defence" to the UK; every state has
    one (``states_own_body``), so the state is left to the text's other words and its
    frame, as a minister's is."""
    if title.body is None or not states_own_body(title.body):
        return True
    return bool(countries_in(title.text))


def _states_body(body: str) -> bool:
    """A body every state has, named bare with no state ("General Staff")."""
    org = organisation(body)
    return states_own_body(body) and org is not None and org.country is None


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

    def add(
        self, name: str, title: Title | None, position: int, *, honorific: bool = False
    ) -> Person:
        """``honorific``: the name is written with one ("Mr. Lukashenko"), which, as a
        title does, leaves whose the person is to the text (``Person.place``)."""
        surname = surname_of(name)
        known = self.find(surname)
        if known is not None and _compatible(known.name, name):
            known.learn(name, title)
            if not honorific:
                known.place()
            return known
        person = Person(name=name, surname=surname, first_seen=position)
        person.learn(name, title)
        if not honorific:
            person.place()
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


# The words that head a title before a name; no one is the start of another, so the
# order of the alternatives built from them does not matter.
_OWNED_HEADS = (
    "minister",
    "ambassador",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisor",
    "envoy",
    "president",
    "chancellor",
    "premier",
    "leader",
    "chief",
    "head",
    "commander",
)
_APPOSED_HEADS = (*_OWNED_HEADS, "official", "diplomat")


# A title in apposition before a name: "Ukraine's foreign minister, Dmytro Kuleba, said",
# "Spain's ambassador to the UN, Carlos Ruiz,".
_APPOSED = re.compile(
    r"(?P<title>(?:[A-Z][\w\u2019'.-]*(?:['\u2019]s)?[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}"
    r"(?:[A-Z]{2,}[ \t]+)?"
    rf"(?i:{'|'.join(_APPOSED_HEADS)})"
    r"(?:[ \t]+(?:to|of|for|at)[ \t]+(?:the[ \t]+)?[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?),[ \t]*$"
)


# A state's title run into the name: "Poland's foreign minister Jan Kowal".
_OWNED = re.compile(
    r"(?P<title>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?['\u2019]s[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}"
    rf"(?:{'|'.join(_OWNED_HEADS)}))[ \t]+$"
)


def _may_own(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends as ``_OWNED`` needs: a head word, then spaces (and
    at most a newline). Most names have no such title before them, and the expression,
    tried from every capital in its window, costs more than this test."""
    if end > start and text[end - 1] == "\n":
        end -= 1
    word_end = end
    while word_end > start and text[word_end - 1] in " \t":
        word_end -= 1
    return word_end < end and text.endswith(_OWNED_HEADS, start, word_end)


# What closes a name in apposition: "… with the Prime Minister of Italy, Mario Draghi."
_APPOSITION_CLOSES = re.compile(r"\s*(?:[,.;:)\u2014]|$)")


def apposed_title(text: str, start: int, end: int | None = None) -> Title | None:
    """A title before a name that the run left out: in apposition ("Ukraine's foreign
    minister, Dmytro Kuleba,", "the Prime Minister of Italy, Mario Draghi.") or owned by a
    state ("Poland's foreign minister Jan Kowal"). Given the name's ``end``, a name after
    the comma that goes on as a clause's subject ("After the talks with the President,
    Ivan Petrenko left for Warsaw") is no apposition: the comma closed a fronted phrase."""
    if not text[max(0, start - 3) : start].rstrip().endswith(","):
        window = max(0, start - 80)
        owned = _OWNED.search(text, window, start) if _may_own(text, window, start) else None
        if owned is None:
            return None
        title = read_title(owned["title"])
        return title if title.country is not None else None
    if end is not None and _APPOSITION_CLOSES.match(text, end) is None:
        return None
    window = max(0, start - 80)
    # Most commas before a name close a list or a clause: no head word, nothing to try.
    lowered = text[window:start].lower()
    headed = any(head in lowered for head in _APPOSED_HEADS)
    m = _APPOSED.search(text, window, start) if headed else None
    if m is None:
        return None
    title = read_title(m["title"])
    return title if title.office is not None or title.country is not None else None


# A state's possessive opening a role ("Finland's", "South Korea's").
_STATE_OWNED = r"[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?['\u2019]s[ \t]+"
# A role in apposition after a name: "Olga Marsh, a former ambassador to Ukraine, said".
# The title may be capitalised ("Anna Berg, the Foreign Minister of Finland, said") or owned
# by its state ("Anna Berg, Finland's foreign minister, said").
_ROLE_OPENS = re.compile(rf",[ \t]+(?:(?:a|an|the)[ \t]+(?=[A-Za-z])|(?={_STATE_OWNED}))")
_OWNER_OPENS = re.compile(_STATE_OWNED)
# A capitalised or owned role is a title's noun phrase and nothing more: up to three words
# before the title's head, and a complement of capitalised words ("Foreign Minister of
# Finland", "Finland's Deputy Foreign Minister"); "the President thanked the troops and said
# that," after a fronted "In Rzeszow" is a clause, no role of the place.
_TITLE_PHRASE = re.compile(
    rf"(?:{_STATE_OWNED})?(?:[\w-]+[ \t]+){{0,3}}?(?P<head>[\w-]+)"
    r"(?:[ \t]+(?:of|for|to|at|in|on)[ \t]+(?:the[ \t]+)?[A-Z][\w.-]*"
    r"(?:[ \t]+(?:[A-Z][\w.-]*|of|and))*)?"
)
_ROLE_STOPS = re.compile(r"[,;:.!?\u201c\u201d\"()\n]")
_ROLE_REACH = 160
_ROLE_HEAD_WORDS = 3
# "ambassador to Ukraine": the state a role is directed to is not the holder's.
_DIRECTED = re.compile(r"\b(?:to|in)\s+(?:the\s+)?[A-Z][\w\s]*$")


def directed(title: str) -> bool:
    """A title sent to a state ("Ambassador to Germany"): the state it names is where its
    holder serves, not whose official the holder is."""
    return _DIRECTED.search(title) is not None


@dataclass(frozen=True)
class Role:
    text: str
    end: int

    @property
    def title(self) -> Title:
        read = read_title(self.text)
        country = None if directed(self.text) else read.country
        return Title(self.text, read.office, country, read.body)


def appositive_role(text: str, pos: int) -> Role | None:
    """The role after a name, up to the comma that closes it: a comma inside a proper
    name's list of capitalised words ("the Department for Digital, Culture, Media and
    Sport") does not close it; "the ministry, Russia and Ukraine" does."""
    opened = _ROLE_OPENS.match(text, pos)
    if opened is None:
        return None
    start = opened.end()
    limit = min(len(text), start + _ROLE_REACH)
    for stop in _ROLE_STOPS.finditer(text, start, limit):
        if stop.group() != ",":
            return None
        before = text[start : stop.start()].split()
        after = text[stop.end() : stop.end() + 30].split()
        if before and after and before[-1][:1].isupper() and after[0][:1].isupper():
            continue  # a list of names inside the role
        role = text[start : stop.start()]
        heads = load_grammar().title_heads
        # "Finland's Deputy Foreign Minister": the state is no word of the title.
        owner = _OWNER_OPENS.match(role)
        words = role[owner.end() if owner else 0 :].split()
        if not any(w.lower() in heads for w in words[:_ROLE_HEAD_WORDS]):
            return None
        if role[:1].isupper():
            phrase = _TITLE_PHRASE.fullmatch(role.strip())
            if phrase is None or phrase["head"].lower() not in heads:
                return None
        end = stop.end()
        while end < len(text) and text[end] in " \t":
            end += 1
        return Role(role, end)
    return None


def is_person_name(text: str, m: Mention, known: set[str]) -> bool:
    """A capitalised run is a person's name when a title or honorific introduces it, when it
    acts as a subject or speaker ("Xi Jinping stressed", "Vladimir Putin:"), or when its
    surname belongs to someone introduced so, or the vocabulary knows the name ("Lukashenko
    knows this", "I said the same thing to Zelensky")."""
    if m.name is None:
        return False
    if m.honorific or (m.title is not None and (m.title.office or introduces_person(m.title))):
        return True
    if known_person(m.name) is not None:
        return True
    words = m.name.split()
    if len(words) < 2:
        return surname_of(m.name) in known
    if surname_of(m.name) in known:
        return True
    if appositive_role(text, m.end) is not None:
        return True
    after = _VERB_AFTER.match(text, m.end)
    grammar = load_grammar()
    if after is not None:
        verb = after["verb"]
        joins = verb in grammar.prepositions or verb in grammar.determiners
        if not joins and verb not in ("and", "or", "but", "nor"):
            return True
        if (verb in grammar.prepositions or verb in ("and", "or")) and len(words) == 2:
            before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
            if before is not None and before["word"].lower() in grammar.person_objects:
                return True
    return _LABEL_AFTER.match(text, m.end) is not None


# Two names joined by "and"/"or" and nothing else: "Vladimir Putin and President of China".
_COORDINATED = re.compile(r"[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?$")
_ARTICLE_BEFORE = re.compile(r"\b(?i:the)[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}$")


def coordinated_people(text: str, mentions: list[Mention], known: set[str]) -> set[str]:
    """Surnames of names coordinated with a person: coordination joins constituents of one
    kind (Quirk et al. 13.1), so "Vladimir Putin and President of Brazil Ana Costa" and
    "the talks between Sergei Lavrov and Mark Ellison" name two people once either is one,
    where a name followed by "and" alone is not enough to tell a person from a place."""
    found: set[str] = set()
    people = [m for m in mentions if m.kind == "person" and m.name]
    for a, b in itertools.pairwise(people):
        if not _COORDINATED.fullmatch(text, a.end, b.start):
            continue
        for m, other in ((a, b), (b, a)):
            name, other_name = m.name or "", other.name or ""
            if (
                surname_of(other_name) in known | found
                and len(name.split()) >= 2
                and not _after_article(text, m)
            ):
                found.add(surname_of(name))
    return found


def _after_article(text: str, m: Mention) -> bool:
    """ "the Southern Military District and the Pacific Fleet": a name after "the" (and any
    capitalised words the name reader left out of it) is no person's; a titled person's
    "the" belongs to the title, which makes them one already."""
    return _ARTICLE_BEFORE.search(text, max(0, m.start - 60), m.start) is not None


def introduces_person(title: Title) -> bool:
    """A title that introduces a person: an office or a title head, not a bare country
    ("Bucharest Nine" is no person)."""
    heads = load_grammar().title_heads
    return title.office is not None or any(w.lower() in heads for w in title.text.split())
