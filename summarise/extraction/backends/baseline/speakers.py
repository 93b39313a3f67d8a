"""Who speaks: a document's own voice, a transcript turn's speaker, a quotation's source.

- A statement issued in someone's name speaks with their voice; a spokesperson's
  statement speaks for their state (``via`` the spokesperson); a joint statement for its
  signatories ("We, the leaders of …"); a fact sheet for the publisher's state.
- A transcript speaker is someone the article introduced or a title it resolves; one with
  neither office nor title (a journalist) holds no positions.
- A quotation is attributed by its reporting clause after it ('…," the President said')
  or before it ('He added: "…"'); a quotation with neither, in the paragraph of one that
  has, goes on with the same speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from summarise.extraction.backends.baseline.cast import Cast
from summarise.extraction.backends.baseline.document import Frame
from summarise.extraction.backends.baseline.lexicon import load_grammar, load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention, find_mentions
from summarise.extraction.backends.baseline.names import surname_of
from summarise.extraction.backends.baseline.quotes import AFTER, QuoteZones, Zone, clause_before
from summarise.extraction.backends.baseline.refs import ActorRef, office, state
from summarise.extraction.backends.baseline.resolve import Resolver
from summarise.extraction.backends.baseline.turns import speaker_text

# "We, the Presidents of Ukraine, the Republic of Lithuania and the Republic of Poland - the
# Lublin Triangle, …": who signs a joint statement, and the group's own name if it has one.
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
# "We, the President of Ukraine Volodymyr Zelenskyy and the President of the Republic of
# Estonia Alar Karis, met …": signers listed one office (and its holder) at a time, the list
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
_DOCUMENT_READS = re.compile(
    r"\b(?:communiqu\w*|joint statement|statement) (?:reads|says|states)\b", re.IGNORECASE
)
_FINITE_VERB = re.compile(r"[a-z]+(?:ed|s)")
_CLOSING = frozenset('\u201d"')
_BEFORE_WINDOW = 120
_VERB_REACH = 80
_NAME_REACH = 60
# A full stop ends a sentence unless it ends a title or an initial ("Mr. Putin", "U.S.").
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\b[A-Z])[.!?]\s+(?=[A-Z\u201c\"])"
)


@dataclass(frozen=True)
class Speaker:
    ref: ActorRef | None
    via: ActorRef | None
    # A party whose words are positions; a journalist asking questions is not.
    official: bool
    # Named only as "he"/"she" ('…," he said'): whom it stands for is the reader's call.
    pronoun: bool = False


def signatories(text: str, title: str = "", home: str | None = None) -> ActorRef | None:
    """The group a joint statement speaks for: its own name ("We, the Leaders of the
    G7"), its members listed in the text, or else the parties its title names, or those a
    sentence names as its subject, the publisher's state among them (``home``)."""
    m = _SIGNATORIES.search(text)
    if m is not None and m["name"]:
        return ActorRef(m["name"].strip(), "other")
    if m is not None and m["list"]:
        members = [_LIST_ARTICLES.sub("", p).strip() for p in _LIST_SPLIT.split(m["list"])]
        members = [p for p in members if p]
        if len(members) >= 2:
            return ActorRef(", ".join(members[:-1]) + " and " + members[-1], "other")
        return _group(members)
    if m is not None and m["short"]:
        return _group([m["short"]])
    return _group(_listed_singly(text) or _titled(title)) or _group(_subject_list(text, home))


def signer_sides(text: str, title: str = "", home: str | None = None) -> frozenset[str]:
    """The states (or bodies) a joint statement's signers stand for, wherever it lists
    them: its "We, the Presidents of …" opening, one office at a time, or its title; where
    these name fewer than two, the list a sentence opens with, the publisher's state among
    them (``home``)."""
    m = _SIGNATORIES.search(text)
    items = _LIST_SPLIT.split(m["list"]) if m is not None and m["list"] else []
    sides = _sides(items or _listed_singly(text) or _titled(title))
    if len(sides) < 2:
        sides = _sides(_subject_list(text, home)) or sides
    return sides


def _sides(items: list[str]) -> frozenset[str]:
    return frozenset(p.side for p in map(_listed_party, items) if p is not None)


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
    the European Commission deplore …"): the signers speak of themselves in the third
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
    """ "We, the Presidents of Ukraine, Romania and the Republic of Moldova, having met in
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


def _group(items: list[str]) -> ActorRef | None:
    """Parties named one by one as one holder; a single one only when it is itself a
    group (an organisation): one state's words are not a group's."""
    parties: list[ActorRef] = []
    for item in items:
        party = _party(item)
        if party is not None and party not in parties:
            parties.append(party)
    if len(parties) == 1:
        return parties[0] if parties[0].kind in ("organisation", "other") else None
    if len(parties) < 2:
        return None
    names = [p.name for p in parties]
    return ActorRef(", ".join(names[:-1]) + " and " + names[-1], "other")


def _listed_party(item: str) -> ActorRef | None:
    """A list's item as a party, its article and "Republic of" aside: "the Republic of
    Poland" and "Poland" list one party."""
    return _party(_LIST_ARTICLES.sub("", item).strip())


def _party(item: str) -> ActorRef | None:
    """A listed signatory as a party: a state, an organisation, or a leader's state."""
    for m in find_mentions(item):
        if m.ref is not None and m.ref.kind in ("state", "government"):
            return state(m.ref.side)
        if m.ref is not None and m.ref.kind in ("organisation", "other"):
            return m.ref
        if m.kind in ("person", "office") and m.title is not None and m.title.country is not None:
            return state(m.title.country)
    return None


def document_voice(text: str, frame: Frame, cast: Cast) -> Speaker | None:
    """Whose first person an unattributed sentence is: the signatory of a statement (a
    spokesperson speaks for their state), a joint statement's group, or the publisher's
    state."""
    home = frame.home
    if frame.kind == "statement" and frame.signatory is not None:
        sig = frame.signatory
        person = cast.registry.find(surname_of(sig.name)) if sig.name else None
        ref = person.ref if person is not None else None
        spokes = sig.office in ("spokesperson", "press secretary") or (
            sig.role is not None
            and any(o in sig.role.lower() for o in load_grammar().spokesperson_offices)
        )
        if spokes and ref is not None:
            return Speaker(state(home) if home else None, ref, True)
        if ref is not None:
            return Speaker(ref, None, True)
        if sig.office is not None and cast.principal is not None:
            return Speaker(cast.principal, None, True)
        if sig.name and not spokes and home is not None and sig.office is None:
            # "Zelenskyy's address": named in the title alone, still the one who speaks.
            return Speaker(ActorRef(sig.name, "person", home), None, True)
    if frame.kind == "joint":
        group = signatories(text, frame.title, home)
        # Several parties speak: with none of them told, no one state holds their words.
        return Speaker(group, None, True) if group is not None else None
    if frame.kind in ("factsheet", "statement") and home is not None:
        return Speaker(state(home), None, True)
    return None


def turn_speaker(label: str, cast: Cast, frame: Frame) -> Speaker:
    """A transcript speaker: someone the article introduced, or a title it resolves."""
    for m in find_mentions(speaker_text(label)):
        if m.kind == "person" and m.name:
            person = cast.registry.find(surname_of(m.name))
            if person is not None:
                principal = Resolver(cast.registry, cast.principal, frame).speaks_for(person)
                if principal is not None:
                    # A press secretary at the briefing podium speaks for the government,
                    # as in their written statements (the guide: holder the state, via
                    # them): "we" and "I think" are the state's.
                    return Speaker(principal, person.ref, True)
                official = person.office is not None or person.role is not None
                return Speaker(person.ref, None, official or person.ref == cast.principal)
        if m.kind == "office" and m.title is not None:
            ref = Resolver(cast.registry, cast.principal, frame).office_holder(m)
            if ref is not None:
                return Speaker(ref, None, True)
    return Speaker(None, None, False)


def addressees(turns: list[tuple[int, ActorRef | None]]) -> dict[int, ActorRef]:
    """Whom each transcript turn (its opening sentence's index, its speaker) speaks to: the
    one who spoke before, or for the first turn the one who answers; nobody when that is a
    journalist ("Q") or cannot be told, so "you" stays unread."""
    found: dict[int, ActorRef] = {}
    for k, (index, ref) in enumerate(turns):
        if ref is None:
            continue
        before = [r for _, r in reversed(turns[:k]) if r != ref]
        after = [r for _, r in turns[k + 1 :] if r != ref]
        other = before[0] if before else after[0] if after else None
        if other is not None:
            found[index] = other
    return found


def speaker_of(m: Mention) -> Speaker:
    """A mention as a speaker: a spokesperson speaks for their principal."""
    pronoun = m.kind == "pronoun"
    if m.principal is not None:
        return Speaker(m.principal, m.ref, True, pronoun)
    return Speaker(m.ref, None, True, pronoun)


class QuoteSpeakers:
    """The speaker of each quotation of one article, found once and remembered."""

    def __init__(self, text: str, zones: QuoteZones, mentions: list[Mention]) -> None:
        self.text = text
        self.zones = zones
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.lexicon = load_lexicon()
        self.found: dict[int, Speaker | None] = {}

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[i:j] if m.end <= end]

    def of(self, zone: Zone) -> Speaker | None:
        if zone.start not in self.found:
            self.found[zone.start] = self._attribute(zone)
        return self.found[zone.start]

    def _attribute(self, zone: Zone) -> Speaker | None:
        after = self._after(zone)
        if after is not None:
            return after
        before = self._before(zone)
        if before is not None:
            return before
        return self._continued(zone)

    def _after(self, zone: Zone) -> Speaker | None:
        """'…," the President said', '…," said Mr Putin'."""
        after = AFTER.match(self.text, zone.end)
        if after is None:
            return None
        clause, start = after["clause"], after.start("clause")
        if _DOCUMENT_READS.search(clause):
            return Speaker(None, None, False)
        verb = self.lexicon.speech.search(clause)
        if verb is None or verb.start() >= _VERB_REACH:
            return None
        # The reporting clause ends with its sentence: '," Mr X said. Y said …' is X's.
        stop = _SENTENCE_END.search(clause, verb.end())
        end = start + (stop.start() if stop is not None else len(clause))
        mentions = [m for m in self.mentions_in(start, end) if m.ref is not None]
        if not mentions:
            return None
        v_start, v_end = start + verb.start(), start + verb.end()
        pick = min(mentions, key=lambda m: v_start - m.end if m.end <= v_start else m.start - v_end)
        return speaker_of(pick) if pick.end <= v_end + _NAME_REACH else None

    def _before(self, zone: Zone) -> Speaker | None:
        """'He added: "…"', 'Dmitry Polyanskiy told Sky News: "…"'."""
        text = self.text
        line_start = max(text.rfind("\n", 0, zone.start) + 1, zone.start - _BEFORE_WINDOW)
        before = clause_before(text, line_start, zone.start)
        if before is None or not self._reports(text[before[0] : before[1]]):
            return None
        mentions = [
            m
            for m in self.mentions_in(before[0], zone.start)
            if m.ref is not None
            and not m.possessive
            and not m.adjective
            and m.kind not in ("outlet", "first")
        ]
        people = [m for m in mentions if m.ref is not None and (m.ref.is_person or m.spokesperson)]
        chosen = people or mentions
        return speaker_of(chosen[0]) if chosen else None

    def _reports(self, clause: str) -> bool:
        """A verb of saying, or a finite verb of stance that introduces the words it
        reports ('She warned: "…"', 'He urged: "…"')."""
        if self.lexicon.speech.search(clause):
            return True
        return any(_FINITE_VERB.fullmatch(m.group()) for m in self.lexicon.stances.finditer(clause))

    def _continued(self, zone: Zone) -> Speaker | None:
        """'"…," the spokesperson said. "He will …"': the same paragraph, the same speaker."""
        line_start = self.text.rfind("\n", 0, zone.start) + 1
        for earlier in reversed(self.zones.within(line_start, zone.start)):
            if earlier.start < zone.start:
                speaker = self.found.get(earlier.start)
                if speaker is not None:
                    return speaker
        return self._running_on(zone, line_start)

    def _running_on(self, zone: Zone, line_start: int) -> Speaker | None:
        """A quotation of several paragraphs leaves each but the last unclosed and opens
        the next with a quotation mark again: a paragraph opening with one, after a
        paragraph that ended inside a quotation, goes on with that quotation's speaker."""
        if self.text[line_start : zone.start].strip() or line_start < 2:
            return None
        end = len(self.text[:line_start].rstrip())
        before = self.zones.at(end - 1) if end > 0 else None
        if before is None or before.end < end or self.text[end - 1] in _CLOSING:
            return None
        return self.of(before)
