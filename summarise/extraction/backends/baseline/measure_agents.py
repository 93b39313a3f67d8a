"""Whose punitive measure a clause names: a threat or a commitment is the holder's own act.

The guide: "a conditional promise of one's own punitive action is `threaten`", and a
predicted consequence is `warn`. So a measure whose agent is another party ("the West will
impose sanctions anyway", said in Moscow; a former ambassador's "NATO is ready to impose
sanctions") is the holder's forecast of it, a warning. The agent is the first party named
in the measure's own clause (after the last comma or "that" before it); a measure the
party named must "face", "pay" or "bear" has that party as its target, not its agent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.patterns import WORD_THEN_SPACE
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.schema import Stance

_CLAUSE_OPENING = re.compile(r",|\bthat\b", re.IGNORECASE)
_TARGET_VERB = re.compile(
    r"\b(?:face[sd]?|facing|pay|pays|paid|bear|bears|suffer|suffers|incur)\b", re.IGNORECASE
)
# A condition may open after a quotation mark or a conjunction: "But if Russia invades, …".
_CONDITION = re.compile(
    r"[\s\u201c\"']*(?:(?:but|and|so|yet)\s+)?(?:if|unless|should|once|when|whenever)\b",
    re.IGNORECASE,
)


def measure_stance(
    text: str,
    mentions: Sequence[Mention],
    start: int,
    cue_start: int,
    stance: Stance,
    holder: ActorRef,
) -> Stance:
    """``stance`` of a measure at ``cue_start``, or ``warn`` when another party takes it."""
    agent = _agent(text, mentions, start, cue_start)
    if agent is None or agent.kind == "first" or agent.ref is None:
        return stance
    if _TARGET_VERB.search(text, agent.end, cue_start) is not None:
        return stance
    if not (_placed(agent.ref) and _placed(holder)):
        return stance
    return stance if agent.ref.side == holder.side else "warn"


def _placed(ref: ActorRef) -> bool:
    """Whether ``ref``'s side is known: a person whose state is not known yet may be the
    holder's own leader ("President Biden will issue an order", in a statement of the
    United States)."""
    return ref.kind != "person" or ref.country is not None


def _agent(text: str, mentions: Sequence[Mention], start: int, cue_start: int) -> Mention | None:
    """The first party named in the nearest stretch before the measure, walking back over
    commas ("NATO, too, and the West, stands ready to …"); "we" or "our" anywhere in a stretch
    is the speaker's side ("we, as well as our partners, imposed …")."""
    bounds = [start] + [m.end() for m in _CLAUSE_OPENING.finditer(text, start, cue_start)]
    prepositions = load_grammar().prepositions
    end = cue_start
    for floor in reversed(bounds):
        if _CONDITION.match(text, floor):
            # "if Russia were to attack, there would be consequences": the condition's
            # subject is not the measure's agent.
            end = floor
            continue
        inside = [m for m in mentions if floor <= m.start and m.end <= end]
        own = next((m for m in inside if m.kind == "first"), None)
        if own is not None:
            return own
        for m in inside:
            if m.possessive or m.adjective:
                continue
            before = WORD_THEN_SPACE.search(text, max(0, m.start - 20), m.start)
            if before is not None and before.group(1).lower() in prepositions:
                continue
            return m
        end = floor
    return None
