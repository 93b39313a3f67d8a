"""How many occasions a contact trigger reports, and where each took place: occasions named
in the plural are one with each party, a visit to several states one trip with every host;
the place is the one after the trigger, the host's place of a welcome or the places a
visitor goes.

Apart from ``contacts`` because these read the contact's granularity and place once its
parties are known, and change with the guide's reading of occasions and visits, not with
the triggers or the grammar of parties.
"""

from __future__ import annotations

import re
from itertools import pairwise

from summarise.extraction.backends.baseline.contact_arguments import place_after
from summarise.extraction.backends.baseline.contact_lookalikes import HOSTING, made_for
from summarise.extraction.backends.baseline.lexicon import load_lexicon, mode_of
from summarise.extraction.backends.baseline.mentions import LIST_GAP, Mention
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.times import CALENDAR
from summarise.schema import ContactMode

# A call or a letter takes place nowhere in particular.
_PLACELESS = frozenset({"phone_call", "video_call", "correspondence"})
# "welcomed Chancellor X to the White House": the host's place follows the guest.
_WELCOMED_TO = re.compile(
    r"\bwelcom\w*\s[^.;:]{0,80}?\bto\s+(?P<place>(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
# A visit takes place where the visitor goes: "will visit Warsaw", "travel to Kyiv".
_VISITED = re.compile(
    r"\s+(?:to\s+)?(?P<place>[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+){0,2})(?![\w\u2019'-])"
)


# Occasions named in the plural: "had phone calls with A, B and C", "held meetings with".
_PLURAL_OCCASIONS = re.compile(r"(?:calls|meetings|conversations)(?: with)?$")


def occasions_of(word: str, own: Mention | None, parties: list[ActorRef]) -> list[list[ActorRef]]:
    """The occasions a trigger reports: one, or one with each party after the subject for
    occasions in the plural ("This week I held phone calls with A, B and C"). A visit to several
    states ("will travel to Oslo and Helsinki") is one trip, its parties the visitor and
    every host: the labels take one item with all the hosts, keyed by the occasion."""
    if own is None or len(parties) < 3 or not _PLURAL_OCCASIONS.search(word):
        return [parties]
    first, *others = parties
    return [[first, other] for other in others]


def toured_places(
    text: str, sentence: Sentence, trigger: re.Match[str], hosts: list[ActorRef]
) -> str | None:
    """The places of a visit to several hosts, as listed after the trigger ("Oslo and
    Helsinki" in "will travel to Oslo and Helsinki"), or none when they are not one
    list naming a host each."""
    places = [
        m for m in sentence.mentions if m.start >= trigger.end() and m.place and m.ref in hosts
    ]
    if len(places) < 2:
        return None
    for before, after in pairwise(places):
        if LIST_GAP.fullmatch(text, before.end, after.start) is None:
            return None
    return text[places[0].start : places[-1].end]


def place_of(
    text: str, sentence: Sentence, trigger: re.Match[str], mode: ContactMode
) -> str | None:
    """Where the contact took place: "in Geneva" after it, the host's place of a welcome
    ("welcomed X to the White House"), the place a visitor goes ("will visit Warsaw") or
    goes to for it ("will travel to Brussels to meet X")."""
    if mode in _PLACELESS:
        return None
    location = place_after(text, trigger.end(), sentence.end)
    if location is None and HOSTING.match(trigger.group().lower().split()[0]):
        welcomed = _WELCOMED_TO.search(text, trigger.start(), sentence.end)
        location = welcomed["place"] if welcomed is not None else None
    if location is None and mode == "visit" and mode_of(category(trigger)) == "visit":
        # A visit read off a meeting at the trip's destination (contact_trips) is placed
        # by the trip's verb, below: the meeting's names no place.
        location = _visited(text, sentence, trigger)
    if location is None:
        # "will travel to Brussels next week to meet X": the meeting is where the trip goes.
        trips = sentence.scan.find(load_lexicon().contact_modes, sentence.start, trigger.start())
        location = next(
            (
                _visited(text, sentence, trip)
                for trip in trips
                if mode_of(category(trip)) == "visit" and made_for(text, trip, trigger)
            ),
            None,
        )
    return location


def _visited(text: str, sentence: Sentence, trip: re.Match[str]) -> str | None:
    """The place a trip goes to: "will visit Warsaw", "travel to Kyiv"."""
    visited = _VISITED.match(text, trip.end(), sentence.end)
    if visited is None or CALENDAR.match(visited["place"]):
        return None
    return visited["place"]
