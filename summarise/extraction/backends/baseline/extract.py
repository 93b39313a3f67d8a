"""The offline extractor as a pipeline: sentences -> attribution -> triggers -> arguments
-> items, then the items that report one fact merged (granularity rule 1).

Quotes are spans of the article's own text, so every item grounds exactly. Where each stage
starts, for a newcomer among the package's many small modules (each helper a stage calls
names the construction it reads; ``README.md`` beside this module places every module in
its stage):

- the document: ``document.read_frame`` (publisher's state, genre, signer), mentions of
  parties (``mentions.find_mentions``) and who they are (``cast.build_cast``), quotations
  (``quotes.find_quote_zones``), clauses with a subject of their own read as sentences
  (``own_clauses``);
- attribution: ``attribution.Attributor`` settles whose words each ``sentence.Sentence``
  carries;
- positions: ``positions.find_positions`` (the clause's deciding stance cue in
  ``stances``, its cue classes in ``stance_cues`` and ``data/lexicon.toml``; the sentences
  around it in ``surroundings``), with aid given (``aid_givers``) and decrees
  (``decrees``);
- movements: ``movements.find_movements`` (whether it is asserted in ``movement_assertion``,
  its status in ``movement_status``; what moves in ``movement_forces``), then combat
  (``combat.find_combat``);
- contacts: ``contacts.find_contacts``, a contact referred back to in ``occasions``;
- merging: ``merge``; ``--explain``'s account of all this: ``trace`` and ``cue_trace``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarise.article import Article
from summarise.extraction.backends.baseline.aid_givers import aid_given
from summarise.extraction.backends.baseline.attribution import Attributor
from summarise.extraction.backends.baseline.background import told_as_history
from summarise.extraction.backends.baseline.cast import build_cast
from summarise.extraction.backends.baseline.claim_nouns import owned_claims
from summarise.extraction.backends.baseline.combat import find_combat
from summarise.extraction.backends.baseline.contact_ellipsis import PAIR_REACH, told_in_passing
from summarise.extraction.backends.baseline.contact_lookalikes import forswears_contact
from summarise.extraction.backends.baseline.contacts import (
    ContactDraft,
    find_contacts,
    joint_topics,
)
from summarise.extraction.backends.baseline.decrees import decree_signatory, find_decisions
from summarise.extraction.backends.baseline.document import Frame, read_frame
from summarise.extraction.backends.baseline.forces_antecedents import REACH
from summarise.extraction.backends.baseline.insisted_claims import as_insisted, insisted
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.measure_takers import measures_by_taker
from summarise.extraction.backends.baseline.mentions import find_mentions
from summarise.extraction.backends.baseline.merge import (
    merge_contacts,
    merge_movements,
    merge_positions,
)
from summarise.extraction.backends.baseline.movement_claimants import OwnVoice, own_voice
from summarise.extraction.backends.baseline.movement_draft import MovementDraft
from summarise.extraction.backends.baseline.movements import find_movements
from summarise.extraction.backends.baseline.non_positions import reports_event
from summarise.extraction.backends.baseline.occasions import (
    another_occasion,
    of_its_kind,
    others_round,
    referred_to,
)
from summarise.extraction.backends.baseline.own_clauses import clause_spans
from summarise.extraction.backends.baseline.position_draft import PositionDraft
from summarise.extraction.backends.baseline.positions import find_positions
from summarise.extraction.backends.baseline.quotes import find_quote_zones
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.summaries import summary
from summarise.extraction.backends.baseline.surroundings import Surroundings
from summarise.extraction.sentences import split_sentences
from summarise.gc_pause import collector_paused
from summarise.schema import ExtractionDraft

if TYPE_CHECKING:
    from summarise.extraction.backends.baseline.trace import Trace


def extract_article(article: Article, trace: Trace | None = None) -> ExtractionDraft:
    """``trace``, when given, is handed each sentence with the drafts it produced.

    The cyclic collector is paused for the article: reading one allocates tens of
    thousands of short-lived objects (matches, mentions, spans) that reference counting
    frees and that form no cycles (the collector's passes over 49 open articles freed
    none), while on text read for the first time the rules' caches grow, and each pass
    walks their entries again (2.2% of a dev article's instructions). What outlives the
    article is collected as before once the collector is back."""
    with collector_paused():
        return _extract(article, trace)


def _extract(article: Article, trace: Trace | None) -> ExtractionDraft:
    text = article.text
    frame = read_frame(article)
    cast = build_cast(text, find_mentions(text), frame, find_mentions(frame.title))
    zones = find_quote_zones(text)
    spans = clause_spans(text, split_sentences(text))
    attributor = Attributor(text, frame, cast, zones)
    # whose words the document's own voice is, for who claims the movements they tell
    sentences, voice = attributor.read(spans), own_voice(text, frame, attributor.voice)
    positions: list[PositionDraft] = []
    contacts: list[ContactDraft] = []
    movements: list[MovementDraft] = []
    signed: Sentence | None = None
    met = _tells_an_occasion(text, frame, sentences)
    this_year = frame.published.year if frame.published is not None else None
    # Why each deciding stance cue made no position, asked only by the trace.
    dropped: dict[int, str] | None = {} if trace is not None else None
    asked: tuple[Sentence, ...] = ()
    for sentence in sentences:
        if sentence.journalist:
            # A journalist's question is never evidence, even of a fact it states; the
            # answer after it may take its premise for a topic.
            previous = sentences[sentence.index - 1] if sentence.index else None
            goes_on = previous is not None and previous.journalist
            asked = (*asked, sentence) if goes_on else (sentence,)
            if trace is not None:
                trace.sentence(sentence, [], [], [], None)
            continue
        held = (
            find_positions(
                text,
                sentence,
                Surroundings(
                    before=sentences[sentence.index - 1] if sentence.index else None,
                    asked=asked if sentence.turn else (),
                    met=met,
                    this_year=this_year,
                    dropped=dropped,
                ),
            )
            + aid_given(text, sentence)
            + owned_claims(text, sentence)
            + measures_by_taker(text, sentence)
        )
        if signed is not None:
            held.extend(find_decisions(text, sentence, signed))
        elif decree_signatory(sentence):
            signed = sentence
        moved = _movements_in(text, sentences, sentence, movements, frame.home, this_year, voice)
        movements.extend(moved)
        found, anaphoric = _contacts_in(
            text,
            sentences,
            sentence,
            frame,
            antecedent=bool(contacts),
            pair=_pair(sentence, contacts, frame.home),
        )
        contacts = merge_contacts(contacts, found)
        last = referred_to(contacts, sentence)
        again = another_occasion(text, sentence, last) if last and anaphoric and not found else None
        if again is not None:
            contacts.append(again)
            found = [again]
        elif last is not None and not found:
            last = of_its_kind(contacts, sentence, last)
            _tell_more(text, sentence, last, anaphoric)
        held = [as_insisted(text, sentence.start, p) for p in held]
        if moved or found or forswears_contact(text, sentence):
            held = [
                p
                for p in held
                if p.said is None
                or not reports_event(sentence, *p.said)
                or insisted(text, sentence.start, p.said[0])
            ]
        # A saying that only tells history ("recalled that in 2014 Russian troops occupied
        # Crimea") holds no view: the guide makes historical narrative background.
        held = [
            p
            for p in held
            if p.said is None or not told_as_history(text, sentence.start, *p.said, this_year)
        ]
        positions.extend(held)
        if trace is not None:
            joint = any(c.voice == "joint" for c in sentence.claims)
            adds = last if last is not None and not found and (anaphoric or joint) else None
            trace.sentence(sentence, held, moved, found, adds, dropped=dropped)
    positions = merge_positions(positions)
    movements = merge_movements(movements, text)
    # The items are validated in one pass from plain fields: each model's own constructor,
    # called per actor, quote and item, cost more than the validation itself.
    return ExtractionDraft.model_validate(
        {
            "positions": [_position(text, p) for p in positions],
            "military_movements": [_movement(text, m) for m in movements],
            "diplomatic_contacts": [_contact(text, c) for c in contacts],
        }
    )


def _tells_an_occasion(text: str, frame: Frame, sentences: list[Sentence]) -> bool:
    """Whether the article tells of an occasion, by its title or a contact mode anywhere: a
    "we agreed to …" is an agreement reached on one only then. The article's one pass
    (each sentence's ``scan``) has found every contact mode's match, the first of which the
    lexicon's own search over the whole text would find again."""
    if frame.title_mode is not None:
        return True
    contact_modes = load_lexicon().contact_modes
    if not sentences:
        return contact_modes.search(text) is not None
    return sentences[0].scan.first(contact_modes, 0, len(text)) is not None


def _movements_in(
    text: str,
    sentences: list[Sentence],
    sentence: Sentence,
    movements: list[MovementDraft],
    home: str | None,
    this_year: int | None,
    voice: OwnVoice | None,
) -> list[MovementDraft]:
    """The movements ``sentence`` reports, read against those told before it (the last
    one's owner for forces named with none, the last supply for a package's part), and
    its combat unless a movement of its own already reports the fighting; claimed by the
    document's own ``voice`` where its words tell them.

    Both readers start from their lexicon's triggers in the sentence and make nothing
    without one, and three sentences in four hold neither: those are turned away by the
    article's one pass before the sentences around are gathered for them."""
    if not _may_move(sentence):
        return []
    # the sentences where "their" or an opening "they" finds whose forces they are
    recent = sentences[max(0, sentence.index - REACH) : sentence.index]
    moved = find_movements(
        text,
        sentence,
        movements[-1] if movements else None,
        this_year=this_year,
        home=home,
        package=next((m for m in reversed(movements) if m.activity == "supply"), None),
        since=sentences[movements[-1].sentence + 1 : sentence.index] if movements else (),
        before=sentences[sentence.index - 1] if sentence.index else None,
        recent=recent,
        voice=voice,
    )
    if not any(m.activity == "other" for m in moved):
        moved.extend(
            find_combat(
                text,
                sentence,
                this_year=this_year,
                told=moved[-1].actor if moved else None,
                recent=recent,
                voice=voice,
            )
        )
    return moved


def _may_move(sentence: Sentence) -> bool:
    """Whether ``sentence`` holds a movement's or a fight's trigger, the matches
    ``find_movements`` and ``find_combat`` read."""
    lexicon = load_lexicon()
    scan, start, end = sentence.scan, sentence.start, sentence.end
    return (
        scan.first(lexicon.activities, start, end) is not None
        or scan.first(lexicon.combat, start, end) is not None
    )


def _tell_more(
    text: str, sentence: Sentence, last: ContactDraft, anaphoric: list[tuple[int, int]]
) -> None:
    """A sentence that tells no contact of its own but refers back to ``last`` ("the
    talks were useful") is more evidence of it: its words that refer back are quoted with
    it, unless they tell the other side's round; a joint statement's sentence is quoted
    whole and adds its topics."""
    for quote in [] if others_round(sentence, last) else anaphoric:
        if quote not in last.quotes:
            last.quotes.append(quote)
    if any(c.voice == "joint" for c in sentence.claims):
        if (sentence.start, sentence.end) not in last.quotes:
            last.quotes.append((sentence.start, sentence.end))
        last.topics.extend(t for t in joint_topics(text, sentence) if t not in last.topics)


def _pair(
    sentence: Sentence, contacts: list[ContactDraft], home: str | None
) -> tuple[ActorRef, ...]:
    """The two of the exchange a sentence is part of: a transcript turn's speaker and the
    one spoken to, else the parties of the contact it goes on about when the one who speaks
    (the turn's speaker, or the publisher's state in its own text) is one of them."""
    speaker = sentence.first_person
    if speaker is not None and sentence.addressee is not None:
        return (speaker, sentence.addressee)
    voice = speaker.side if speaker is not None else home
    last = referred_to(contacts, sentence)
    if voice is None or last is None or voice not in last.sides:
        return ()
    return tuple(last.participants)


def _contacts_in(
    text: str,
    sentences: list[Sentence],
    sentence: Sentence,
    frame: Frame,
    *,
    antecedent: bool,
    pair: tuple[ActorRef, ...],
) -> tuple[list[ContactDraft], list[tuple[int, int]]]:
    """The contacts a sentence reports with their triggers, those it tells in passing (an
    elided second occasion, a reciprocal "when we spoke on Friday" whose other party the
    sentence before may name), and the quotes it adds to the contact before."""
    found, anaphoric = find_contacts(
        text,
        sentence,
        frame,
        antecedent=antecedent,
        pair=pair,
    )
    recent = sentences[max(0, sentence.index - PAIR_REACH) : sentence.index]
    return [*found, *told_in_passing(text, sentence, recent, found, pair)], anaphoric


def extract_draft(text: str) -> ExtractionDraft:
    """An article with no title, publisher or date: a news text."""
    return extract_article(Article(id="", text=text))


def _quotes(text: str, spans: list[tuple[int, int]]) -> list[dict[str, str]]:
    return [{"quote": text[s:e].strip()} for s, e in spans]


def _actor(ref: ActorRef | None) -> dict[str, str | None] | None:
    return ref.fields() if ref is not None else None


def _position(text: str, p: PositionDraft) -> dict[str, object]:
    return {
        "holder": _actor(p.holder),
        "via": _actor(p.via),
        "stance": p.stance,
        "topic": p.stated_topic(),
        "target": _actor(p.target),
        "evidence": _quotes(text, p.quotes),
        "when": p.when,
        "summary": summary(p.holder, p.stance, p.summarised_topic()),
    }


def _contact(text: str, c: ContactDraft) -> dict[str, object]:
    return {
        "participants": [_actor(a) for a in c.participants],
        "mode": c.mode,
        "status": c.status,
        "location": c.location,
        "topics": c.topics,
        "evidence": _quotes(text, c.quotes),
        "when": c.when,
    }


def _movement(text: str, m: MovementDraft) -> dict[str, object]:
    return {
        "actor": _actor(m.actor),
        "activity": m.activity,
        "forces": m.forces,
        "quantity": m.quantity,
        "origin": m.origin,
        "destination": m.destination,
        "status": m.status,
        "claimed_by": _actor(m.claimed_by),
        "evidence": _quotes(text, m.quotes),
        "when": m.when,
    }
