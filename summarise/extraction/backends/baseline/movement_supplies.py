"""What a supply told in parts is: a shipment named as part of a package told before is
the package's giver's, and what was just supplied, arriving under a definite noun, is that
supply arriving. Apart from ``movements`` because both read the movements told before, not
the sentence.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.movement_draft import MovementDraft
from summarise.extraction.backends.baseline.movement_forces import ARRIVING
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.schema import Activity

# A consignment named as part of a package told before: "The first shipments under this
# package arrived", "a first shipment of ammunition from the previous package",
# "Deliveries under the two previous drawdowns" (a presidential drawdown is such a package).
_OF_PACKAGE = re.compile(
    r"[^.;:]{0,60}?\b(?:under|from|of)\s+(?:this|that|the)\s+(?:[\w$-]+\s+){0,3}?"
    r"(?:packages?|drawdowns?)\b",
    re.IGNORECASE,
)


def package_owner(
    text: str,
    activity: Activity,
    forces: Forces | None,
    clause_end: int,
    package: MovementDraft | None,
) -> ActorRef | None:
    """The giver of a supply named as part of a package: the package told before, however
    far back (a fact sheet lists its contents in between), is the last supply told."""
    if activity != "supply" or forces is None or package is None:
        return None
    if _OF_PACKAGE.match(text, forces.end, clause_end) is None:
        return None
    return package.actor


def delivered(
    activity: Activity,
    trigger: re.Match[str],
    anaphoric: bool,
    actor: ActorRef,
    told: MovementDraft | None,
    index: int,
) -> Activity:
    """ "Russia has handed over four fighters to Belarus. The aircraft landed at the
    airbase on Thursday.": what was just supplied, arriving, is that supply arriving, not a
    deployment of the giver's own."""
    if (
        activity == "deploy"
        and anaphoric
        and ARRIVING.match(trigger.group()) is not None
        and told is not None
        and told.activity == "supply"
        and told.actor == actor
        and index - told.sentence <= 1
    ):
        return "supply"
    return activity
