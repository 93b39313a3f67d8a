"""A meeting at a trip's destination with its hosts ("I'll travel on to Sofia, where I'm to
see President X"): the guide's visit is the visitor and the host, so the people of the
visited state met there host the trip's visit, one occasion, not a meeting beside a visit
to their state (labelled so in three sets: a trip announced by its traveller, by a
spokesperson and in a readout). People of no state the trip goes to ("travel to Brussels,
where he will meet NATO's ministers") hold a meeting there.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.contact_lookalikes import WHERE_CONTACT
from summarise.extraction.backends.baseline.lexicon import mode_of
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence

_REACH = 40


def hosts_met(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    triggers: list[re.Match[str]],
    hosts: list[ActorRef],
) -> bool:
    """Whether a meeting trigger opens a "where" clause after a trip's trigger of the same
    sentence (Quirk et al. 17.16: "where" stands for the place named before it) and the
    people met (``hosts``) are all of the states the trip goes to. The visit to their state
    the trip's own verb names is this one (``contact_lookalikes.made_for``)."""
    where = WHERE_CONTACT.search(
        text, max(sentence.start, trigger.start() - _REACH), trigger.start()
    )
    if where is None or not hosts or mode_of(category(trigger)) != "meeting":
        return False
    trip = next(
        (t for t in triggers if t.end() <= where.start() and mode_of(category(t)) == "visit"),
        None,
    )
    if trip is None:
        return False
    visited = {
        m.ref.side
        for m in sentence.mentions
        if m.place and m.ref is not None and trip.end() <= m.start < where.start()
    }
    return all(h.side in visited for h in hosts)
