"""What the rules saw in each sentence, for ``summarise extract --explain``.

A newcomer tracing a wrong holder needs the attribution (whose words, and why), the cue
words with their classes, and what each cue became. ``extract_article`` hands a
``Trace`` each sentence with the drafts it produced, only when one is passed: extracting
without one costs nothing. The trace reads what the stages left on the sentence (its
subject and claims) and re-asks the stages' own public questions about each cue (the
clause's deciding stance cue, a movement's hypothetical wording); it never changes what
they decide, and where it cannot tell why a cue produced nothing it says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from summarise.article import Article
from summarise.extraction.backends.baseline.background import in_time_adjunct
from summarise.extraction.backends.baseline.clauses import split_clauses
from summarise.extraction.backends.baseline.contacts import ContactDraft
from summarise.extraction.backends.baseline.document import read_frame
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.movements import (
    MovementDraft,
    clause_around,
    hypothetical,
)
from summarise.extraction.backends.baseline.non_positions import reports_event
from summarise.extraction.backends.baseline.patterns import LexiconPattern, category
from summarise.extraction.backends.baseline.positions import PositionDraft
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.stances import read_stance

CueKind = Literal["stance", "punitive", "saying", "movement", "combat", "contact"]
# What a punitive measure becomes: taken, a commitment; held ready or under a condition, a
# threat.
_MEASURE_STANCES = frozenset({"commit", "threaten"})
# Sentences back the trace looks for the person a pronoun subject was read as.
_ANTECEDENT_REACH = 3


@dataclass(frozen=True)
class CueTrace:
    """A cue word, its class in the lexicon, and what it became (an item, or why not)."""

    word: str
    kind: CueKind
    cls: str
    outcome: str
    produced: bool


@dataclass
class SentenceTrace:
    index: int
    text: str
    attribution: list[str] = field(default_factory=list)
    cues: list[CueTrace] = field(default_factory=list)
    items: list[str] = field(default_factory=list)


class Trace:
    """The sentences of one article as the rules read them, filled in reading order."""

    def __init__(self, article: Article) -> None:
        self.kind = read_frame(article).kind
        self.read_so_far: list[Sentence] = []
        self.sentences: list[SentenceTrace] = []

    def sentence(
        self,
        s: Sentence,
        positions: list[PositionDraft],
        movements: list[MovementDraft],
        contacts: list[ContactDraft],
        adds_to_contact: ContactDraft | None,
    ) -> None:
        """One sentence once read, with the drafts it produced (before merging), and
        the contact before it that it added its evidence to instead, if it did."""
        traced = SentenceTrace(s.index, s.scan.text[s.start : s.end].strip())
        traced.attribution = self._attribution(s)
        traced.cues = (
            _stance_cues(s, positions)
            + _measure_cues(s, positions)
            + _saying_cues(s, positions, reports=bool(movements or contacts))
            + _movement_cues(s, movements)
            + _contact_cues(s, contacts, adds_to_contact)
        )
        traced.items = (
            [_position_line(p) for p in positions]
            + [_movement_line(m) for m in movements]
            + [_contact_line(c) for c in contacts]
        )
        if adds_to_contact is not None:
            traced.items.append(
                "contact · evidence added to the contact before: "
                + _contact_line(adds_to_contact).removeprefix("contact · ")
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
        if s.question:
            lines.append("a question: its premises are nobody's position")
        for claim in s.claims:
            lines.append(self._claim(s, claim))
        if not s.claims and not s.question:
            lines.extend(_unclaimed(s))
        return lines

    def _claim(self, s: Sentence, c: Claim) -> str:
        text = s.scan.text
        if c.voice == "joint":
            parties = f'"{c.subject.text}"' if c.subject is not None else "the parties"
            return f"joint: {parties} together, the outcome of a contact and nobody's position"
        holder = _actor(c.holder) + (f" via {c.via.name}" if c.via is not None else "")
        if c.voice == "speech":
            return f"speech · {holder} · {self._speech_why(s, c)}"
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
            "of a sentence just before, or the one person named there, in its main clause"
        )
    return lines


def _stance_cues(s: Sentence, positions: list[PositionDraft]) -> list[CueTrace]:
    found: list[CueTrace] = []
    for cue in s.scan.find(load_lexicon().stances, s.start, s.end):
        cls = category(cue)
        outcome, produced = _stance_outcome(s, cue, cls, positions)
        found.append(CueTrace(cue.group(), "stance", cls, outcome, produced))
    return found


def _stance_outcome(
    s: Sentence, cue: re.Match[str], cls: str, positions: list[PositionDraft]
) -> tuple[str, bool]:
    """What a stance cue became: the clause's first cue decides its stance."""
    if cls == "ignore":
        return "ignored: looks like a stance word and is not one", False
    if s.question:
        return "no item: in a question", False
    claims = [c for c in s.claims if c.start <= cue.start() < c.end]
    claim = next((c for c in claims if c.voice != "joint" and c.holder is not None), None)
    if claim is None:
        joint = any(c.voice == "joint" for c in claims)
        return ("no item: joint voice, nobody's position" if joint else "no item: no holder"), False
    pieces = split_clauses(s.scan, claim.start, claim.end)
    index, piece = next(
        ((i, (a, b)) for i, (a, b) in enumerate(pieces) if a <= cue.start() < b),
        (0, (claim.start, claim.end)),
    )
    decided = read_stance(
        s.scan,
        piece[0],
        piece[1],
        speech_predicate=claim.voice == "reported" and claim.says and index == 0,
        condition_from=claim.start if index == 0 else None,
    )
    if decided is None:
        return "no item: inside a stated reason or condition ('after', 'if')", False
    if decided.start != cue.start():
        word = s.scan.text[decided.start : decided.end]
        return f'no item of its own: the clause\'s cue "{word}" decides ({decided.stance})', False
    read_as = "" if decided.stance == cls else f" (read as {decided.stance})"
    made = next(
        (p for p in positions if p.stance == decided.stance and _covers(p.quotes, cue.start())),
        None,
    )
    if made is not None:
        return f"position of {made.holder.name}{read_as}", True
    if claim.voice == "speech" and decided.stance == "other":
        return "no item: a speaker's 'other' cue is narrative", False
    return (
        f"no item{read_as}: courtesy, another party's wish or carrying on, an undertaking "
        "made together, a threat no party is named as posing, nothing of war and peace "
        "named, no topic after it, or merged into the clause's position"
    ), False


def _measure_cues(s: Sentence, positions: list[PositionDraft]) -> list[CueTrace]:
    """Punitive actions and measures ("impose", "sanctions"), which the stance stage reads
    apart from the stance words: they make a commitment or a threat."""
    found: list[CueTrace] = []
    for cue in s.scan.find(load_lexicon().punitive, s.start, s.end):
        made = next(
            (
                p
                for p in positions
                if p.stance in _MEASURE_STANCES and _covers(p.quotes, cue.start())
            ),
            None,
        )
        outcome = (
            f"position of {made.holder.name} ({made.stance})"
            if made is not None
            else 'no item: not taken by a holder ("the sanctions were …"), or another cue decides'
        )
        found.append(CueTrace(cue.group(), "punitive", category(cue), outcome, made is not None))
    return found


def _saying_cues(s: Sentence, positions: list[PositionDraft], *, reports: bool) -> list[CueTrace]:
    """A verb of saying with no stance word after it ("noted that …") is a position of
    stance ``other``: shown as a cue of its own when it made one, and when it made none
    because what it says is a movement or contact the sentence reports (``reports``)."""
    found: list[CueTrace] = []
    for c in s.claims:
        if not c.says or c.predicate is None or c.holder is None:
            continue
        word = s.scan.text[c.predicate[0] : c.predicate[1]]
        made = next((p for p in positions if p.stance == "other" and p.holder == c.holder), None)
        if made is not None:
            outcome = f"position of {made.holder.name} (other: a verb of saying alone)"
            found.append(CueTrace(word, "saying", "speech", outcome, True))
        elif reports and c.voice == "reported" and _reports_alone(s, c, c.predicate[1]):
            outcome = "no item: what was said is the movement or contact the sentence reports"
            found.append(CueTrace(word, "saying", "speech", outcome, False))
    return found


def _reports_alone(s: Sentence, c: Claim, said_from: int) -> bool:
    """The claim's first clause has no stance word, only its verb of saying, and what it
    says names a movement or a contact."""
    first = split_clauses(s.scan, c.start, c.end)[0]
    cue = read_stance(s.scan, *first, speech_predicate=True)
    alone = cue is not None and cue.stance == "other" and cue.start == cue.end
    return alone and reports_event(s, said_from, first[1])


def _movement_cues(s: Sentence, movements: list[MovementDraft]) -> list[CueTrace]:
    scan = s.scan
    lexicon = load_lexicon()
    found: list[CueTrace] = []
    kinds: tuple[tuple[CueKind, LexiconPattern], ...] = (
        ("movement", lexicon.activities),
        ("combat", lexicon.combat),
    )
    for kind, pattern in kinds:
        for cue in scan.find(pattern, s.start, s.end):
            cls = category(cue)
            covering = [m for m in movements if _covers(m.quotes, cue.start())]
            activity = cls if kind == "movement" else "other"
            made = next((m for m in covering if m.activity == activity), None)
            # What a verb like "send" moves decides the activity: weapons make it a supply.
            moved = next(
                (m for m in covering if kind == "movement" and m.activity != "other"), None
            )
            if made is not None:
                outcome, produced = f"{made.activity} by {made.actor.name}", True
            elif moved is not None:
                outcome = f"{moved.activity} by {moved.actor.name} (what it moves decides)"
                produced = True
            elif s.question:
                outcome, produced = "no item: in a question", False
            elif hypothetical(scan, clause_around(scan.text, s, cue.start())[0], cue.start()):
                outcome, produced = "no item: hypothetical ('could', 'would', 'if' …)", False
            elif in_time_adjunct(
                scan.text, clause_around(scan.text, s, cue.start())[0], cue.start()
            ):
                outcome, produced = (
                    "no item: background, it dates another event ('after the …')",
                    False,
                )
            else:
                outcome, produced = "no item: no forces or no owner named", False
            found.append(CueTrace(cue.group(), kind, cls, outcome, produced))
    return found


def _contact_cues(
    s: Sentence, contacts: list[ContactDraft], adds_to_contact: ContactDraft | None
) -> list[CueTrace]:
    found: list[CueTrace] = []
    for cue in s.scan.find(load_lexicon().contact_modes, s.start, s.end):
        cls = category(cue)
        made = next((c for c in contacts if c.mode == cls), None)
        if made is not None:
            outcome, produced = f"contact of {_sides(made)}", True
        elif adds_to_contact is not None:
            outcome = f"evidence for the contact before ({_sides(adds_to_contact)})"
            produced = True
        else:
            outcome, produced = "no item: fewer than two sides named, or not a contact", False
        found.append(CueTrace(cue.group(), "contact", cls, outcome, produced))
    return found


def _covers(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def _actor(ref: ActorRef | None) -> str:
    return ref.name if ref is not None else "nobody"


def _mention(m: Mention) -> str:
    ref = f" = {m.ref.name}" if m.ref is not None else ""
    principal = f", speaking for {m.principal.name}" if m.principal is not None else ""
    return f'"{m.text}" ({m.kind}){ref}{principal}'


def _sides(c: ContactDraft) -> str:
    return " + ".join(a.name for a in c.participants)


def _position_line(p: PositionDraft) -> str:
    via = f" via {p.via.name}" if p.via is not None else ""
    target = f" → {p.target.name}" if p.target is not None else ""
    return f"position · {p.holder.name}{via} · {p.stance}{target} · {p.topic}"


def _movement_line(m: MovementDraft) -> str:
    to = f" → {m.destination}" if m.destination else ""
    return f"movement · {m.actor.name} · {m.activity} ({m.status}) · {m.forces}{to}"


def _contact_line(c: ContactDraft) -> str:
    return f"contact · {_sides(c)} · {c.mode} ({c.status})"
