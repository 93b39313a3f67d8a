"""Actor mentions in text: the dictionary and the patterns that find them.

Following the TABARI/PETRARCH tradition, actors come from a dictionary (the shared
vocabulary, ``summarise/actors/data/actors.toml``, plus ``data/people.toml``)
rather than a statistical tagger: every surface form maps to one resolved actor, so
"the Kremlin" is the Russian government in every article and the output is explainable.
Patterns add what a dictionary cannot list: titled names ("Foreign Secretary Liz Truss"),
honorifics ("Mr Johnson"), roles without names ("the Russian president"), spokespeople
and groups ("British officials"). Resolving what a mention refers to within the article
is ``coref``'s job; this module only finds and labels candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from summarise.actors import vocabulary
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.patterns import trie_pattern
from summarise.schema import Actor, ActorKind

FormKind = Literal["state", "adjective", "demonym", "capital", "seat", "organisation", "person"]
RawKind = Literal[
    "form", "titled", "honorific", "group", "pronoun", "appositive", "named", "outlet", "capword"
]


@dataclass(frozen=True)
class ActorKey:
    """A resolved actor: hashable, so items can be keyed and merged on it."""

    name: str
    kind: ActorKind
    country: str | None = None
    role: str | None = None

    def to_actor(self) -> Actor:
        return Actor(name=self.name, kind=self.kind, country=self.country, role=self.role)

    @property
    def state(self) -> str | None:
        """The state this actor belongs to, or the actor itself for organisations."""
        if self.kind == "state":
            return self.name
        return self.country or (self.name if self.kind == "organisation" else None)


@dataclass(frozen=True)
class Person:
    name: str
    surname: str
    gender: str
    role: str | None
    country: str | None

    @property
    def ref(self) -> ActorKey:
        return ActorKey(self.name, "person", self.country, self.role)


@dataclass(frozen=True)
class Form:
    """What one dictionary surface form stands for."""

    actor: ActorKey
    kind: FormKind
    person: Person | None = None


@dataclass(frozen=True)
class StateEntry:
    name: str
    government: str
    leader: str


@dataclass
class RawMention:
    """A candidate actor mention, before within-article resolution."""

    start: int
    end: int
    kind: RawKind
    text: str
    groups: dict[str, str] = field(default_factory=dict)
    form: Form | None = None


@dataclass
class Gazetteer:
    """The compiled dictionary: forms, people, roles and the patterns built from them."""

    forms: dict[str, Form]
    states: dict[str, StateEntry]
    surnames: dict[str, Person]
    role_defaults: dict[str, Person]
    office_holders: dict[tuple[str, str], Person]
    honorifics: dict[str, str]
    spokesperson_words: frozenset[str]
    group_words: frozenset[str]
    modifier_nouns: frozenset[str]
    not_names: frozenset[str]
    prepositions: frozenset[str]
    object_words: frozenset[str]
    reporting_verbs: frozenset[str]
    outlets: frozenset[str] = frozenset()
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)

    def form(self, text: str) -> Form | None:
        return self.forms.get(text) or self.forms.get(_strip_possessive(text))

    def person_by_name(self, name: str) -> Person | None:
        form = self.forms.get(name)
        if form is not None and form.person is not None:
            return form.person
        return self.surnames.get(name.rsplit(maxsplit=1)[-1]) if " " not in name else None


def normalise_role(role: str) -> str:
    """Role words compared loosely: case, US spelling, 'PM', 'former', 'top' ignored."""
    words = role.lower().replace("-", " ").replace(".", "").split()
    words = [_ROLE_SPELLING.get(w, w) for w in words if w not in _ROLE_NOISE]
    text = " ".join(words)
    return _ROLE_ABBREVIATIONS.get(text, text)


_ROLE_SPELLING = {"defense": "defence", "advisor": "adviser"}
_ROLE_NOISE = frozenset({"former", "top", "the", "acting", "outgoing", "new", "senior"})
_ROLE_ABBREVIATIONS = {"pm": "prime minister"}

_NAME_TOKEN = r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-Za-zà-ÿ]+)*"
_NAME = rf"{_NAME_TOKEN}(?:[ ](?:von der |van |de |Le |al-)?{_NAME_TOKEN}){{0,2}}"
_NAME2 = rf"{_NAME_TOKEN}(?:[ ](?:von der |van |de |Le )?{_NAME_TOKEN}){{1,2}}"
_POSSESSIVE = r"(?:['\u2019]s)?"
_SP = r"[^\S\n]+"
# The rest of a proper name listing its titles: "Digital, Culture, Media and Sport".
_TITLE_LIST = rf"(?:\b{_NAME_TOKEN}(?:,[ ]{_NAME_TOKEN})+,?[ ]and[ ]{_NAME_TOKEN}(?![\w-]))"
_ROLE_HEADS = (
    "minister|ambassador|secretary|spokesman|spokeswoman|spokesperson|adviser|advisor|"
    "official|diplomat|envoy|president|chancellor|general|commander|chief|leader|analyst|"
    "expert|professor|MP|senator|lawmaker|chairman|director|head"
)


def _strip_possessive(text: str) -> str:
    return text[:-2] if text.endswith(("'s", "\u2019s")) else text


def _with_capitalised_article(forms: list[str]) -> list[str]:
    """'the Kremlin' is also written 'The Kremlin' at the start of a sentence."""
    out = list(forms)
    out += ["The" + f[3:] for f in forms if f.startswith("the ")]
    return out


def _add(forms: dict[str, Form], surfaces: list[str], form: Form) -> None:
    for surface in _with_capitalised_article(surfaces):
        forms.setdefault(surface, form)


@cache
def load_gazetteer() -> Gazetteer:
    """The shared vocabulary's countries, organisations, offices, honorifics and outlets,
    with the baseline's own people and role words, compiled into surface forms."""
    vocab = vocabulary()
    data = read_data("people.toml")
    grammar = read_data("grammar.toml")
    forms: dict[str, Form] = {}
    states: dict[str, StateEntry] = {}
    people: list[Person] = []
    surnames: dict[str, Person] = {}
    role_defaults: dict[str, Person] = {}
    office_holders: dict[tuple[str, str], Person] = {}

    for entry in data["person"]:
        person = Person(
            name=entry["name"],
            surname=entry["surname"],
            gender=entry.get("gender", ""),
            role=entry.get("role"),
            country=entry.get("country"),
        )
        people.append(person)
        form = Form(person.ref, "person", person)
        _add(forms, [person.name, *entry.get("aliases", [])], form)
        surnames.setdefault(person.surname, person)
        for role in entry.get("defaults_for", []):
            role_defaults.setdefault(normalise_role(role), person)
        if person.role and person.country:
            office_holders.setdefault((person.country, normalise_role(person.role)), person)
    for country in vocab.countries.values():
        name = country.name
        states[name] = StateEntry(name=name, government=country.government, leader=country.leader)
        state = ActorKey(name, "state")
        government = ActorKey(country.government, "government", name)
        _add(forms, [name, *country.forms], Form(state, "state"))
        for demonym in country.demonyms:
            kind: FormKind = "demonym" if demonym.endswith("s") else "adjective"
            _add(forms, [demonym], Form(state, kind))
        _add(forms, list(country.capitals), Form(government, "capital"))
        _add(forms, list(country.seats), Form(government, "seat"))

    for org in vocab.organisations:
        ref = ActorKey(org.name, org.kind, org.country)
        _add(forms, [org.name, *org.forms], Form(ref, "organisation"))
    # Bare surnames go in last so that they never shadow another form.
    for person in people:
        forms.setdefault(person.surname, Form(person.ref, "person", person))

    roles = data["roles"]
    gazetteer = Gazetteer(
        forms=forms,
        states=states,
        surnames=surnames,
        role_defaults=role_defaults,
        office_holders=office_holders,
        honorifics=dict(vocab.honorifics),
        spokesperson_words=frozenset(w.lower() for w in roles["spokesperson"]),
        group_words=frozenset(w.lower() for w in roles["groups"]),
        modifier_nouns=frozenset(roles["modifier_nouns"]),
        not_names=frozenset(grammar["not_names"]),
        prepositions=frozenset(grammar["prepositions"]),
        object_words=frozenset(grammar["object_words"]),
        reporting_verbs=frozenset(grammar["reporting_verbs"]),
    )
    outlets = [surface for outlet in vocab.outlets for surface in (outlet.name, *outlet.forms)]
    gazetteer.outlets = frozenset(outlets)
    titles = [form for forms_ in vocab.offices.values() for form in forms_]
    gazetteer.patterns = _compile(gazetteer, titles, outlets)
    return gazetteer


def _compile(
    gazetteer: Gazetteer, titles: list[str], outlets: list[str]
) -> dict[str, re.Pattern[str]]:
    forms = trie_pattern(gazetteer.forms)
    honorifics = trie_pattern(gazetteer.honorifics)
    groups = "|".join(sorted(gazetteer.group_words, key=len, reverse=True))
    modifiers = trie_pattern(gazetteer.modifier_nouns)
    qualifier = (
        rf"(?:(?:(?i:former|deputy|senior|top|acting|chief|outgoing)|{forms}{_POSSESSIVE})\s+)"
    )
    return {
        # A dictionary form or a news outlet, unless it only modifies a following noun
        # ("the Minsk agreements", "Germany-based").
        "form": re.compile(
            rf"(?<![\w.-])(?:{trie_pattern([*gazetteer.forms, *outlets])})(?![\w])"
            rf"(?!\s+(?:{modifiers})\b)(?!-based)"
        ),
        # What turns a form into a group: "British officials", "Nato allies".
        "group": re.compile(
            rf"{_POSSESSIVE}\s+(?:(?i:government)\s+)?(?P<group>(?i:{groups}))(?![\w])"
        ),
        # A title; its determiner and qualifiers are read backwards from it, its name forwards.
        "titled": re.compile(rf"(?<![\w-])(?:{trie_pattern(_title_variants(titles))})(?![\w])"),
        "title_head": re.compile(
            rf"(?:(?<![\w-])(?P<det>(?i:the|a|an|his|her|their|its))\s+)?"
            rf"(?<![\w-])(?P<qual>{qualifier}{{0,3}})$"
        ),
        "title_tail": re.compile(
            rf"(?:{_SP}(?P<prep>to|of|for){_SP}(?P<of>{forms})(?![\w])"
            rf"(?:['\u2019]s{_SP}(?i:administration|government|office))?)?"
            rf"(?:,?{_SP}(?P<name>{_NAME})(?![\w]))?"
        ),
        "pronoun": re.compile(
            r"(?<![\w])(?P<pronoun>[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Ii]t|[Ii]ts)(?![\w'\u2019])"
            r"(?!\s+(?:is|was|'s|\u2019s|comes|came|seems|seemed|appears|appeared|will be|"
            r"would be|has been|had been|remains|means|meant|emerged|follows|followed|"
            r"is hoped|also means)\b)"
        ),
        # Any capitalised word: a bare surname of someone the article has introduced, and
        # where the patterns below, which all start with one, are tried.
        "capword": re.compile(rf"(?<![\w])(?:{_NAME_TOKEN})(?![\w])"),
        "honorific": re.compile(rf"(?P<hon>{honorifics})\s+(?P<name>{_NAME})(?![\w])"),
        # "Chris Philp, a minister in the Department for Digital, Culture, Media and Sport,":
        # a role ends at a comma, except the commas of a proper name's list of titles.
        "appositive": re.compile(
            rf"(?P<name>{_NAME2}),\s+(?:a|an|the)\s+"
            rf"(?P<role>[^,.;:\u201c\u201d\"]{{0,60}}?\b(?:{_ROLE_HEADS})\b"
            rf"[^,.;:\u201c\u201d\"]{{0,40}}?{_TITLE_LIST}?)(?=[,.;:]|\s+said\b)"
        ),
        # "Emily Horne said": an unknown two-word name attributed speech.
        "named": re.compile(rf"(?P<name>{_NAME2})(?=,?\s+(?:said|says|told|added|wrote)\b)"),
    }


def _title_variants(titles: list[str]) -> set[str]:
    """Titles as written in a headline, mid-sentence or at a sentence start."""
    variants: set[str] = set()
    for title in titles:
        variants |= {title, title.lower(), title[:1].upper() + title[1:].lower(), title.title()}
    return variants


# Lower wins when two candidates start at the same place and are as long.
_PRIORITY: dict[RawKind, int] = {
    "titled": 0,
    "appositive": 0,
    "outlet": 1,
    "group": 1,
    "honorific": 1,
    "form": 2,
    "pronoun": 3,
    "named": 4,
    "capword": 5,
}
_TITLE_LOOKBACK = 80


def find_raw_mentions(text: str, gazetteer: Gazetteer) -> list[RawMention]:
    """Every candidate mention in ``text``, overlaps resolved: earliest, then longest, wins.

    Outlets are found only so that they block a false person reading; they are dropped.
    Four scans of the text do the work; the rarer patterns are tried only where one of
    them found a capitalised word, so the cost stays linear and small.
    """
    pats = gazetteer.patterns
    found: list[RawMention] = []
    for m in pats["form"].finditer(text):
        surface = m.group()
        if surface in gazetteer.outlets:
            found.append(RawMention(m.start(), m.end(), "outlet", surface))
            continue
        found.append(RawMention(m.start(), m.end(), "form", surface, {}, gazetteer.form(surface)))
        group = pats["group"].match(text, m.end())
        if group is not None:
            groups = {"mod": surface, "group": group["group"]}
            found.append(
                RawMention(m.start(), group.end(), "group", text[m.start() : group.end()], groups)
            )
    for m in pats["pronoun"].finditer(text):
        found.append(RawMention(m.start(), m.end(), "pronoun", m.group(), {"pronoun": m.group()}))
    for m in pats["titled"].finditer(text):
        found.append(_titled(text, m, gazetteer))
    for m in pats["capword"].finditer(text):
        found.append(RawMention(m.start(), m.end(), "capword", m.group()))
        if m.group() in gazetteer.honorifics:
            kinds: tuple[RawKind, ...] = ("honorific",)
        elif text[m.end() : m.end() + 1] == " " and text[m.end() + 1 : m.end() + 2].isupper():
            kinds = ("appositive", "named")  # both need a second capitalised word
        else:
            continue
        for kind in kinds:
            more = pats[kind].match(text, m.start())
            if more is not None and (
                kind == "honorific" or _plausible_name(more["name"], gazetteer)
            ):
                groups = {k: v for k, v in more.groupdict().items() if v is not None}
                found.append(RawMention(m.start(), more.end(), kind, more.group(), groups))
    found.sort(key=lambda r: (r.start, r.start - r.end, _PRIORITY[r.kind]))
    chosen: list[RawMention] = []
    end = -1
    for raw in found:
        if raw.start >= end:
            chosen.append(raw)
            end = raw.end
    return [r for r in chosen if r.kind != "outlet"]


def _plausible_name(name: str, gazetteer: Gazetteer) -> bool:
    """Not "Later Britain" nor "North Carolina": no function word, no known name inside."""
    words = name.split()
    return words[0] not in gazetteer.not_names and not any(w in gazetteer.forms for w in words)


def _titled(text: str, m: re.Match[str], gazetteer: Gazetteer) -> RawMention:
    pats = gazetteer.patterns
    head = pats["title_head"].search(text, max(0, m.start() - _TITLE_LOOKBACK), m.start())
    tail = pats["title_tail"].match(text, m.end())
    start = head.start() if head is not None and head.group() else m.start()
    end = tail.end() if tail is not None and tail.group() else m.end()
    groups = {"title": m.group()}
    for part in (head, tail):
        if part is not None:
            groups.update({k: v for k, v in part.groupdict().items() if v})
    name = groups.get("name")
    if name is not None and name.split()[0] in gazetteer.not_names:
        del groups["name"]
        end = m.end() if "of" not in groups else end
    return RawMention(start, end, "titled", text[start:end], groups)
