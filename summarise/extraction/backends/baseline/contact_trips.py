"""A meeting at a trip's destination with its hosts ("I'll travel on to Sofia, where I'm to
see President X"): the guide's visit is the visitor and the host, so the people of the
visited state met there host the trip's visit, one occasion, not a meeting beside a visit
to their state (labelled so in three sets: a trip announced by its traveller, by a
spokesperson and in a readout). People of no state the trip goes to ("travel to Brussels,
where he will meet NATO's ministers") hold a meeting there.
"""

from __future__ import annotations

import re

from summarise.actors import known_person
from summarise.extraction.backends.baseline.contact_where import where_contact
from summarise.extraction.backends.baseline.lexicon import mode_of
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence

# How far before the meeting's trigger its "where" clause may open: the clause's subject
# and its verb group (", where she will also hold"), never a clause of its own between.
_REACH = 40


def hosts_met(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    triggers: list[re.Match[str]],
    parties: list[ActorRef],
) -> bool:
    """Whether a meeting trigger opens a "where" clause after a trip's trigger of the same
    sentence (Quirk et al. 17.16: "where" stands for the place named before it) and the
    people met are all of the states the trip goes to. The clause's subject is the
    traveller, and ``find_parties`` puts the side before its trigger first: ``parties[0]``
    is the traveller, the rest the people met; a traveller of a visited state makes no
    visit there (a trip at home has no host). The visit to their state the trip's own
    verb names is this one (``contact_lookalikes.made_for``)."""
    if len(parties) < 2 or mode_of(category(trigger)) != "meeting":
        return False
    trip = next(
        (t for t in triggers if t.end() <= trigger.start() and mode_of(category(t)) == "visit"),
        None,
    )
    if trip is None:
        return False
    where = where_contact(
        text, trip, max(sentence.start, trip.end(), trigger.start() - _REACH), trigger.start()
    )
    if where is None:
        return False
    visited = {
        m.ref.side
        for m in sentence.mentions
        if m.place and m.ref is not None and trip.end() <= m.start < where.start()
    }
    traveller, *hosts = parties
    return _state_of(traveller) not in visited and all(_state_of(h) in visited for h in hosts)


def _state_of(party: ActorRef) -> str:
    """The state a party stands for, or the state the vocabulary lists a person with when
    the text gave none: a news text leaves "President Andrzej Duda" no country (its
    titles decide whose a person is, ``principal.home_officials``), but whether he hosts
    a visit to Warsaw is asked of the period's reader, who knows him as Poland's. The
    party's own fields stay as the text gave them."""
    listed = known_person(party.name) if party.is_person and party.country is None else None
    return listed.country if listed is not None else party.side
