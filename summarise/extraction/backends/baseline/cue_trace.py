"""What each cue word of a sentence became, for ``summarise extract --explain``.

``trace`` says whose words a sentence carries and which items it made; this module says, for
each stance, punitive, saying, movement, combat and contact cue the lexicon finds, what it
became: an item, or why none. It re-asks the stages' own public questions (the clause's
deciding stance cue, a movement's hypothetical wording) and never changes what they decide;
where several reasons are possible and it cannot tell which, it names them all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from summarise.extraction.backends.baseline.background import in_time_adjunct
from summarise.extraction.backends.baseline.clauses import clause_around, split_clauses
from summarise.extraction.backends.baseline.contacts import ContactDraft
from summarise.extraction.backends.baseline.forces_standing import where_forces_stand
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.movement_assertion import (
    hypothetical,
    why_not_asserted,
)
from summarise.extraction.backends.baseline.movement_draft import MovementDraft
from summarise.extraction.backends.baseline.movement_parts import partitive_detail
from summarise.extraction.backends.baseline.movement_purposes import movements_purpose
from summarise.extraction.backends.baseline.non_positions import assessed, reports_event
from summarise.extraction.backends.baseline.patterns import LexiconPattern, category
from summarise.extraction.backends.baseline.position_draft import PositionDraft
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.stances import read_stance

CueKind = Literal["stance", "punitive", "saying", "movement", "combat", "contact"]
# What a punitive measure becomes: taken, a commitment; held ready or under a condition, a
# threat.
_MEASURE_STANCES = frozenset({"commit", "threaten"})


@dataclass(frozen=True)
class CueTrace:
    """A cue word, its class in the lexicon, and what it became (an item, or why not).
    ``at``, the word's offset in the article, lets a reader set the cue against the labels'
    quotes without scanning the sentence again (``benchmarks/guard_drops.py``)."""

    word: str
    kind: CueKind
    cls: str
    outcome: str
    produced: bool
    at: int


def cue_traces(
    s: Sentence,
    positions: list[PositionDraft],
    movements: list[MovementDraft],
    contacts: list[ContactDraft],
    adds_to_contact: ContactDraft | None,
    dropped: Mapping[int, str],
    this_year: int | None = None,
) -> list[CueTrace]:
    """Every cue of the sentence, kind by kind, with what it became given the drafts the
    sentence produced (``adds_to_contact``: the contact before it that took its evidence;
    ``dropped``: why a deciding stance cue's clause made no position, by the cue's offset;
    ``this_year``: the article's year, which tells history from news as the stages do)."""
    found = (
        _stance_cues(s, positions, dropped)
        + _measure_cues(s, positions, dropped)
        + _saying_cues(s, positions, dropped, reports=bool(movements or contacts))
        + _movement_cues(s, movements, this_year)
        + _contact_cues(s, contacts, adds_to_contact)
    )
    if s.journalist:
        # Every cue of a journalist's turn gives the same answer, whatever its kind.
        asked = "no item: a journalist's turn, never evidence"
        return [CueTrace(c.word, c.kind, c.cls, asked, False, c.at) for c in found]
    return found


def _stance_cues(
    s: Sentence, positions: list[PositionDraft], dropped: Mapping[int, str]
) -> list[CueTrace]:
    found: list[CueTrace] = []
    for cue in s.scan.find(load_lexicon().stances, s.start, s.end):
        cls = category(cue)
        outcome, produced = _stance_outcome(s, cue, cls, positions, dropped)
        found.append(CueTrace(cue.group(), "stance", cls, outcome, produced, cue.start()))
    return found


def _stance_outcome(
    s: Sentence,
    cue: re.Match[str],
    cls: str,
    positions: list[PositionDraft],
    dropped: Mapping[int, str],
) -> tuple[str, bool]:
    """What a stance cue became: the clause's first cue decides its stance; when it made
    no position, the question that said no (``dropped``, as ``positions`` answered it)."""
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
    if claim.voice == "speech" and decided.stance == "other" and not assessed(s.scan.text, decided):
        return "no item: a speaker's 'other' cue is narrative", False
    why = dropped.get(decided.start)
    if why is not None:
        return f"no item{read_as}: {why}", False
    return (
        f"no item{read_as}: its clause's position took another stance (whose act it is, "
        "a measure's kind) or was left out as the movement, contact or history the "
        "sentence tells"
    ), False


def _measure_cues(
    s: Sentence, positions: list[PositionDraft], dropped: Mapping[int, str]
) -> list[CueTrace]:
    """Punitive actions and measures ("impose", "sanctions"), which the stance stage reads
    apart from the stance words: they make a commitment or a threat; one that decided its
    clause and made no position says why (``dropped``)."""
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
        why = dropped.get(cue.start())
        if made is not None:
            outcome = f"position of {made.holder.name} ({made.stance})"
        elif why is not None:
            outcome = f"no item: {why}"
        else:
            outcome = (
                'no item: not taken by a holder ("the sanctions were …"), or another cue decides'
            )

        found.append(
            CueTrace(cue.group(), "punitive", category(cue), outcome, made is not None, cue.start())
        )
    return found


def _saying_cues(
    s: Sentence, positions: list[PositionDraft], dropped: Mapping[int, str], *, reports: bool
) -> list[CueTrace]:
    """A verb of saying with no stance word after it ("noted that …") is a position of
    stance ``other``: shown as a cue of its own when it made one, and when it made none
    because what it says is a movement or contact the sentence reports (``reports``)."""
    found: list[CueTrace] = []
    for c in s.claims:
        if not c.says or c.predicate is None or c.holder is None:
            continue
        word = s.scan.text[c.predicate[0] : c.predicate[1]]
        made = next((p for p in positions if p.stance == "other" and p.holder == c.holder), None)
        kept = next((p for p in positions if p.said is not None and p.holder == c.holder), None)
        if made is not None:
            outcome = f"position of {made.holder.name} (other: a verb of saying alone)"
            found.append(CueTrace(word, "saying", "speech", outcome, True, c.predicate[0]))
        elif kept is not None:
            outcome = f"position of {kept.holder.name} ({kept.stance}: a claim insisted on)"
            found.append(CueTrace(word, "saying", "speech", outcome, True, c.predicate[0]))
        elif reports and c.voice == "reported" and _reports_alone(s, c, c.predicate[1]):
            outcome = "no item: what was said is the movement or contact the sentence reports"
            found.append(CueTrace(word, "saying", "speech", outcome, False, c.predicate[0]))
        elif (why := _said_dropped(s, c, dropped)) is not None:
            found.append(
                CueTrace(word, "saying", "speech", f"no item: {why}", False, c.predicate[0])
            )
    return found


def _said_dropped(s: Sentence, c: Claim, dropped: Mapping[int, str]) -> str | None:
    """Why the claim's first clause, with only its verb of saying, made no position: read
    from the claim's start, or from its verb ("He said that …"), as ``positions`` reads it."""
    for start in (c.start, c.predicate[0] if c.predicate is not None else c.start):
        first = split_clauses(s.scan, start, c.end)[0]
        cue = read_stance(s.scan, *first, speech_predicate=True)
        if cue is not None and cue.stance == "other" and cue.start == cue.end:
            why = dropped.get(cue.start)
            if why is not None:
                return why
    return None


def _reports_alone(s: Sentence, c: Claim, said_from: int) -> bool:
    """The claim's first clause has no stance word, only its verb of saying, and what it
    says names a movement or a contact."""
    first = split_clauses(s.scan, c.start, c.end)[0]
    cue = read_stance(s.scan, *first, speech_predicate=True)
    alone = cue is not None and cue.stance == "other" and cue.start == cue.end
    return alone and reports_event(s, said_from, first[1])


def _not_asserted(
    s: Sentence, kind: CueKind, cue: re.Match[str], this_year: int | None
) -> str | None:
    """Which guard dropped the cue as not asserted: for a movement, the stage's own answer
    (``why_not_asserted``), asked of the clause the stage reads it in; combat asks two of
    those guards only."""
    text = s.scan.text
    clause_start, clause_end = clause_around(text, s, cue.start())
    if kind == "movement":
        standing = where_forces_stand(s.scan, clause_start, cue)
        return why_not_asserted(
            text, s, clause_start, clause_end, cue, standing=standing, this_year=this_year
        )
    if hypothetical(s.scan, clause_start, cue.start()):
        return "hypothetical ('could', 'would', 'if' …)"
    if in_time_adjunct(text, clause_start, cue.start()):
        return "background, it dates another event ('after the …')"
    return None


def _movement_cues(
    s: Sentence, movements: list[MovementDraft], this_year: int | None
) -> list[CueTrace]:
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
            elif activity == "patrol" and movements_purpose(scan.text, cue, bool(movements)):
                outcome = (
                    "no item: the aim of a movement told before it ('to strengthen … air policing')"
                )
                produced = False
            elif covering and partitive_detail(scan.text, s.start, cue.start()):
                outcome = "no item: part of the forces just told ('with some arriving')"
                produced = False
            elif moved is not None:
                outcome = f"{moved.activity} by {moved.actor.name} (what it moves decides)"
                produced = True
            elif s.question:
                outcome, produced = "no item: in a question", False
            elif (why := _not_asserted(s, kind, cue, this_year)) is not None:
                outcome, produced = f"no item: {why}", False
            else:
                outcome, produced = "no item: no forces or no owner named", False
            found.append(CueTrace(cue.group(), kind, cls, outcome, produced, cue.start()))
    return found


def _contact_cues(
    s: Sentence, contacts: list[ContactDraft], adds_to_contact: ContactDraft | None
) -> list[CueTrace]:
    found: list[CueTrace] = []
    for cue in s.scan.find(load_lexicon().contact_modes, s.start, s.end):
        cls = category(cue)
        made = next((c for c in contacts if c.mode == cls), None)
        if made is not None:
            outcome, produced = f"contact of {sides(made)}", True
        elif adds_to_contact is not None:
            outcome = f"evidence for the contact before ({sides(adds_to_contact)})"
            produced = True
        else:
            outcome, produced = "no item: fewer than two sides named, or not a contact", False
        found.append(CueTrace(cue.group(), "contact", cls, outcome, produced, cue.start()))
    return found


def _covers(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def sides(c: ContactDraft) -> str:
    """A contact's participants, named alike in a cue's outcome and in the item line."""
    return " + ".join(a.name for a in c.participants)
