"""Forces coordinated in one movement's clause, each moved: an additive adjunct ("eight F-35
fighters, along with a battery of Patriot systems, to bases in Poland": Quirk et al. 8.116
on "along with", "together with", "as well as") and a second object with a goal of its own,
the verb left out ("3,000 troops to Poland and 1,000 troops to Romania", "land forces to the
eastern flank and naval forces from the North Sea to the Baltic": gapping, Quirk et al.
13.92). Each is another movement of the same owner, never merged into the first; where the
first forces come from is theirs alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from summarise.extraction.backends.baseline.inclusions import ACCOMPANYING, COMITATIVE
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.movement_draft import MovementDraft
from summarise.extraction.backends.baseline.movement_forces import what_moves_decides
from summarise.extraction.backends.baseline.movement_owners import owner
from summarise.extraction.backends.baseline.movement_places import goal_after
from summarise.extraction.backends.baseline.patterns import window_after
from summarise.extraction.backends.baseline.quantities import Forces, find_forces
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.sentence import Sentence

# The additive marker after the forces or where they come from, set off by a comma.
_ADDED = re.compile(rf",\s+(?:{ACCOMPANYING})\s+(?:an?\s+|the\s+)?")
# Where the forces come from, before the marker: "from Hill Air Force Base".
_FROM = re.compile(r"\s+from\s+[^,;:.]{1,60}?(?=,)")
# "and" after the first goal, the second object right after it.
_AND = re.compile(r"\s+and\s+(?:an?\s+|the\s+)?")
_REACH = 80


def coordinated(
    sentence: Sentence,
    draft: MovementDraft,
    forces: Forces | None,
    trigger: re.Match[str],
    clause_end: int,
) -> list[MovementDraft]:
    """The movements of the forces coordinated with ``forces`` in ``draft``'s clause: the
    first's owner's, unless their own phrase names theirs ("as well as 20 Danish tanks")."""
    if forces is None:
        return []
    scan = sentence.scan
    text = scan.text
    found: list[MovementDraft] = []

    def whose(more: Forces) -> ActorRef:
        return owner(text, sentence, more, trigger) or draft.actor

    came = _FROM.match(text, forces.end, clause_end)
    added = _ADDED.match(text, came.end() if came is not None else forces.end, clause_end)
    if added is not None:
        more = _forces_at(scan, added.end(), clause_end)
        if more is not None and not _equipping(added.group(), more, whose(more), draft):
            found.extend(_moved(text, draft, more, trigger, draft.destination, whose(more)))
    if draft.destination is not None:
        goal = text.find(draft.destination, forces.end, clause_end)
        joined = _AND.match(text, goal + len(draft.destination), clause_end) if goal >= 0 else None
        more = _forces_at(scan, joined.end(), clause_end) if joined is not None else None
        if more is not None:
            where = goal_after(text, more.end, clause_end)
            found.extend(_moved(text, draft, more, trigger, where, whose(more)))
    return found


# A comitative opener (not the additive "as well as").
_WITH = re.compile(rf",\s+(?:{COMITATIVE})\b")
# What goes with troops as their equipment: aircraft, vehicles and weapons.
_EQUIPMENT = frozenset({"aircraft", "vehicles", "weapons"})


def _equipping(marker: str, more: Forces, more_owner: ActorRef, draft: MovementDraft) -> bool:
    """Whether the forces added go as equipment with the first, one movement with them: a
    comitative naming aircraft, vehicles or weapons of the same owner ("I have sent 2,000
    more soldiers, along with fighter jets and attack helicopters, to Romania"; "moved 12
    battalion tactical groups, along with Iskander-M launchers, into
    …"). Units added ("eight F-35 fighters, along with a battalion of Patriot systems"),
    ships, forces added "as well as", and forces whose own phrase names another owner stay
    movements of their own."""
    return _WITH.match(marker) is not None and more.unit in _EQUIPMENT and more_owner == draft.actor


def _forces_at(scan: TextScan, pos: int, clause_end: int) -> Forces | None:
    """The forces phrase that opens at ``pos``."""
    phrases = find_forces(
        scan, pos, window_after(scan.text, pos, _REACH, clause_end), load_lexicon()
    )
    return phrases[0] if phrases and phrases[0].start == pos else None


def _moved(
    text: str,
    draft: MovementDraft,
    forces: Forces,
    trigger: re.Match[str],
    destination: str | None,
    actor: ActorRef,
) -> list[MovementDraft]:
    """The second forces' movement; a second object with no goal of its own is none."""
    activity = what_moves_decides(text, draft.activity, trigger, forces)
    if activity is None or destination is None:
        return []
    return [
        replace(
            draft,
            actor=actor,
            activity=activity,
            forces=forces.text,
            quantity=forces.quantity,
            destination=destination,
            origin=None,
            quotes=list(draft.quotes),
            another=True,
        )
    ]
