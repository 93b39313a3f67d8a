"""Who takes part in a diplomatic contact: the sides before its trigger (the subject, an
owner, "Russian-French talks") and the parties named after it ("spoke today with President
Vladimir Putin of Russia", "a video call with European leaders", "his Russian counterpart").

Apart from ``contacts`` because finding the trigger and reading its parties change for
different reasons: new triggers come from CAMEO's verb classes, new party shapes from the
grammar of objects and lists.
"""

from __future__ import annotations

import re

from summarise.actors import country_of
from summarise.extraction.backends.baseline.mentions import LIST_GAP, Mention, listed
from summarise.extraction.backends.baseline.refs import ActorRef, state
from summarise.extraction.backends.baseline.sentence import Sentence

# What ends the list of parties after a trigger: the subject of talks, a place, a time.
_PARTIES_END = re.compile(
    r"\s(?:about|on|regarding|concerning|to discuss|in order|over|at the|in the|during|"
    r"following|after|before|and discussed|where|which|who|as)\s|[;:.!?(]|"
    # ", and we agree": a new clause with a subject of its own.
    r",\s+(?:and|but)\s+(?:I|we|he|she|they)\s"
)
_OTHERS_OCCASION = re.compile(r"\b(?:your|their)\s+(?:[a-z]\w*\s+)?$", re.I)
# "talks between", "a call took place between", "talks were held between": the parties
# after "between" hold the contact, past a predicate of taking place.
TAKING_PLACE = (
    r"(?:(?:took|takes|take|taking)\s+place|(?:was|were|is|are|will\s+be|has\s+been|"
    r"have\s+been)\s+held)\s+"
)
_BETWEEN = re.compile(rf"\s+(?:{TAKING_PLACE}|\w+\s+)?between\b", re.IGNORECASE)
_GROUP_AFTER = re.compile(
    r"\s+(?P<noun>leaders|officials|partners|counterparts?|colleagues|allies|delegations?|"
    r"representatives)\b"
)
# People who stand for one state: "his Russian counterpart", "an American delegation",
# "the US and French leaders" (an unnamed official is his state, the guide's rule).
_STANDS_FOR_STATE = re.compile(r"counterpart|delegation|representative|official|leader")
# What may stand between a trigger and its first object: "spoke today with", "met with the",
# and the people sent by the parties named after them: "officials from", "representatives of".
_OBJECT_GAP = re.compile(
    r"\s*(?:(?:today|yesterday|also|again|separately|personally|via videoconference|,)\s*)*"
    r"(?:(?:with|to|between|and|from|by|of)\s+)?(?:(?:the|his|her|their|its|our|an?)\s+)?"
    r"(?:(?:fellow\s+|other\s+|[a-z][\w-]*an\s+|bipartisan\s+|senior\s+|high-level\s+)?"
    r"(?:counterparts?|opposite numbers?|leaders|officials|"
    r"representatives|delegations?|envoys|diplomats)\s+(?:in|from|of)\s+(?:the\s+|our\s+)?)?",
    re.IGNORECASE,
)
# Leaders meet on an occasion; "partners" and "allies" name a standing relation.
_GROUP = re.compile(r"(?P<group>(?:[A-Z][\w-]+\s+){1,3}leaders)\b")
_COUNTERPARTS_AFTER = re.compile(r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w-]+)+\s+counterparts\b")
_COMPOUND = re.compile(r"[-\u2013]")


def find_parties(
    text: str,
    sentence: Sentence,
    start: int,
    end: int,
    subject: Mention | None,
    speaker: ActorRef | None,
) -> list[ActorRef]:
    """The sides of the contact whose trigger is ``text[start:end]``: a compound before it,
    the owner or subject before it, a guest inside it and the parties named after it."""
    parties: list[ActorRef] = []

    def add(ref: ActorRef | None) -> None:
        # One party per side, except people: two of one state's officials may both take part.
        if ref is None or ref in parties:
            return
        if all(p.side != ref.side or (p.is_person and ref.is_person) for p in parties):
            parties.append(ref)

    placed = PLACED_WITH.match(text, end, sentence.end)
    stop = _PARTIES_END.search(text, placed.end() if placed else end, sentence.end)
    limit = stop.start() if stop is not None else sentence.end
    between = _BETWEEN.match(text, end, limit)
    before = [
        m for m in sentence.mentions if m.end <= start and (m.ref is not None or m.kind == "first")
    ]
    compound = [m for m in before if m.adjective and start - m.end < 25 and _hyphened(text, m)]
    joined = _joined_states(text, sentence, start)
    if between is not None:
        pass
    elif len(compound) >= 2:
        for m in compound[-2:]:
            add(m.ref)
        return parties
    elif joined:
        for ref in joined:
            add(ref)
        return parties
    elif _OTHERS_OCCASION.search(text, max(sentence.start, start - 30), start):
        pass  # "your recent meetings with …": the occasion is not the speaker's
    else:
        owner = (
            before[-1]
            if before
            and before[-1].possessive
            and (start - before[-1].end < 30 or _sent_by(text, before[-1], start))
            else None
        )
        if owner is not None and owner.kind == "first" and speaker is not None:
            add(speaker)  # "our talks with the Chancellor": the speaker's
        elif owner is not None and owner.kind != "first":
            add(owner.ref)
        elif (
            subject is not None
            and subject.kind != "joint"
            and (subject.end <= start or subject.start >= end)
        ):
            add(speaker if subject.kind == "first" else subject.ref)
            partner = _partner(text, sentence, subject, start)
            if partner is not None:
                add(partner.ref)  # "Norway and Sweden agreed to hold talks"
        elif subject is not None and subject.end <= start:
            # "The leaders of Poland, Lithuania and Ukraine held a summit": the parties of
            # the people who speak together.
            for m in listed(text, sentence.mentions, subject.end, _GROUP_OF):
                if m.ref is None or m.end > start:
                    break
                add(m.ref)
    add(_invited(text, sentence, start))
    # "welcomed Chancellor Scholz to the White House", "received my French counterpart":
    # the guest is inside the trigger, an unnamed official standing for his state.
    for m in sentence.mentions:
        inside = start < m.start and m.end <= end and m.ref is not None
        if inside and m.ref is not None and (m.ref.is_person or _envoy_of_state(text, m)):
            add(m.ref)
    after = between.end() - len("between") if between is not None else end
    for ref in _objects(text, sentence, after, limit, speaker):
        add(ref)
    for ref in relative_holders(text, sentence, end):
        add(ref)
    addressee = sentence.addressee
    if addressee is not None and (
        _YOU_AFTER.match(text, end, limit)
        or _YOU_AND_I.search(text, max(sentence.start, start - 40), start)
    ):
        # "to talk to you", "welcome you in Warsaw", "the call you and I had": the other
        # party of the exchange, with the speaker who says it.
        add(speaker)
        add(addressee)
    if len({p.side for p in parties}) < 2:
        for ref in _coordinated(text, sentence, start):
            add(ref)
    return parties


# Between two coordinated states and a reciprocal trigger: the people they stand for and
# auxiliaries ("Russian and Ukrainian negotiators will hold talks").
_COORDINATED_GAP = re.compile(
    r"\s+(?:(?:foreign|defen[cs]e|prime|finance|chief)\s+)?"
    r"(?:(?:leaders|negotiators|delegations|officials|ministers|diplomats|presidents|"
    r"representatives|envoys|teams)\s+)?(?:(?:have|has|had|will|would|also|again|are|were|"
    r"to|agreed|plan|held|hold|holding|began|started|resum(?:e|ed|ing)|continu(?:e|ed|ing)|"
    r"conclud(?:e|ed|ing)|open(?:ed)?)\s+)*"
)
_COORDINATION = re.compile(r"\s+and\s+(?:the\s+)?")


def _coordinated(text: str, sentence: Sentence, start: int) -> list[ActorRef]:
    """ "The Norwegian and Polish leaders met", "Delegations from Russia and Ukraine met":
    two states coordinated right before a contact trigger are its two sides."""
    states = [
        m
        for m in sentence.mentions
        if m.end <= start and m.kind == "body" and m.ref is not None and m.ref.kind == "state"
    ]
    if len(states) < 2:
        return []
    first, second = states[-2], states[-1]
    if (
        first.ref == second.ref
        or _COORDINATION.fullmatch(text, first.end, second.start) is None
        or _COORDINATED_GAP.fullmatch(text, second.end, start) is None
    ):
        return []
    return [r for r in (first.ref, second.ref) if r is not None]


_AND = re.compile(r"\s+and\s+(?:the\s+)?")
# "invited Prime Minister X to visit": the guest stands between the invitation and the visit.
_INVITATION = re.compile(r"\binvit(?:e|es|ed|ing)\s+(?P<guest>[^,;.]{2,60}?)\s+to\s+$")


def _invited(text: str, sentence: Sentence, start: int) -> ActorRef | None:
    """The guest of an invitation to the contact: "invited Ms Berg to visit Warsaw"."""
    found = _INVITATION.search(text, max(sentence.start, start - 90), start)
    if found is None:
        return None
    guest = next(
        (m for m in sentence.mentions if m.start == found.start("guest") and m.ref is not None),
        None,
    )
    return guest.ref if guest is not None and guest.end == found.end("guest") else None


def _partner(text: str, sentence: Sentence, subject: Mention, start: int) -> Mention | None:
    """The party coordinated with the subject before the trigger."""
    joined = _AND.match(text, subject.end, start)
    if joined is None:
        return None
    return next(
        (
            m
            for m in sentence.mentions
            if m.start == joined.end()
            and m.ref is not None
            and not m.possessive
            and not m.adjective
            and m.end <= start
        ),
        None,
    )


# A place adjunct between a trigger and its "with" object: "met in Kyiv with …".
_PLACE_BEFORE_OBJECT = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")
# … and a time after the place: "his meeting in Brussels on Monday with …".
_WITH_NEXT = re.compile(
    r"(?:\s+(?:on|last|this|next)\s+[A-Z]?\w+|\s+(?:today|yesterday))?\s+with\b"
)
# A trigger, its place and time, then its "with" object.
PLACED_WITH = re.compile(
    r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
    r"(?:\s+(?:on|last|this|next)\s+[A-Z]?\w+|\s+(?:today|yesterday))?\s+with\b"
)
_SPACE = re.compile(r"\s+")


def _owns_person(text: str, sentence: Sentence, owner: Mention) -> bool:
    """Whether a person is named right after a possessive: "Ukraine's Foreign Minister X"."""
    gap = _SPACE.match(text, owner.end)
    at = gap.end() if gap is not None else owner.end
    return any(m.start == at and m.ref is not None and m.ref.is_person for m in sentence.mentions)


_GROUP_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# A named group of states the vocabulary does not know, by its head: "the Bucharest Nine",
# "the Lublin Triangle", "the Weimar Triangle", "the Contact Group".
_GROUP_NAME = re.compile(
    r"\s(?:Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twenty|Triangle|Quartet|Quad|Group)$"
)


def _objects(
    text: str, sentence: Sentence, start: int, limit: int, speaker: ActorRef | None
) -> list[ActorRef]:
    """The parties named after a trigger, in order; a group the vocabulary does not know
    ("the Bucharest Nine", "European leaders") is a party of kind other."""
    refs: list[ActorRef] = []
    unnamed = _unnamed_group(text, sentence, start, limit)
    if unnamed is not None:
        return [unnamed]
    pos, gap = start, _OBJECT_GAP
    for m in sentence.mentions:
        if m.start < start or m.start >= limit:
            continue
        if m.possessive and m.kind in ("pronoun", "first"):
            continue  # "with his Russian counterpart": a determiner, read by the gap
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
        gap = _GROUP_OF if m.kind == "joint" else LIST_GAP
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
                refs.append(m.ref)  # "his Polish and Romanian counterparts"
            continue
        if m.kind == "body" and m.adjective:
            group = _GROUP_AFTER.match(text, m.end)
            assert group is not None
            if m.ref is not None and _envoy_of_state(text, m):
                refs.append(m.ref)  # "an American delegation" is the United States
                continue
            if group["noun"].startswith("counterpart") and m.ref is not None:
                refs.append(m.ref)  # "his Russian counterpart": an unnamed official is his state
                continue
            refs.append(ActorRef(f"{text[m.start : m.end]} {group['noun']}", "other"))
            continue
        assert m.ref is not None
        refs.append(m.ref)
    return refs


def _unnamed_group(text: str, sentence: Sentence, start: int, limit: int) -> ActorRef | None:
    """ "a video call with European leaders": a group the vocabulary does not know, named by
    capitalised words before a group noun, is one party of kind other (the guide's rule)."""
    gap = _OBJECT_GAP.match(text, start, limit)
    at = gap.end() if gap is not None else start
    found = _GROUP.match(text, at, limit)
    known = (m for m in sentence.mentions if m.ref is not None)
    if found is None or any(at <= m.start < found.end() for m in known):
        return None
    return ActorRef(found["group"], "other")


def guest_after(text: str, sentence: Sentence, end: int) -> bool:
    """Whether a person is the first thing named after a hosting verb, or people who stand
    for a state: "received my French counterpart", "hosted a Polish delegation", or the
    one a transcript turn speaks to ("to welcome you")."""
    if sentence.addressee is not None and _YOU_AFTER.match(text, end):
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
_YOU_AFTER = re.compile(r"\s+(?:(?:also|again|personally)\s+)?you\b(?!\s+(?:all|both|two)\b)")
# "the conversation that you and I had by telephone": the two of the exchange.
_YOU_AND_I = re.compile(r"\b(?:[Yy]ou and (?:I|me)|I and you)\b")


def _joined_states(text: str, sentence: Sentence, start: int) -> list[ActorRef]:
    """ "Russian-French talks", "the US-Russia summit": a compound of two states' names
    or adjectives just before the trigger, read as one unresolved mention, names both sides."""
    for m in sentence.mentions:
        if m.ref is None and m.end <= start and start - m.end < 25:
            parts = _COMPOUND.split(text[m.start : m.end])
            states = [country_of(p) for p in parts]
            if len(states) == 2 and all(states) and states[0] != states[1]:
                return [state(c) for c in states if c is not None]
    return []


# "our delegation will hold talks with …": the people a party sends, as the subject before
# the trigger with nothing but their verb between, are that party's side of the contact.
_SENT = re.compile(
    r"\s+(?:delegations?|negotiators|representatives|envoys|diplomats)\s+"
    r"(?:(?:will|would|is|are|was|were|has|have|had|also|again|to|then|soon)\s+)*"
    r"(?:hold|held|holding|begin|began|start|started|continue|continued)?\s*"
    r"(?:(?:a|an|the|new|next|further|first|second|third|fourth|fifth)\s+)*$"
)


def _sent_by(text: str, owner: Mention, start: int) -> bool:
    """Whether ``owner`` owns the people who hold the contact: "our delegation will hold a
    second round of talks" is the speaker's side, however far the trigger stands."""
    return _SENT.fullmatch(text, owner.end, start) is not None


def _envoys(text: str, m: Mention) -> bool:
    """ "French counterpart", "Polish delegation": an adjective before a word for people who
    stand for one party."""
    group = _GROUP_AFTER.match(text, m.end) if m.adjective else None
    return group is not None and _STANDS_FOR_STATE.match(group["noun"]) is not None


def _envoy_of_state(text: str, m: Mention) -> bool:
    """ "my French counterpart": a state's adjective before a word for its unnamed official."""
    return _envoys(text, m) and m.ref is not None and m.ref.kind == "state"


def _hyphened(text: str, m: Mention) -> bool:
    return text[m.end : m.end + 1] in "-\u2013" or text[m.start - 1 : m.start] in "-\u2013"


# "the meeting that Secretary X and Minister Y were to hold", "the talks which the two
# states held": a relative clause naming who holds the occasion its noun names.
_RELATIVE_OPEN = re.compile(r"\s+(?:that|which)\s+(?:the\s+)?")
_HOLDING = re.compile(
    r"\s+(?:(?:had|have|has|were|was|are|is|will|would|to|be|also|planned|due|set|"
    r"scheduled|expected|agreed)\s+)*(?:hold|held|holding|have|had|conduct(?:ed)?)\b"
)


def relative_holders(text: str, sentence: Sentence, end: int) -> list[ActorRef]:
    """The parties a relative clause after a contact noun names as holding it."""
    opened = _RELATIVE_OPEN.match(text, end, sentence.end)
    if opened is None:
        return []
    holders: list[ActorRef] = []
    pos = opened.end()
    for m in listed(text, sentence.mentions, pos):
        if m.ref is None or m.possessive or m.kind in ("first", "joint", "outlet"):
            return []
        holders.append(m.ref)
        pos = m.end
    return holders if len(holders) >= 2 and _HOLDING.match(text, pos, sentence.end) else []
