"""What the rules saw in each sentence, for ``summarise extract --explain``.

A newcomer tracing a wrong holder needs the attribution (whose words, and why), the cue
words with their classes, what each cue became (``cue_trace``) and the items made.
``extract_article`` hands a ``Trace`` each sentence with the drafts it produced, only when
one is passed: extracting without one costs nothing. The trace reads what the stages left
on the sentence (its subject and claims); it never changes what they decide, and where it
cannot tell why a sentence is nobody's it says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from summarise.article import Article
from summarise.extraction.backends.baseline.contacts import ContactDraft
from summarise.extraction.backends.baseline.cue_trace import CueTrace, cue_traces, sides
from summarise.extraction.backends.baseline.document import read_frame
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.movement_draft import MovementDraft
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.position_draft import PositionDraft
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Claim, Sentence

# Sentences back the trace looks for the person a pronoun subject was read as.
_ANTECEDENT_REACH = 3


@dataclass
class SentenceTrace:
    index: int
    text: str
    attribution: list[str] = field(default_factory=list)
    cues: list[CueTrace] = field(default_factory=list)
    items: list[str] = field(default_factory=list)


# How a sentence's trace words the evidence it adds to a contact told before: a line with
# no draft of its own, which ``--explain`` leaves out of the items it counts as drafted.
EVIDENCE_ADDED = "contact · evidence added to the contact before: "


class Trace:
    """The sentences of one article as the rules read them, filled in reading order."""

    def __init__(self, article: Article) -> None:
        frame = read_frame(article)
        self.kind = frame.kind
        self.this_year = frame.published.year if frame.published is not None else None
        self.read_so_far: list[Sentence] = []
        self.sentences: list[SentenceTrace] = []

    def sentence(
        self,
        s: Sentence,
        positions: list[PositionDraft],
        movements: list[MovementDraft],
        contacts: list[ContactDraft],
        adds_to_contact: ContactDraft | None,
        *,
        dropped: Mapping[int, str] | None = None,
    ) -> None:
        """One sentence once read, with the drafts it produced (before merging), the
        contact before it that it added its evidence to instead, if it did, and why each
        deciding stance cue whose clause made no position made none (``dropped``, by the
        cue's offset, as ``Surroundings.drop`` fills it)."""
        traced = SentenceTrace(s.index, s.scan.text[s.start : s.end].strip())
        traced.attribution = self._attribution(s)
        traced.cues = cue_traces(
            s, positions, movements, contacts, adds_to_contact, dropped or {}, self.this_year
        )
        traced.items = (
            [_position_line(p) for p in positions]
            + [_movement_line(m) for m in movements]
            + [_contact_line(c) for c in contacts]
        )
        if adds_to_contact is not None:
            traced.items.append(
                EVIDENCE_ADDED + _contact_line(adds_to_contact).removeprefix("contact · ")
            )
        self.read_so_far.append(s)
        self.sentences.append(traced)

    def _attribution(self, s: Sentence) -> list[str]:
        lines: list[str] = []
        if s.subject is not None:
            lines.append(f"subject: {_mention(s.subject)}")
        if s.first_person is not None:
            lines.append(f'"I"/"we": {s.first_person.name}')
        if s.turn:
            who = s.speaker.name if s.speaker is not None else "a speaker who holds no position"
            lines.append(f"transcript turn: {who}")
        if s.journalist:
            lines.append("a journalist's turn: never evidence, even of a fact it states")
        elif s.question:
            lines.append("a question: its premises are nobody's position")
        for claim in s.claims:
            lines.append(self._claim(s, claim))
        if not s.claims and not s.question and not s.journalist:
            lines.extend(_unclaimed(s))
        return lines

    def _claim(self, s: Sentence, c: Claim) -> str:
        text = s.scan.text
        if c.voice == "joint":
            parties = f'"{c.subject.text}"' if c.subject is not None else "the parties"
            return f"joint: {parties} together, the outcome of a contact and nobody's position"
        holder = _actor(c.holder) + (f" via {c.via.name}" if c.via is not None else "")
        if c.voice == "speech":
            acting = (
                ""
                if c.actor is None
                else f"; the department it names acting takes its items: {_actor(c.actor)}"
            )
            return f"speech · {holder} · {self._speech_why(s, c)}{acting}"
        predicate = text[c.predicate[0] : c.predicate[1]] if c.predicate else None
        subject = c.subject
        if c.passive:
            why = f'passive "{predicate}": the last reported speaker\'s'
        elif c.continued:
            why = f'"{predicate}" goes on with the sentence before: its speaker\'s'
        elif subject is None and predicate is not None:
            why = f"\"{predicate}\" after the quotation's reporting clause: its speaker's"
        elif subject is None:
            why = "reported"
        elif subject.start >= s.end:
            why = (
                f'"{subject.text}" named as its source in the next sentence ("This was stated by")'
            )
        elif predicate is None:
            why = f'"{subject.text}" named as the actor in a spokesperson\'s statement'
        elif c.predicate is not None and c.predicate[0] < subject.start:
            why = f'"{predicate}" {subject.text}'
        else:
            said = " (a verb of saying)" if c.says else ""
            why = f'"{subject.text}" + "{predicate}"{said}'
        if subject is not None and subject.kind == "pronoun":
            why += "; " + self._antecedent(subject)
        elif subject is not None and subject.voice is not None and subject.voice == c.holder:
            why += f"; the capital speaks for its government, {_actor(c.holder)}"
        elif subject is not None and subject.ref not in (None, c.holder, c.via):
            assert subject.ref is not None
            why += f"; {subject.ref.name} speaks here in the document's voice, {_actor(c.holder)}"
        return f"reported · {holder} · {why}"

    def _speech_why(self, s: Sentence, c: Claim) -> str:
        if c.quoted or (s.speaker is not None and not s.turn):
            said_by = next(
                (m for m in s.mentions if m.kind == "pronoun" and m.ref == c.holder),
                None,
            )
            if said_by is not None and not (c.start <= said_by.start < c.end):
                return "quotation; " + self._antecedent(said_by)
            return "quotation"
        if s.turn:
            return "the turn's speaker"
        if c.subject is not None and c.subject.kind == "first":
            return f'"{c.subject.text}" in the document\'s voice'
        if any(m.kind == "first" for m in s.mentions):
            return "first person in the document's voice"
        return f"the document's voice (a {self.kind}: its unattributed sentences are its own)"

    def _antecedent(self, pronoun: Mention) -> str:
        """Which earlier sentence named the person the pronoun was read as."""
        ref = pronoun.ref
        if ref is None:
            return f'"{pronoun.text}" stands for nobody'
        for prev in reversed(self.read_so_far[-_ANTECEDENT_REACH:]):
            if any(m.ref == ref and m.kind != "pronoun" for m in prev.mentions):
                return f'"{pronoun.text}" = {ref.name}, named in sentence {prev.index}'
        return f'"{pronoun.text}" = {ref.name}'


def _unclaimed(s: Sentence) -> list[str]:
    """Why a sentence is nobody's: narration, or a speaker attribution could not trust."""
    lexicon = load_lexicon()
    cues = s.scan.find(lexicon.stances, s.start, s.end)
    # "United States" holds the verb "states": a verb of saying inside a name is none.
    said = any(
        not any(m.start <= verb.start() < m.end for m in s.mentions)
        for verb in s.scan.find(lexicon.speech, s.start, s.end)
    )
    if not said and all(category(c) == "ignore" for c in cues):
        return ["no claim: no verb of saying and no stance cue, narration"]
    lines = ["no claim: whose words these are cannot be told (precision first)"]
    pronoun = next((m for m in s.mentions if m.kind == "pronoun" and m.ref), None)
    if pronoun is not None and pronoun.ref is not None and pronoun.ref.is_person:
        lines.append(
            f'"{pronoun.text}" has no antecedent attribution trusts (the resolver '
            f'guessed {pronoun.ref.name}): "he"/"she" continues only the person subject '
            "of a sentence just before, the person whose words it reported, or the one "
            "person named there, in its main clause"
        )
    return lines


def _actor(ref: ActorRef | None) -> str:
    return ref.name if ref is not None else "nobody"


def _mention(m: Mention) -> str:
    ref = f" = {m.ref.name}" if m.ref is not None else ""
    principal = f", speaking for {m.principal.name}" if m.principal is not None else ""
    return f'"{m.text}" ({m.kind}){ref}{principal}'


def _position_line(p: PositionDraft) -> str:
    via = f" via {p.via.name}" if p.via is not None else ""
    target = f" → {p.target.name}" if p.target is not None else ""
    return f"position · {p.holder.name}{via} · {p.stance}{target} · {p.stated_topic()}"


def _movement_line(m: MovementDraft) -> str:
    to = f" → {m.destination}" if m.destination else ""
    return f"movement · {m.actor.name} · {m.activity} ({m.status}) · {m.forces}{to}"


def _contact_line(c: ContactDraft) -> str:
    return f"contact · {sides(c)} · {c.mode} ({c.status})"
