"""A movement as the rules build it, before it becomes a schema item: the movement rules make
it and the modules that read it after (supplies told before, merging, combat, the trace) take
it from here, so none of them has to import the rules that make it."""

from __future__ import annotations

from dataclasses import dataclass

from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.schema import Activity, MovementStatus, Quantity


@dataclass
class MovementDraft:
    actor: ActorRef
    activity: Activity
    forces: str
    quantity: Quantity | None
    destination: str | None
    status: MovementStatus
    claimed_by: ActorRef | None
    quotes: list[tuple[int, int]]
    when: str | None
    sentence: int
    origin: str | None = None
    # "The equipment arrived at Boryspil": a definite noun with nothing new (no figure, no
    # name) points back to forces named before (Quirk et al. 5.28), wherever it says they are.
    anaphoric: bool = False
    # "more shipments are on their way": a consignment told as another one than those told
    # before (an additive determiner, Quirk et al. 5.17), never their restatement.
    another: bool = False
    # "military aid, including 300 Javelin missiles": forces told as a part of a whole told
    # before them, never a movement apart from it.
    part: bool = False
