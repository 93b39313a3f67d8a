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
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention, find_mentions
from summarise.extraction.backends.baseline.names import surname_of
from summarise.extraction.backends.baseline.quotes import AFTER, QuoteZones, Zone, clause_before
from summarise.extraction.backends.baseline.refs import ActorRef, government, organisation, state
from summarise.extraction.backends.baseline.resolve import Resolver
from summarise.extraction.backends.baseline.signatories import signatories
from summarise.extraction.backends.baseline.titles import Title
from summarise.extraction.backends.baseline.turns import speaker_text

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
    # An "it" or "they" ('After the call, it said: "…"') is the body the resolver read.
    pronoun: bool = False


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
                # A person the vocabulary lists is a state's figure, never a journalist,
                # titled or not ("Sadyr Japarov:" in a Kremlin transcript).
                official = person.office is not None or person.role is not None or person.listed
                return Speaker(person.ref, None, official or person.ref == cast.principal)
        if m.kind == "office" and m.title is not None:
            unnamed = _unnamed_official(m.title, frame)
            if unnamed is not None:
                return unnamed
            ref = Resolver(cast.registry, cast.principal, frame).office_holder(m)
            if ref is not None:
                return Speaker(ref, None, True)
    return Speaker(None, None, False)


def _unnamed_official(title: Title, frame: Frame) -> Speaker | None:
    """A background briefing's speaker, labelled by rank alone ("SENIOR ADMINISTRATION
    OFFICIAL:", "SENIOR STATE DEPARTMENT OFFICIAL:"): a government's official speaking for
    it on condition of anonymity, of the publisher's state unless the label names another.
    As the guide reads an unnamed spokesperson, the holder is what they speak for (the
    department their title names, else the state) and ``via`` the government, with the
    label's wording as its role."""
    country = title.country or frame.home
    if title.office != "official" or country is None:
        return None
    gov = government(country)
    via = ActorRef(gov.name, "government", country, title.text.lower())
    body = organisation(title.body) if title.body is not None else None
    return Speaker(body or state(country), via, True)


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
    pronoun = m.kind == "pronoun" and m.text.lower() in load_grammar().person_pronouns
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
