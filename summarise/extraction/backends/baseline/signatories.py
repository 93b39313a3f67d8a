"""Who signs a joint statement: the group it speaks for and the states its signers stand
for, wherever the statement lists them ("We, the Presidents of …", one office at a time,
its title, or the first sentence naming them as its subject).

Kept apart from ``speakers`` (whose voice a sentence is): this module only reads lists of
parties, and ``speakers.document_voice``, ``joint_voice`` and ``contact_forms`` (the
occasion the signers met on) ask it.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.mentions import find_mentions
from summarise.extraction.backends.baseline.refs import ActorRef, leader_office, office, state
from summarise.phrases.lists import and_joined

# "We, the Presidents of Latvia, the Republic of Moldova and Ukraine - the Riga Group, …":
# who signs a joint statement, and the group's own name if it has one.
_ITEM = r"(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\u2019'-]*)*"
_SIGNATORIES = re.compile(
    r"\b[Ww]e,\s+the\s+(?:(?P<short>[A-Z][\w\u2019'-]*)\s+)?(?P<office>(?i:leaders|presidents|"
    r"heads of (?:state|government)|prime ministers|foreign ministers|ministers))"
    rf"(?:\s+and\s+\w+)?(?:\s+of\s+(?P<list>{_ITEM}(?:(?:,\s*(?:and\s+)?|\s+and\s+){_ITEM})*))?"
    r"(?:\s*[\u2013\u2014-]\s*(?:the\s+)?(?P<name>[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*))?",
)
# Who a joint statement's title names as signing it: "Joint Statement by the United States
# and Ukraine", "Joint Statement of the Presidents of Poland and Lithuania", "U.S.-Ukraine
# Joint Statement on …".
_TITLE_BY = re.compile(
    r"\b(?i:Statement|Declaration|Communiqu\w*)\s+(?:by|of|from)\s+(?:the\s+)?"
    r"(?:(?i:leaders|presidents|heads of state(?: and government)?|prime ministers|"
    r"foreign ministers|ministers)\s+of\s+(?:the\s+)?)?(?P<who>.+?)"
    r"(?:\s+(?:on|regarding|about|in|at|following|after|concerning)\b.*)?$"
)
_TITLE_BEFORE = re.compile(
    r"^(?P<who>.+?)\s+(?:Leaders['\u2019]?\s+)?Joint\s+(?:Statement|Declaration)"
)
# "We, the President of Finland Anna Lind and the President of the Republic of Latvia Juris
# Ozols, met …": signers listed one office (and its holder) at a time, the list
# closed by the comma before the verb.
_ONE_OFFICE = (
    r"the\s+(?:President|Prime\s+Minister|(?:Federal\s+)?Chancellor|Head\s+of\s+State)\s+of\s+"
)
_ONE_SIGNER = rf"{_ONE_OFFICE}[^,.;:]+?(?:,\s+[A-Z][^,.;:]*?)?"
_SIGNED_SINGLY = re.compile(
    rf"\b[Ww]e,\s+(?P<list>{_ONE_SIGNER}(?:(?:,\s*(?:and\s+)?|\s+and\s+){_ONE_SIGNER})+),\s+(?=[a-z])"
)
_OFFICE_SPLIT = re.compile(rf"\s*,\s*(?:and\s+)?(?={_ONE_OFFICE})|\s+and\s+(?={_ONE_OFFICE})")
_HYPHEN_LIST = re.compile(r"(?<=[\w.])[\u2013-](?=[A-Z])")
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_NAMED = r"(?:the\s+)?[A-Z][\w\u2019'.-]*(?:\s+(?:of\s+)?[A-Z][\w\u2019'.-]*)*"
# A sentence opening (perhaps after a fronted phrase) with a list of names and its verb.
_SUBJECT_LIST = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:[A-Z][^.,;\n]{0,60},\s+)?(?:[Tt]he\s+)?"
    rf"(?P<who>{_NAMED}(?:(?:\s*,\s*|\s+and\s+){_NAMED})+)\s+(?=[a-z])"
)
_LIST_ARTICLES = re.compile(r"^(?:the\s+)?(?:Republic\s+of\s+)?", re.IGNORECASE)


def signatories(text: str, title: str = "", home: str | None = None) -> ActorRef | None:
    """The group a joint statement speaks for: its own name ("We, the Leaders of the
    G7"), its members listed in the text, or else the parties its title names, or those a
    sentence names as its subject, the publisher's state among them (``home``)."""
    m = _SIGNATORIES.search(text)
    if m is not None and m["name"] and not _titled_person(m["name"]):
        return ActorRef(m["name"].strip(), "other")
    if m is not None and m["list"]:
        members = [_LIST_ARTICLES.sub("", p).strip() for p in _LIST_SPLIT.split(m["list"])]
        members = [p for p in members if p]
        if len(members) >= 2:
            return ActorRef(and_joined(members), "other")
        return _group(members)
    if m is not None and m["short"]:
        return _group([m["short"]])
    return _group(_listed_singly(text) or _titled(title), home) or _group(_subject_list(text, home))


def _titled_person(name: str) -> bool:
    """ "We, the Leaders of the Quad — President A of X, …": what follows the dash
    names the signers one by one, not the group's name ("… of A, B and C — the Riga
    Group")."""
    first = find_mentions(name)[:1]
    return bool(first) and first[0].kind in ("person", "office") and first[0].title is not None


def signer_sides(text: str, title: str = "", home: str | None = None) -> frozenset[str]:
    """The states (or bodies) a joint statement's signers stand for, wherever it lists
    them: its "We, the Presidents of …" opening, one office at a time, or its title; where
    these name fewer than two, the list a sentence opens with, the publisher's state among
    them (``home``)."""
    m = _SIGNATORIES.search(text)
    items = _LIST_SPLIT.split(m["list"]) if m is not None and m["list"] else []
    sides = _sides(items or _listed_singly(text) or _titled(title), home)
    if len(sides) < 2:
        sides = _sides(_subject_list(text, home)) or sides
    return sides


def _sides(items: list[str], home: str | None = None) -> frozenset[str]:
    own = _own_head(items, home)
    return frozenset(p.side for p in (_listed_party(i, own) for i in items) if p is not None)


def signed_singly(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a joint statement lists its signers one office (and holder) at a time ("We,
    the President of A [name] and the President of B [name], met …"), for the occasion
    they met on: its participants are the people the list names."""
    m = _SIGNED_SINGLY.search(text, start, end)
    return m.span("list") if m is not None else None


def _listed_singly(text: str) -> list[str]:
    m = _SIGNED_SINGLY.search(text)
    return _OFFICE_SPLIT.split(m["list"]) if m is not None else []


def _subject_list(text: str, home: str | None) -> list[str]:
    """The parties the first sentence opening with a list of them names, the publisher's
    state among them, when neither a joint statement's title nor a "We, the …" opening
    does ("Joint Statement by President A and President B", then "The United States and
    the European Commission condemn …"): the signers speak of themselves in the third
    person, and a state's statement is signed by the state itself."""
    for m in _SUBJECT_LIST.finditer(text):
        items = [p for p in _LIST_SPLIT.split(m["who"]) if p.strip()]
        parties = [_listed_party(item) for item in items]
        if home is not None and any(p is not None and p.side == home for p in parties):
            return items
    return []


def _titled(title: str) -> list[str]:
    titled = _TITLE_BY.search(title) or _TITLE_BEFORE.search(title)
    if titled is None:
        return []
    who = _HYPHEN_LIST.sub(" and ", titled["who"])
    return [p for p in _LIST_SPLIT.split(who) if p.strip()]


# Signatories' offices that name one person per state: "the Presidents of …".
_OFFICES = {"presidents": "President", "prime ministers": "Prime Minister"}


def signing_offices(text: str, start: int, end: int) -> list[ActorRef]:
    """ "We, the Presidents of Ukraine, Romania and Moldova, having met in
    …": the office holders a joint statement lists as its signers, one per state, so that
    the occasion they met on has its participants (an office the article names without
    its holder stays that office)."""
    m = _SIGNATORIES.search(text, start, end)
    if m is None or not m["list"]:
        return []
    # "Prime" of "the Prime Ministers" is read as a group's short name ("the G7 leaders").
    written = f"{m['short'] or ''} {m['office']}".strip().lower()
    role = _OFFICES.get(written) or _OFFICES.get(m["office"].lower())
    if role is None:
        return []
    parties: list[ActorRef] = []
    for item in _LIST_SPLIT.split(m["list"]):
        party = _listed_party(item)
        if party is None or party.kind != "state":
            return []
        if all(p.country != party.name for p in parties):
            parties.append(office(role, party.name))
    return parties if len(parties) >= 2 else []


def _group(items: list[str], home: str | None = None) -> ActorRef | None:
    """Parties named one by one as one holder; a single one only when it is itself a
    group (an organisation): one state's words are not a group's."""
    own = _own_head(items, home)
    parties: list[ActorRef] = []
    for item in items:
        party = _party(item, own)
        if party is not None and party not in parties:
            parties.append(party)
    if len(parties) == 1:
        return parties[0] if parties[0].kind in ("organisation", "other") else None
    if len(parties) < 2:
        return None
    names = [p.name for p in parties]
    return ActorRef(and_joined(names), "other")


def _listed_party(item: str, own: str | None = None) -> ActorRef | None:
    """A list's item as a party, its article and "Republic of" aside: "the Republic of
    Poland" and "Poland" list one party."""
    return _party(_LIST_ARTICLES.sub("", item).strip(), own)


def _own_head(items: list[str], home: str | None) -> str | None:
    """The publisher's state, when exactly one signer is titled as its head with no
    country ("Joint Statement by President Biden and President Nauseda of Lithuania"): a
    state's own text names the others' countries and leaves its own unsaid. Two such
    signers ("President Biden and President von der Leyen") tell nothing."""
    head = (leader_office(home) or "").lower()
    if not head:
        return None
    bare = sum(
        1
        for item in items
        for m in find_mentions(item)[:1]
        if m.kind in ("person", "office")
        and m.title is not None
        and m.title.country is None
        and m.title.office == head
    )
    return home if bare == 1 else None


def _party(item: str, own: str | None = None) -> ActorRef | None:
    """A listed signatory as a party: a state, an organisation, or a leader's state; a
    leader titled with no country is ``own``'s (``_own_head``)."""
    for m in find_mentions(item):
        if m.ref is not None and m.ref.kind in ("state", "government"):
            return state(m.ref.side)
        if m.ref is not None and m.ref.kind in ("organisation", "other"):
            return m.ref
        if m.kind not in ("person", "office") or m.title is None:
            continue
        if m.title.country is not None:
            return state(m.title.country)
        if own is not None and m.title.office == (leader_office(own) or "").lower():
            return state(own)
    return None
