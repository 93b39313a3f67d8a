"""The offline extractor: sentences in, an ``ExtractionDraft`` out, no model involved.

Each sentence is classified by the trigger lexicons; each trigger becomes an item if the
rules find its parties, and items that report the same fact within the article are
merged into one with several quotes (granularity rule 1). Quotes are whole sentences
copied from the text, so they always ground exactly.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from summarise.extraction.backends.baseline.contacts import ContactDraft, find_contacts, party
from summarise.extraction.backends.baseline.context import Sentence
from summarise.extraction.backends.baseline.coref import Mention, resolve_mentions
from summarise.extraction.backends.baseline.mentions import ActorKey, load_gazetteer
from summarise.extraction.backends.baseline.movements import MovementDraft, find_movements
from summarise.extraction.backends.baseline.positions import (
    PositionDraft,
    find_positions,
    same_position,
)
from summarise.extraction.backends.baseline.quotes import find_quote_zones
from summarise.extraction.backends.baseline.triggers import load_lexicon
from summarise.extraction.sentences import split_sentences
from summarise.schema import (
    DiplomaticContact,
    ExtractionDraft,
    MilitaryMovement,
    Position,
    Quote,
)

_RESTATEMENT_SENTENCES = 2
_OPENING_QUOTES = '"\u201c'


def extract_draft(text: str) -> ExtractionDraft:
    """Every position, movement and contact the rules find in ``text``."""
    gazetteer, lexicon = load_gazetteer(), load_lexicon()
    spans = split_sentences(text)
    zones = find_quote_zones(text)
    article = _Article()
    stances = _by_sentence(lexicon.stances.finditer(text), spans)
    activities = _by_sentence(lexicon.activities.finditer(text), spans)
    contact_modes = _by_sentence(lexicon.contact_modes.finditer(text), spans)
    speech = _by_sentence(lexicon.speech.finditer(text), spans)
    carried: Mention | None = None
    for index, ((start, end), mentions) in enumerate(
        zip(spans, resolve_mentions(text, spans, zones, gazetteer), strict=True)
    ):
        sentence = Sentence(
            text,
            start,
            end,
            mentions,
            zones,
            lexicon,
            index,
            stances=stances[index],
            activities=activities[index],
            contact_modes=contact_modes[index],
            speech=speech[index],
        )
        sentence.speaker = sentence.find_speaker()
        # A quotation running over several sentences keeps the speaker who opened it.
        quoted = zones.zone(start) >= 0 or text[start] in _OPENING_QUOTES
        if sentence.speaker is None and quoted:
            sentence.speaker = carried
        carried = sentence.speaker if sentence.speaker is not None or quoted else None
        positions = find_positions(sentence)
        for position in positions:
            article.add_position(position)
        for movement in find_movements(sentence):
            article.add_movement(movement)
        for contact in find_contacts(sentence):
            contact.voiced = [(p.holder, p.topic) for p in positions if p.topic_form != "none"]
            article.add_contact(contact)
    return article.draft()


def _by_sentence(
    matches: Iterable[re.Match[str]], spans: list[tuple[int, int]]
) -> list[list[re.Match[str]]]:
    """Matches of one scan of the article, grouped by the sentence that holds them."""
    groups: list[list[re.Match[str]]] = [[] for _ in spans]
    starts = [start for start, _ in spans]
    for m in matches:
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.end() <= spans[i][1]:
            groups[i].append(m)
    return groups


class _Article:
    """Items found so far, merged by the granularity rules."""

    def __init__(self) -> None:
        self.positions: list[PositionDraft] = []
        self.movements: list[MovementDraft] = []
        self.contacts: list[ContactDraft] = []

    def add_position(self, new: PositionDraft) -> None:
        for old in self.positions:
            if same_position(old, new) or _restated_view(old, new):
                _add_quotes(old.quotes, new.quotes)
                old.target = old.target or new.target
                old.via = old.via or new.via
                old.when = old.when or new.when
                old.sentence = new.sentence
                return
        self.positions.append(new)

    def add_movement(self, new: MovementDraft) -> None:
        """A movement without forces ("the deployment") adds its quote to the last one of
        that activity; forces without an owner ("2,000 soldiers will be despatched")
        belong to whoever moved forces just before in the article."""
        if new.forces is None or new.actor is None:
            earlier = [m for m in self.movements if m.activity == new.activity]
            if new.forces is None:
                if earlier:
                    _add_quotes(earlier[-1].quotes, new.quotes)
                return
            if not self.movements:
                return
            new.actor = (earlier or self.movements)[-1].actor
        for old in self.movements:
            if _same_movement(old, new):
                _merge_movement(old, new)
                return
        self.movements.append(new)

    def add_contact(self, new: ContactDraft) -> None:
        """Contacts of one mode between the same sides are one contact; "the call" refers
        back to the last contact of its mode."""
        if new.anaphoric:
            earlier = [c for c in self.contacts if c.mode == new.mode]
            if earlier:
                _add_quotes(earlier[-1].quotes, new.quotes)
                _add_topics(earlier[-1], new)
            return
        key = _parties_key(new.participants)
        for old in self.contacts:
            if old.mode == new.mode and _parties_key(old.participants) == key:
                old.participants = _merged_parties(old.participants, new.participants)
                _add_quotes(old.quotes, new.quotes)
                _add_topics(old, new)
                old.location = old.location or new.location
                old.when = old.when or new.when
                return
        _add_topics(new, new)
        self.contacts.append(new)

    def draft(self) -> ExtractionDraft:
        return ExtractionDraft(
            positions=[_position(p) for p in self.positions],
            military_movements=[_movement(m) for m in self.movements],
            diplomatic_contacts=[_contact(c) for c in self.contacts],
        )


def _add_quotes(quotes: list[str], more: list[str]) -> None:
    quotes.extend(q for q in more if q not in quotes)


def _add_topics(contact: ContactDraft, new: ContactDraft) -> None:
    """What the sentences about one contact say was discussed, in order, each once: the
    topics they name ("to discuss X") and what a participant voiced in the same sentence
    ("during the phone call, Mr Johnson defended Ukraine's right to ...")."""
    sides = {party(a) for a in contact.participants}
    voiced = [topic for holder, topic in new.voiced if party(holder) in sides]
    seen = {t.lower() for t in contact.topics}
    for topic in [*new.topics, *voiced]:
        if topic.lower() not in seen:
            contact.topics.append(topic)
            seen.add(topic.lower())


def _restated_view(old: PositionDraft, new: PositionDraft) -> bool:
    """A vague view ("I think that sense can still prevail") right after the same holder's
    vague view restates it rather than adding one."""
    vague = old.stance == "other" and new.stance == "other"
    near = new.sentence - old.sentence <= _RESTATEMENT_SENTENCES
    return vague and near and old.holder == new.holder


def _same_movement(old: MovementDraft, new: MovementDraft) -> bool:
    if (old.actor, old.activity) != (new.actor, new.activity):
        return False
    return old.quantity is None or new.quantity is None or old.quantity.low == new.quantity.low


def _merge_movement(old: MovementDraft, new: MovementDraft) -> None:
    _add_quotes(old.quotes, new.quotes)
    if old.quantity is None and new.quantity is not None:
        old.quantity, old.forces = new.quantity, new.forces
    if old.destination is None or (_generic(old.destination) and new.destination):
        old.destination = new.destination
    old.origin = old.origin or new.origin
    old.claimed_by = old.claimed_by or new.claimed_by
    old.when = old.when or new.when


def _generic(place: str) -> bool:
    """'the region', 'the border': a later proper name says more."""
    return not any(word[:1].isupper() for word in place.split())


def _parties_key(parties: list[ActorKey]) -> frozenset[str]:
    return frozenset(party(a) for a in parties)


def _merged_parties(old: list[ActorKey], new: list[ActorKey]) -> list[ActorKey]:
    """Both lists, with a state or government dropped where one of its people takes part."""
    merged = list(old) + [a for a in new if a not in old]
    people = {a.country for a in merged if a.kind == "person"}
    return [a for a in merged if a.kind == "person" or party(a) not in people]


def _quotes(quotes: list[str]) -> list[Quote]:
    return [Quote(quote=q) for q in quotes]


def _position(p: PositionDraft) -> Position[Quote]:
    return Position[Quote](
        holder=p.holder.to_actor(),
        via=p.via.to_actor() if p.via else None,
        stance=p.stance,
        topic=p.topic,
        target=p.target.to_actor() if p.target else None,
        summary=p.summary,
        evidence=_quotes(p.quotes),
        when=p.when,
    )


def _movement(m: MovementDraft) -> MilitaryMovement[Quote]:
    assert m.actor is not None, "movements are stored with an owner"
    assert m.forces is not None, "movements are stored with their forces"
    return MilitaryMovement[Quote](
        actor=m.actor.to_actor(),
        activity=m.activity,
        forces=m.forces,
        quantity=m.quantity,
        origin=m.origin,
        destination=m.destination,
        status=m.status,
        claimed_by=m.claimed_by.to_actor() if m.claimed_by else None,
        evidence=_quotes(m.quotes),
        when=m.when,
    )


def _contact(c: ContactDraft) -> DiplomaticContact[Quote]:
    return DiplomaticContact[Quote](
        participants=[a.to_actor() for a in c.participants],
        mode=c.mode,
        status=c.status,
        location=c.location,
        topics=c.topics,
        evidence=_quotes(c.quotes),
        when=c.when,
    )
