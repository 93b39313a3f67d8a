"""Whose a movement is when its verb's subject does not own it: a supply received is the
giver's (CAMEO's RECEIVE), a host is where the forces go, never whose they are, and a
joint exercise reported from one side is the reporter's. Apart from the movement stage
because the receiving and hosting verbs also decide where a movement goes."""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.drill_hosts import reporters_drill
from summarise.extraction.backends.baseline.movement_owners import owner
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.supply_givers import giver, recipient

# Verbs whose subject receives what is moved.
RECEIVING = re.compile(r"receiv", re.IGNORECASE)
# Verbs whose subject is where another's forces stand: "Romania will host US troops".
HOSTING = re.compile(r"host", re.IGNORECASE)


def whose_movement(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    forces: Forces | None,
    clause_end: int,
) -> ActorRef | None:
    """The owner of a movement: a supply received is the giver's (CAMEO's RECEIVE), and a
    host is where the forces go, never whose they are."""
    if RECEIVING.match(trigger.group()) is not None:
        return giver(text, sentence, forces, clause_end)
    actor = owner(text, sentence, forces, trigger)
    # "the joint exercise with the Armed Forces of Belarus", reported from Moscow: Russia's
    host = reporters_drill(text, sentence, trigger, forces, actor)
    if host is not None:
        return host
    hosted = HOSTING.match(trigger.group()) is not None
    if hosted and actor is not None and actor.name == recipient(sentence, trigger.start()):
        return None
    return actor
