"""The parties named after a contact trigger, its objects: "spoke today with President
Anton Varga of Hungary", "a video call with European leaders", "his Russian
counterpart", "hosted a Polish delegation".

Apart from ``contact_parties`` because objects are read by the grammar of noun phrases and
lists after the verb (gaps, determiners, groups, envoys standing for their state), while
the sides before the trigger are read from subjects, owners and compounds.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.group_words import standing_relation
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import LIST_GAP, Mention, listed
from summarise.extraction.backends.baseline.patterns import OPTIONAL_THE
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.word_classes import alternation

# The people a state sends or is represented by, plural (``grammar.toml``'s
# ``state_people``); each pattern below adds the words its own site alone allows.
_STATE_PEOPLE = alternation("state_people")
_GROUP_AFTER = re.compile(
    rf"\s+(?P<noun>{_STATE_PEOPLE}|partners|counterpart|colleagues?|allies|delegation|"
    r"negotiators|envoy|(?:[a-z]+\s+)?ministers)\b"
)
# People who stand for one state: "his Russian counterpart", "an American delegation",
# "the US and French leaders", "the Polish and Czech foreign ministers", "Russian and
# Ukrainian negotiators" (an unnamed official is his state, the guide's rule).
# Of the group nouns, not "partners" and "allies" (a relation, not a state's people), nor
# "colleagues" and "ministers" bare.
_STANDS_FOR_STATE = re.compile(
    rf"(?:{_STATE_PEOPLE}|counterpart|colleague|delegation|negotiators|envoy|\w+ ministers)\b"
)
# What may stand between a trigger and its first object: "spoke today with", "met with the",
# a deictic time adjunct of the occasion, which may stand before the object's preposition
# as "today" does ("talked by phone this morning with", "convened a call this afternoon
# with"), and the people sent by the parties named after them: "officials from",
# "representatives of", "the ambassadors of", "the heads of diplomatic missions of the
# member states of" (a state's envoys stand for it, as its delegation does). "your" is a
# determiner too: a speaker addressing a parliament tells of "your Prime Minister X" he
# spoke with.
_OBJECT_GAP = re.compile(
    r"\s*(?:(?:today|yesterday|also|again|separately|personally|via videoconference|tonight|"
    r"(?:earlier|later)\s+today|(?:this|last)\s+(?:morning|afternoon|evening|night)|,)\s*)*"
    r"(?:(?:with|to|between|and|from|by|of)\s+)?(?:(?:the|his|her|their|its|our|my|your|an?)\s+)?"
    # A part of a state by its compass point: "travel to southeastern Poland".
    r"(?:(?:north|south)-?(?:east|west)ern\s+|(?:northern|southern|eastern|western|central)\s+)?"
    r"(?:(?:fellow\s+|other\s+|[a-z][\w-]*an\s+|bipartisan\s+|senior\s+|high-level\s+)?"
    rf"(?:{_STATE_PEOPLE}|counterpart|opposite numbers?|colleagues|delegation|"
    r"ambassadors|heads\s+of\s+(?:the\s+)?(?:diplomatic\s+)?missions)\s+(?:in|from|of)\s+"
    r"(?:the\s+|our\s+)?"
    r"(?:member\s+states\s+of\s+(?:the\s+)?)?)?",
    re.IGNORECASE,
)
# Leaders meet on an occasion; "partners" and "allies" name a standing relation. A group
# of states named by its format before "countries" is that group ("the Joint Expeditionary
# Force countries", the guide's groups named as the text names them).
_GROUP = re.compile(
    r"(?P<group>(?:[A-Z][\w-]+\s+){1,3}leaders)\b"
    r"|(?P<format>(?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)\s+(?:countries|member states|nations)\b"
)
# Coordinated adjectives before one plural noun for the people of each state: "his Polish
# and Romanian counterparts", "the Ukrainian and Russian delegations" (one set per adjective).
_COUNTERPARTS_AFTER = re.compile(
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w-]+)+\s+"
    rf"(?:{_STATE_PEOPLE}|negotiators|(?:[a-z]+\s+)?ministers)\b"
)


# A place adjunct between a trigger and its "with" object: "met in Kyiv with …", with the
# deictic adverb the place specifies ("I will meet here in Bucharest with …", "met there
# at the Elysee with …", Quirk et al. 8.46: "here" and a place phrase in apposition); the
# place's name may run on in an of-phrase ("met today at the Office of the President with").
_PLACE_BEFORE_OBJECT = re.compile(r"\s+(?:(?:here|there)\s+)?(?:in|at)\s+(?:the\s+)?")
# … and a time after the place: "his meeting in Brussels on Monday with …".
_WITH_NEXT = re.compile(
    r"(?:\s+(?:on|last|this|next)\s+[A-Z]?\w+|\s+(?:today|yesterday))?\s+with\b"
)
# A trigger, its place and time, then its "with" object.
_PLACED_WITH = re.compile(
    rf"{_PLACE_BEFORE_OBJECT.pattern}[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){{0,3}}"
    rf"{_WITH_NEXT.pattern}"
)
_SPACE = re.compile(r"\s+")


def placed_with(text: str, start: int, limit: int) -> re.Match[str] | None:
    """The place and time between a trigger at ``start`` and its "with" object, past any
    time adjunct before the place ("met today at the White House with …", "met in Kyiv on
    Monday with …"): adjuncts of time and place may stand in either order before the
    complement, and the occasion's parties are the same."""
    return _PLACED_WITH.match(text, after_time(text, start, limit), limit)


# How long an occasion lasted: "spoke by phone for about 50 minutes with …", "for nearly an
# hour" (Quirk et al.'s adjunct of duration, 8.54).
_DURATION = re.compile(
    r"for\s+(?:(?:about|around|nearly|almost|over|more\s+than|some)\s+)?"
    r"(?:an?|one|two|three|\d+)\s+(?:minutes|hours?)\b"
)

# The medium an occasion was held by: "met by video with …", "met via video link on
# Monday with …" (an adjunct of means, Quirk et al. 8.80, standing before the complement as
# one of time does); the media are grammar.toml's.
_MEANS = re.compile(rf"(?:by|via|over)\s+(?:the\s+)?(?:{alternation('media')})\b", re.IGNORECASE)


def after_time(text: str, pos: int, limit: int) -> int:
    """Past the adjuncts of time, duration and means standing between a trigger and its object,
    any of the shared time expressions ("met on Tuesday with", "held talks on 14 February
    with", "spoke by phone this morning for about 40 minutes with"): adjuncts of time may
    stand before the verb's complement (Quirk et al. 8.13), and the occasion's parties are
    the same."""
    end = pos
    while True:
        gap = _SPACE.match(text, end, limit)
        at = gap.end() if gap is not None else end
        found = (
            load_lexicon().when.match(text, at, limit)
            or _DURATION.match(text, at, limit)
            or _MEANS.match(text, at, limit)
        )
        if found is None or found.end() == at:
            return end
        end = found.end()


def _owns_person(text: str, sentence: Sentence, owner: Mention) -> bool:
    """Whether a person is named right after a possessive: "Ukraine's Foreign Minister X"."""
    gap = _SPACE.match(text, owner.end)
    at = gap.end() if gap is not None else owner.end
    return any(m.start == at and m.ref is not None and m.ref.is_person for m in sentence.mentions)


GROUP_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# A named group of states the vocabulary does not know, by its head: "the Bucharest Nine",
# "the Lublin Triangle", "the Weimar Triangle", "the Contact Group".
_GROUP_NAME = re.compile(
    r"\s(?:Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twenty|Triangle|Quartet|Quad|Group)$"
)


def objects_after(text: str, sentence: Sentence, start: int, limit: int) -> list[ActorRef]:
    """The parties named after a trigger, in order; a group the vocabulary does not know
    ("the Bucharest Nine", "European leaders") is a party of kind other, with the members
    it is said to include."""
    speaker = sentence.first_person
    refs: list[ActorRef] = []
    members = _included(text, sentence, start)
    if members:
        return members
    unnamed = _unnamed_group(text, sentence, start, limit)
    if unnamed is not None:
        return [unnamed]
    pos, gap = after_time(text, start, limit), _OBJECT_GAP
    for m in sentence.mentions:
        if m.start < start or m.start >= limit or m.end <= pos:
            continue
        if m.possessive and m.kind in ("pronoun", "first"):
            continue  # "with his Russian counterpart": a determiner, read by the gap
        if _standing_relation(m):
            continue
        with_next = _WITH_NEXT.match(text, m.end)
        if (
            gap is _OBJECT_GAP
            and _PLACE_BEFORE_OBJECT.fullmatch(text, pos, m.start)
            and with_next is not None
        ):
            pos = with_next.end() - len("with")  # "met in Kyiv with …": a place before it
            continue
        if gap.fullmatch(text, pos, m.start) is None:
            break
        if m.possessive and _owns_person(text, sentence, m):
            pos = m.end  # "with Ukraine's Foreign Minister X": a determiner of the person
            continue
        pos = m.end
        # "between the delegations of Ukraine and Russia": the people of the parties after
        gap = GROUP_OF if m.kind == "joint" else LIST_GAP
        if m.kind in ("person", "body") and _GROUP_NAME.search(text, m.start, m.end):
            refs.append(ActorRef(text[m.start : m.end], "other"))  # "the Bucharest Nine"
            continue
        if m.kind in ("outlet", "joint") or (m.ref is None and m.kind != "first"):
            continue
        if m.kind == "first":
            if speaker is not None:
                refs.append(speaker)
            continue
        if m.kind == "body" and m.adjective and not _GROUP_AFTER.match(text, m.end):
            if m.ref is not None and _COUNTERPARTS_AFTER.match(text, m.end):
                refs.append(m.ref)  # "his Polish and Romanian counterparts", "… delegations"
            continue
        if m.kind == "body" and m.adjective:
            party, pos = _group_party(text, sentence, m)
            refs.append(party)
            continue
        assert m.ref is not None
        refs.append(m.ref)
    return refs


def _group_party(text: str, sentence: Sentence, m: Mention) -> tuple[ActorRef, int]:
    """The party an adjective before a group word names, and where it ends: the person a
    counterpart is named as ("her Polish counterpart Jan Nowak"), the state an unnamed
    official stands for ("his Russian counterpart", "an American delegation"), else the
    group as written ("European leaders")."""
    group = _GROUP_AFTER.match(text, m.end)
    assert group is not None
    named = named_counterpart(text, sentence, m)
    if named is not None:
        return named[0], named[1].end
    if m.ref is not None and (
        envoy_of_state(text, m) or group["noun"] in ("counterpart", "counterparts", "colleague")
    ):
        return m.ref, m.end
    return ActorRef(f"{text[m.start : m.end]} {group['noun']}", "other"), m.end


# A counterpart named in apposition right after the word (Quirk et al. 17.65: both name the
# same person): "her Polish counterpart Jan Nowak", "my Hungarian colleague, Peter Varga,".
# A name no title resolves: two to four capitalised words ("Jan Nowak").
_PERSONAL_NAME = re.compile(r"[A-Z][\w\u2019'-]+(?:\s+[A-Z][\w\u2019'-]+){1,3}")
_NAMED_AFTER = re.compile(r"\s+(?:counterpart|colleague|opposite\s+number)(?:\s*,\s*|\s+)")


def named_counterpart(text: str, sentence: Sentence, m: Mention) -> tuple[ActorRef, Mention] | None:
    """The person an adjective's counterpart is named as right after the word, and the
    name's mention: the name is the adjective's state's ("his Japanese counterpart Taro
    Sato" is Japanese), whether a title resolved it or not."""
    found = _NAMED_AFTER.match(text, m.end)
    if found is None or m.ref is None:
        return None
    named = next((p for p in sentence.mentions if p.start == found.end()), None)
    if named is None:
        return None
    if named.ref is not None and named.ref.is_person:
        if named.ref.country in (None, m.ref.country):
            return named.ref, named
        # The adjective says whose counterpart he is, whatever a bare name was taken for.
        return ActorRef(named.ref.name, "person", m.ref.country), named
    if named.kind not in ("person", "body") or not _PERSONAL_NAME.fullmatch(
        text, named.start, named.end
    ):
        return None
    return ActorRef(text[named.start : named.end], "person", m.ref.country), named


def _standing_relation(m: Mention) -> bool:
    """ "our European partners", "Western colleagues": a group named by a standing relation
    is no side of one occasion ("we spoke to our European colleagues" is the guide's contact
    with no identifiable occasion); "European leaders" meet on one."""
    return m.kind == "group" and m.ref is not None and standing_relation(m.ref.name)


def _unnamed_group(text: str, sentence: Sentence, start: int, limit: int) -> ActorRef | None:
    """ "a video call with European leaders": a group the vocabulary does not know, named by
    capitalised words before a group noun, is one party of kind other (the guide's rule)."""
    start = after_time(text, start, limit)
    gap = _OBJECT_GAP.match(text, start, limit)
    at = gap.end() if gap is not None else start
    found = _GROUP.match(text, at, limit)
    known = (m for m in sentence.mentions if m.ref is not None)
    if found is None or any(at <= m.start < found.end() for m in known):
        return None
    return ActorRef(found["group"] or found["format"], "other")


# A group named with the members it includes: "a secure video call with transatlantic
# leaders, including the leaders of Canada, France and Italy, as well as the NATO Secretary
# General", "with Transatlantic leaders, including the heads of NATO and the European Union".
_INCLUDING = re.compile(
    r"\s+with\s+(?P<group>(?:[\w-]+\s+){0,2}(?:leaders|partners|allies)),\s+including\s+"
    r"(?:the\s+)?(?:leaders|heads|presidents|prime\s+ministers)\s+of\s+(?:the\s+)?"
)
_AS_WELL_AS = re.compile(r",?\s+as\s+well\s+as\s+(?:with\s+)?")


def _included(text: str, sentence: Sentence, start: int) -> list[ActorRef]:
    """The members a group object is said to include (the states and bodies whose leaders
    it lists, and those added "as well as"), after the group itself when a capitalised
    name makes it one the text names ("Transatlantic leaders", the guide's groups named as
    the text names them)."""
    found = _INCLUDING.match(text, after_time(text, start, sentence.end), sentence.end)
    if found is None:
        return []
    members: list[ActorRef] = []
    end = found.end()
    for m in listed(text, sentence.mentions, end):
        if m.ref is None or m.ref.kind not in ("state", "organisation"):
            return []
        members.append(m.ref)
        end = m.end
    more = _AS_WELL_AS.match(text, end, sentence.end)
    if more is not None:
        added = listed(text, sentence.mentions, more.end(), OPTIONAL_THE)
        members.extend(m.ref for m in added if m.ref is not None)
    group = found["group"]
    named = [ActorRef(group, "other")] if group[:1].isupper() else []
    return [*named, *members] if members else []


def guest_after(text: str, sentence: Sentence, end: int, *, addressee: bool = True) -> bool:
    """Whether a person is the first thing named after a hosting verb, or people who stand
    for a state: "received my French counterpart", "hosted a Polish delegation", or the
    one a transcript turn speaks to ("to welcome you"; not with ``addressee`` false)."""
    if addressee and sentence.addressee is not None and YOU_AFTER.match(text, end):
        return True
    for m in sentence.mentions:
        if m.possessive and m.kind in ("first", "pronoun"):
            continue  # "my", "her": a determiner, read by the gap
        if m.start >= end:
            person = m.ref is not None and m.ref.is_person and not m.possessive
            envoys = _envoys(text, m)
            return (person or envoys) and _OBJECT_GAP.fullmatch(text, end, m.start) is not None
    return False


# "you" as the object of a trigger ("talk to you"), one person: not "you all", "you both".
YOU_AFTER = re.compile(r"\s+(?:(?:also|again|personally)\s+)?you\b(?!\s+(?:all|both|two)\b)")


def _envoys(text: str, m: Mention) -> bool:
    """ "French counterpart", "Polish delegation": an adjective before a word for people who
    stand for one party."""
    group = _GROUP_AFTER.match(text, m.end) if m.adjective else None
    return group is not None and _STANDS_FOR_STATE.match(group["noun"]) is not None


def envoy_of_state(text: str, m: Mention) -> bool:
    """ "my French counterpart": a state's adjective before a word for its unnamed official."""
    return _envoys(text, m) and m.ref is not None and m.ref.kind == "state"
