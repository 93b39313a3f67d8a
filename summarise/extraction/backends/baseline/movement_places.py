"""Where a movement goes: the place phrase after its forces and trigger ("to Poland and
Germany", "along the border"), never a time ("in March"), a purpose or a reason ("in
response to Russia's manoeuvres").

Apart from ``movements`` because the place is read the same way whatever the activity,
and its words come from the actor vocabulary, not from the verb classes.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.actors import phrase_key, vocabulary
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.inclusions import ACCOMPANYING, INCLUSION
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.place_words import FACILITY, PLACE_HEAD
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.times import CALENDAR
from summarise.extraction.backends.baseline.verb_forms import BE, HAVE, MODALS

# A name, in capitals ("the Baltic Sea", "Fort Bragg"); a state's may hold "of" ("the
# Republic of Moldova").
# Its capital may carry a diacritic: "Šiauliai", "Łask", "Świdwin" (Latin-1 and Extended-A).
CAPITAL = r"[A-Z\u00c0-\u00de\u0100-\u017f]"
_NAME = rf"{CAPITAL}[\w\u2019'-]+(?:\s+{CAPITAL}[\w\u2019'-]+)*"
_STATE_NAME = r"[A-Z][\w\u2019'-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\u2019'-]+)*"
# Places named by their kind: "near the border", "at six training grounds in Belarus".
_HEADS = rf"{PLACE_HEAD}\b"
# Names listed before the one head they share: "the Volyn, Rivne and Zhytomyr regions",
# "the Kharkiv and Chernihiv regions" (Quirk et al. 13.65).
_SHARED_HEAD = rf"{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}\s+{_HEADS}"
_PLACE = re.compile(
    r"\s+(?P<prep>to|into|on|along|near|at|around|in|inside|towards?|across|over)\s+"
    r"(?P<place>(?:the\s+)?(?:(?!to\s)[\w\u2019'-]+\s+){0,3}?"
    rf"(?:{_SHARED_HEAD}"
    rf"|{_NAME}(?:['\u2019]s)?"
    rf"(?:\s+(?:[a-z]+\s+(?:and\s+[a-z]+\s+)?)?{_HEADS})?"
    rf"|{_HEADS}))"
)
# What completes a place named by its kind: "the borders of Ukraine", "the border with
# Ukraine" (a postmodifier, Quirk et al. 17.37).
_OF_PLACE = re.compile(rf"\s+(?:of|with|over|near)\s+(?:the\s+)?{_STATE_NAME}")
_ENDS_IN_HEAD = re.compile(rf"{_HEADS}$")
_POSSESSIVE_END = re.compile(r"['\u2019]s$")
_OWNED_FORCES = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:armed forces|army|military|navy|forces|militias?|troops)\b",
    re.IGNORECASE,
)
_ENDS_IN_FACILITY = re.compile(rf"{FACILITY}$", re.IGNORECASE)
_HEAD_REACH = 20
# … the state a facility or an area lies in, perhaps with the part of it: "at Ämari Air
# Base in Estonia", "the area of Rzeszów in southeastern Poland".
_IN_STATE = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)[a-z]*\s+)?"
    rf"(?P<state>{_SHARED_HEAD}|{_STATE_NAME})"
)
# One more member of a list of places: "Lithuania, Latvia and Estonia", "near the border
# and in Belarus", "along the border, in the Black Sea and in the occupied Crimea".
_MORE_PLACE = re.compile(
    r"(?P<join>,\s+(?:and\s+)?|\s+and\s+)"
    r"(?:(?P<prep>in|inside|along|near|on|around|at|over)\s+)?"
    r"(?P<place>(?:the\s+)?(?:(?:temporarily\s+)?occupied\s+)?"
    rf"(?:{_NAME}(?:['\u2019]s)?(?:\s+(?:[a-z]+\s+)?{_HEADS}|\s+states)?"
    rf"|{_HEADS}))"
)
_ORIGIN = re.compile(
    r"\s+from\s+(?P<place>(?:the\s+)?(?:[a-z\d][\w-]*\s+){0,3}?"
    rf"{_NAME}(?:\s+(?:region|border|bases?|military\s+district))?"
    # … a formation with where it is based: "the 10th Mountain Division at Fort Drum".
    rf"(?:\s+(?:at|in)\s+{_NAME})?"
    # … and the state or region a base lies in, set off by commas: "Fort Carson, Colorado,".
    rf"(?:,\s+{_NAME}(?=,))?)"
)
# Where the forces are now, before where they go: "forces already in Europe to the east".
_WHERE_NOW = re.compile(
    r"\s+(?:(?:already|currently|now|based|stationed)\s+)+in\s+(?:the\s+)?"
    rf"{_NAME}(?=\s+(?:to|into|towards?)\s)"
)
# The place a patrol verb takes as its object: "patrolling the airspace over Poland", "flew
# close to Norwegian airspace" (a goal's "to" is no part of it, as for any destination; "over
# Romania" keeps its "over"). A state's adjective is no place by itself: it belongs to the
# head it modifies ("skirted Danish airspace"). What flew is no place ("flights by NATO
# aircraft over the Black Sea").
_PATROLLED = re.compile(
    r"\s+(?!by\s)(?:(?:to|into)\s+)?"
    r"(?P<place>(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
    rf"(?:{_NAME}(?:\s+{_HEADS})?|{_HEADS}|skies|waters))"
)
# A supply's recipient as the indirect object: "provide Ukraine with", "gave Ukraine 300".
_RECIPIENT = re.compile(
    rf"\s+(?:(?:over\s+)?to\s+)?(?P<who>(?:the\s+)?{_NAME}(?:\s+of\s+(?:the\s+)?{_NAME})?)"
    r"(?:\s+with\b|(?:\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:batch|shipment|consignment|tranche|package)\s+of)?\s*$)"
)
# Leaving one place for another: "left Crimea for their garrisons in the Volgograd Region".
_LEAVING = re.compile(
    r"\s+(?P<origin>(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*)\s+for\s+"
    r"(?P<goal>(?:their\s+|its\s+)?[^.;:,]+?)(?=[.;:,]|\s+(?:after|before|once|when|by|on)\b|$)"
)
# The goal a trigger names itself: "return to their permanent bases".
_GOAL_IN_TRIGGER = re.compile(r"\s(?:to|for)\s+(?P<goal>.+)$")
# Forces' own home, the possessive theirs: "their permanent bases", "its garrison".
OWN_HOME = (
    r"(?:their|its)\s+(?:[\w-]+\s+){0,2}?(?:bases?|barracks|garrisons?|"
    r"(?:places?|points?|sites?)\s+of\s+(?:permanent\s+)?deployment)\b"
)
# … or after the forces it returns: "return all participating units to their permanent
# bases", or after where they leave: "will return from Belarus to their permanent bases".
_HOME_AFTER = re.compile(rf"(?:\s+from\s+[^.,;:]{{1,40}}?)?\s+to\s+(?P<goal>{OWN_HOME})")
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*")

_TRIGGER_PREPOSITION = re.compile(r"\s+(?:to|into|towards?|in|inside)$")
# "moved in from X": "in" is the verb's particle, the place after it where they came from.
_PARTICLE = re.compile(r"\s+from\s")


@cache
def _place_phrases() -> frozenset[tuple[str, ...]]:
    vocab = vocabulary()
    return frozenset(vocab.country_phrases) | frozenset(vocab.seat_phrases)


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(d for c in vocabulary().countries.values() for d in c.demonyms)


def _opens_side_remark(text: str, pos: int) -> bool:
    rest = text[pos : pos + 40].lstrip().lower()
    return any(rest.startswith(phrase) for phrase in load_grammar().clause_opener_phrases)


# A parenthesis after the forces naming what they include or what goes with them: "1,100
# personnel, including a Stryker company, from Fort Carson to Romania".
_FORCES_ASIDE = re.compile(rf",\s+(?:{INCLUSION}|{ACCOMPANYING})\s+[^,;:.]{{1,80}},(?=\s)")
# The comma closing a place set off by commas before the goal: "from Fort Carson, Colorado,
# to Romania".
_COMMA = re.compile(r",(?=\s+(?:to|into|towards?)\s)")


def _place_from(trigger: re.Match[str], forces: Forces | None) -> int:
    """Where the place phrase may start: after the forces and the trigger, and after a
    parenthesis of what the forces include; a trigger that ends in its preposition ("move
    to", "landed in") leaves it to the place ("to Poland")."""
    end = trigger.end()
    prep = _TRIGGER_PREPOSITION.search(trigger.group())
    if prep is not None and _PARTICLE.match(trigger.string, end) is None:
        end = trigger.start() + prep.start()
    if forces is None or forces.end < end:
        return end
    aside = _FORCES_ASIDE.match(trigger.string, forces.end)
    return forces.end if aside is None else aside.end()


def _destination(place: re.Match[str] | None, text: str, end: int) -> str | None:
    """Where the forces go; "in March" is a time, and "to see off Russian bombers" a
    purpose, not a place. The place runs on over what completes it ("the borders of
    Ukraine") and over the other members of its list ("to Poland and Germany"); a member
    with no preposition of its own only when the vocabulary knows it as a place."""
    if place is None or CALENDAR.match(place["place"]):
        return None
    if place["place"].split()[-1] in _demonyms():
        return None
    prep = place["prep"]
    if _POSSESSIVE_END.search(place["place"]):
        # "to Ukraine's armed forces": the owner names whose forces, the forces receive.
        owned = _OWNED_FORCES.match(text, place.end(), end)
        return text[place.start("place") : owned.end()] if owned is not None else None
    stop, prepositions = _extended(text, place.end(), end)
    where = text[place.start("place") : stop]
    # "in Belarus and along Ukraine's borders": a list of places each with its own
    # preposition keeps the first's too.
    kept = ("on", "along", "near", "around", "across", "over", "toward", "towards")
    return f"{prep} {where}" if prep in kept or (prepositions and prep != "to") else where


def _extended(text: str, pos: int, end: int) -> tuple[int, bool]:
    """Where a place phrase ends, past what completes it and the rest of its list, and
    whether a listed member has a preposition of its own."""
    prepositions = False
    stop = listed = _completed(text, pos, end)
    while True:
        more = _MORE_PLACE.match(text, listed, end)
        if more is None or not _listed(more):
            break
        listed = _completed(text, more.end(), end)
        # A member after a bare comma counts once the list closes with "and" ("Lithuania,
        # Latvia and Estonia"); "to the Baltic Sea, Lithuania said" lists nothing.
        if "and" in more["join"] or more["prep"] is not None:
            stop = listed
            prepositions = prepositions or more["prep"] is not None
    return stop, prepositions


def _completed(text: str, pos: int, end: int) -> int:
    """Past a postmodifier naming the state of a place named by its kind."""
    if _ENDS_IN_FACILITY.search(text, max(0, pos - _HEAD_REACH), pos):
        # … a facility by its proper name too: "Ämari Air Base in Estonia"
        where = _state_named_after(text, pos, end)
        if where is not None:
            return where
    if _ENDS_IN_HEAD.search(text, max(0, pos - _HEAD_REACH), pos) is None:
        return pos
    more = _OF_PLACE.match(text, pos, end)
    if more is None:
        return pos
    where = _state_named_after(text, more.end(), end)
    return where if where is not None else more.end()


def _state_named_after(text: str, pos: int, end: int) -> int | None:
    """Where the state a place lies in ends ("in Estonia"), if one is named at ``pos``;
    "in March" is a time. (``refs.in_state`` asks of a party whether it lies in a state.)"""
    where = _IN_STATE.match(text, pos, end)
    if where is None or CALENDAR.match(where["state"]):
        return None
    return where.end()


# A modal or perfect after a name joined by ", and": the name is the next clause's
# subject, not a listed place ("in Latvia, and Norway will send …"); a list's last member
# before the sentence's own verb ("to Estonia, Latvia and Lithuania was completed") stays.
_NEXT_CLAUSE = re.compile(r",\s+and\s+$")
_CLAUSE_VERB = re.compile(rf"\s+(?:{MODALS}|has|have)\b")


def _listed(more: re.Match[str]) -> bool:
    """A list member: a place with its own preposition, a place named by its kind, or a
    name the vocabulary knows as a place; "to Poland, Biden said" lists no person, and
    "in Latvia, and Norway will send …" no subject of the next clause."""
    place = more["place"]
    if CALENDAR.match(place) or place.split()[-1] in _demonyms():
        return False
    if (
        more["prep"] is None
        and _NEXT_CLAUSE.match(more["join"])
        and _CLAUSE_VERB.match(more.string, more.end())
    ):
        return False
    if more["prep"] is not None or _ENDS_IN_HEAD.search(place) or place.endswith("states"):
        return True
    return phrase_key(place) in _place_phrases()


def origin(text: str, trigger: re.Match[str], forces: Forces | None, clause_end: int) -> str | None:
    """Where the forces come from: "800 soldiers from Italy to the Baltic region",
    "the withdrawal of units from Crimea", "soldiers from Fort Bragg will be sent", "left
    Crimea for their garrisons"."""
    leaving = _LEAVING.match(text, trigger.end(), clause_end)
    if leaving is not None:
        return leaving["origin"]
    found = _ORIGIN.match(text, _place_from(trigger, forces), clause_end)
    if found is None and forces is not None and forces.end <= trigger.start():
        found = _ORIGIN.match(text, forces.end, trigger.start())  # "soldiers from X will go"
    if found is None or CALENDAR.search(found["place"]):
        return None
    return found["place"]


def destination(
    text: str, trigger: re.Match[str], forces: Forces | None, clause_end: int
) -> str | None:
    """The place the forces of ``trigger`` go to, if the clause names one; past the place
    they come from ("from Italy to the Baltic region")."""
    leaving = _LEAVING.match(text, trigger.end(), clause_end)
    if leaving is not None:
        return _goal(text, leaving["goal"], leaving.end("goal"), clause_end)
    if category(trigger) == "patrol" and _TRIGGER_PREPOSITION.search(trigger.group()) is None:
        # "patrol the eastern Mediterranean Sea": what is patrolled is where.
        patrolled = _PATROLLED.match(text, trigger.end(), clause_end)
        if patrolled is not None:
            return text[patrolled.start("place") : _extended(text, patrolled.end(), clause_end)[0]]
    goal = _GOAL_IN_TRIGGER.search(trigger.group()) if category(trigger) == "withdraw" else None
    if goal is not None:
        return _goal(text, goal["goal"], trigger.end(), clause_end)
    if category(trigger) == "withdraw":
        home = _HOME_AFTER.match(text, _place_from(trigger, forces), clause_end)
        if home is not None:
            return _goal(text, home["goal"], home.end(), clause_end)
    start = _place_from(trigger, forces)
    partners = _PARTNERS.match(text, start, clause_end) if category(trigger) == "exercise" else None
    start = partners.end() if partners is not None else start
    came = _ORIGIN.match(text, start, clause_end) or _WHERE_NOW.match(text, start, clause_end)
    after = came.end() if came is not None else start
    aside = _FORCES_ASIDE.match(text, after, clause_end) or _COMMA.match(text, after, clause_end)
    place = _PLACE.match(text, aside.end() if aside is not None else after, clause_end)
    if place is not None and _opens_side_remark(text, place.start()):
        return None  # "in response to Russia's manoeuvres" is a reason, not a place
    return _destination(place, text, clause_end)


# A drill's partners after it, before where it is held: "will hold exercises with the
# Belarusian army in Belarus" (the comitative names who drills along, Quirk et al. 9.47).
_PARTNERS = re.compile(
    r"\s+(?:together\s+)?with(?:\s+[\w-]+){1,5}?(?=\s+(?:in|near|at|on|along|around|off)\s)",
    re.IGNORECASE,
)


# The prepositions of a goal, not of a place where forces stand or pass.
_GOAL_PREPOSITIONS = frozenset({"to", "into", "toward", "towards"})


def goal_after(text: str, pos: int, clause_end: int) -> str | None:
    """Where forces named just before ``pos`` go, past where they come from: the goal of a
    second object whose verb is left out ("… and 1,000 troops to Romania")."""
    came = _ORIGIN.match(text, pos, clause_end)
    place = _PLACE.match(text, came.end() if came is not None else pos, clause_end)
    if place is None or place["prep"] not in _GOAL_PREPOSITIONS:
        return None
    return _destination(place, text, clause_end)


def _goal(text: str, goal: str, end: int, clause_end: int) -> str:
    """A goal and the place it lies in: "their garrisons in the Volgograd Region"."""
    where = _IN_PLACE.match(text, end, clause_end)
    if where is None or CALENDAR.search(where.group()):
        return goal  # "to their bases in May": a time, not where the bases are
    return goal + where.group()


# A supply's recipient named as forces: "to Ukraine's armed forces", "for our army".
_TO_FORCES = re.compile(
    r"\s+(?:to|for)\s+(?P<who>(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w\u2019'-]+\s+){0,2}?"
    r"(?:army|armed forces|Armed Forces|military|militias?|defenders|troops|soldiers))\b"
)
_TO_PARTY = re.compile(rf"\s+(?:to|for)\s+(?P<who>(?:the\s+)?{_NAME})")


def supplied_to(text: str, forces: Forces | None, clause_end: int) -> str | None:
    """Whom a supply goes to when it is not a place: forces ("delivered Stingers to our
    army") or a state after "for" ("security assistance for Ukraine")."""
    if forces is None:
        return None
    found = _TO_FORCES.match(text, forces.end, clause_end)
    if found is not None:
        return found["who"]
    party = _TO_PARTY.match(text, forces.end, clause_end)
    if party is not None and phrase_key(party["who"]) in _place_phrases():
        return party["who"]
    return None


def recipient_named(text: str, trigger: re.Match[str], forces: Forces | None) -> str | None:
    """The party a supply goes to, named right after the verb: "provide Ukraine with
    anti-tank weapons", "gave Ukraine 4,500 launchers" (the indirect object, Quirk et al.
    10.4: the giving verbs' recipient may come first)."""
    if forces is None or forces.start <= trigger.end():
        return None
    found = _RECIPIENT.match(text, trigger.end(), forces.start)
    if found is None or found.end() > forces.start:
        return None
    who = found["who"]
    if _TO_FORCES.match(" to " + who) is not None:
        return who  # "hand over to the Armed Forces of Ukraine 2,000 launchers"
    return who if phrase_key(who) in _place_phrases() else None


# What an attack is on (the guide: combat's destination is its target as written): the
# object of an attacking verb ("shelled Kharkiv overnight"), after "on"/"against"/"of" for
# an event noun ("missile strikes on the center of Chernihiv", "the shelling of
# settlements in Donbass"), or where forces crossed ("crossed the border in …").
# The words that end a target: an agent, a time or a clause ("shelled Kharkiv overnight").
_AFTER_TARGET = (
    r"by|from|with|overnight|today|yesterday|this|last|early|late|since|after|before"
    r"|as|while|when|which|who|that"
)
_TARGET = re.compile(
    r"\s+(?:(?:on|against|of|at)\s+)?"
    r"(?P<target>(?:the\s+)?[\w\u2019'-]+(?:\s+"
    rf"(?!(?:{_AFTER_TARGET}|and\s+(?:{BE}|{HAVE}|{MODALS}))\b)"
    r"[\w\u2019'-]+){0,9}?)"
    rf"(?=\s+(?:{_AFTER_TARGET})\b|\s+on\s+(?-i:[A-Z])|\s*[,.;:!?\u2013\u2014]|\s*$)"
)
_CROSSED = re.compile(r"\s+(?:in|into|near|at)\s+")
# "fired cruise missiles at the airport", "fired more than 60 mortar rounds at": what is
# fired, counted or not, stands between the verb and its target.
_PROJECTILES = re.compile(
    r"\s+(?:[\w,.-]+\s+){0,4}?(?:missiles|rockets|shells|drones|bombs|rounds|shots?|grenades"
    r"|salvos|volleys|projectiles|strikes|airstrikes)(?=\s+(?:at|on|against)\s)"
)
_PUSHED_FROM = re.compile(r"\s+from\s+")
_TARGET_WORDS = 10


def target(text: str, trigger: re.Match[str], clause_end: int) -> str | None:
    """The target of an attack, as written, or None."""
    crossed = _CROSSED.match(text, trigger.end(), clause_end)
    if trigger.group().lower().endswith("back"):
        # "pushed the occupiers back from Brovary": where the fighting was.
        crossed = _PUSHED_FROM.match(text, trigger.end(), clause_end)
        found = _TARGET.match(text, crossed.end() - 1, clause_end) if crossed else None
    elif crossed is not None and trigger.group().lower().endswith(("border", "frontier")):
        found = _TARGET.match(text, crossed.end() - 1, clause_end)
    elif (fired := _PROJECTILES.match(text, trigger.end(), clause_end)) is not None:
        found = _TARGET.match(text, fired.end(), clause_end)
    else:
        found = _TARGET.match(text, trigger.end(), clause_end)
    if found is None or CALENDAR.match(found["target"]):
        return None
    aimed = _before_time(text, found.start("target"), found.end("target"))
    words = aimed.split()
    if len(words) > _TARGET_WORDS or words[0].lower() in _NOT_TARGETS:
        return None
    return aimed


# A word's start inside a target, where a time adjunct may open.
_WORD_START = re.compile(r"(?<=\s)\b")


def _before_time(text: str, start: int, end: int) -> str:
    """The target up to a time adjunct after it ("rained down on Lutsk at dawn", "shelled
    the city this morning"): the adjunct says when the attack was (the lexicon's times),
    not what it hit; the words ending a target at once (``_AFTER_TARGET``) hold only the
    one-word times."""
    when = load_lexicon().when.full
    for word in _WORD_START.finditer(text, start + 1, end):
        if when.match(text, word.start(), end) is not None:
            return text[start : word.start()].rstrip()
    return text[start:end]


# Words that open no target: a pronoun, an infinitive, a clause.
_NOT_TARGETS = frozenset(
    {"it", "them", "us", "to", "that", "which", "and", "but", "in", "on", "from", "by"}
)
