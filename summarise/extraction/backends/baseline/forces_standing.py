"""Where forces stand now: a participle right after its forces and before a place ("its
forces deployed around the border") is a reduced relative that states where they stand.
Its own module because the movement stage and the cue trace both ask it, and the
demand governing the clause does not govern the standing."""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.quantities import find_forces
from summarise.extraction.backends.baseline.scan import TextScan

_WINDOW = 60
# A participle right after its forces and before a place: "its forces deployed around the
# border" (a reduced relative clause).
_PARTICIPLE = re.compile(r"\w+ed")
# An intransitive verb has no passive participle to reduce a relative clause with (Quirk et
# al. 17.29): "2,000 American troops arrived in Poland" is the clause's finite past.
_INTRANSITIVE = re.compile(r"arrived", re.IGNORECASE)
_PLACE_NEXT = re.compile(r"\s+(?:around|near|along|in|on|at|inside)\s")


def where_forces_stand(scan: TextScan, clause_start: int, trigger: re.Match[str]) -> bool:
    """ "urge Russia to withdraw its forces deployed around the border": a reduced relative
    states where the forces stand now; the demand governs the withdrawal, not the
    deployment, so the deployment is asserted (ongoing) whatever governs the clause."""
    if _INTRANSITIVE.fullmatch(trigger.group()) or not _PARTICIPLE.fullmatch(trigger.group()):
        return False
    if not _PLACE_NEXT.match(scan.text, trigger.end()):
        return False
    window = max(clause_start, trigger.start() - _WINDOW)
    earlier = find_forces(scan, window, trigger.start(), load_lexicon())
    return bool(earlier) and trigger.start() - earlier[-1].end <= 1
