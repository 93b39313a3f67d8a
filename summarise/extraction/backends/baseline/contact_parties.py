"""Who takes part in a diplomatic contact: the sides before its trigger (the subject, an
owner, "Russian-French talks") and the parties named after it ("spoke today with President
Vladimir Putin of Russia", "a video call with European leaders", "his Russian counterpart").

Apart from ``contacts`` because finding the trigger and reading its parties change for
different reasons: new triggers come from CAMEO's verb classes, new party shapes from the
grammar of objects and lists. The objects themselves are read in ``contact_objects``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarise.actors import country_of
from summarise.extraction.backends.baseline.contact_informing import told_of_own
from summarise.extraction.backends.baseline.contact_objects import (
    GROUP_OF,
    YOU_AFTER,
    after_time,
    envoy_of_state,
    named_counterpart,
    objects_after,
    placed_with,
)
from summarise.extraction.backends.baseline.contact_subjects import double_title
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.mentions import Mention, listed
from summarise.extraction.backends.baseline.refs import ActorRef, state
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import BE, HAVE, MODALS
from summarise.extraction.backends.baseline.word_classes import alternation
from summarise.phrases.numbers import ORDINAL_ALTERNATION

# What ends the list of parties after a trigger: the subject of talks, a place, a time.
_PARTIES_END = re.compile(
    r"\s(?:about|on|regarding|concerning|to discuss|in order|over|at the|in the|during|"
    r"following|after|before|and discussed|where|which|who|as)\s|[;:.!?(]|"
    # ", and we agree", "Following the call between A and B, we …": a new clause with a
    # subject of its own.
    r",\s+(?:(?:and|but)\s+)?(?:I|we|he|she|they)\s"
)
_OTHERS_OCCASION = re.compile(r"\b(?P<owner>your|their)\s+(?:[a-z]\w*\s+)?$", re.I)
# "talks between", "a call took place between", "talks were held between": the parties
# after "between" hold the contact, past a predicate of taking place.
TAKING_PLACE = (
    rf"(?:(?:took|takes|take|taking)\s+place|(?:{BE}|will\s+be|has\s+been|"
    r"have\s+been)\s+held)\s+"
)
_BETWEEN = re.compile(rf"\s+(?:{TAKING_PLACE}|\w+\s+)?between\b", re.IGNORECASE)
# "the videoconference held on March 14 between", "the talks, which took place today,
# between": a participle or relative of taking place, then a time, before "between".
_HELD = re.compile(rf"\s+(?:{TAKING_PLACE}|held\s+|which\s+(?:took|takes)\s+place\s+)", re.I)
_BETWEEN_WORD = re.compile(r",?\s*between\b", re.IGNORECASE)


def between_at(text: str, end: int, limit: int) -> int | None:
    """Where "between" opens the sides of the occasion named at ``end``: right after it
    ("talks between"), past one word or a predicate of taking place, or past a participle
    of holding and its time ("the video conference held today between A and B"): the
    occasion names its own sides, whoever the clause around it is about."""
    between = _BETWEEN.match(text, end, limit)
    if between is not None:
        return between.end() - len("between")
    held = _HELD.match(text, end, limit)
    if held is None:
        return None
    named = _BETWEEN_WORD.match(text, after_time(text, held.end(), limit), limit)
    return named.end() - len("between") if named is not None else None


_COMPOUND = re.compile(r"[-\u2013]")


def _add(parties: list[ActorRef], refs: Iterable[ActorRef | None]) -> None:
    """One party per side, except people: two of one state's officials may both take part."""
    for ref in refs:
        if ref is None or ref in parties:
            continue
        if all(p.side != ref.side or (p.is_person and ref.is_person) for p in parties):
            parties.append(ref)


def find_parties(
    text: str,
    sentence: Sentence,
    start: int,
    end: int,
    subject: Mention | None,
) -> list[ActorRef]:
    """The sides of the contact whose trigger is ``text[start:end]``: a compound before it,
    the owner or subject before it, a guest inside it and the parties named after it."""
    speaker = sentence.first_person
    parties: list[ActorRef] = []
    placed = placed_with(text, end, sentence.end)
    # "met on Tuesday with …": the time's "on" does not end the parties, a topic's does.
    begin = placed.end() if placed else after_time(text, end, sentence.end)
    between = between_at(text, end, sentence.end)
    # "held on March 14 between": the time's "on" does not end the parties named after it.
    stop = _PARTIES_END.search(text, between if between is not None else begin, sentence.end)
    limit = stop.start() if stop is not None else sentence.end
    if between is None:
        compound = _compound_sides(text, sentence, start)
        if compound:
            _add(parties, compound)
            return parties
        others = _OTHERS_OCCASION.search(text, max(sentence.start, start - 30), start)
        if others is None:
            _add(parties, _sides_before(text, sentence, start, end, subject))
        elif others["owner"].lower() == "your" and sentence.addressee is not None:
            # "your recent meetings with …": the occasion is the one spoken to's, not the
            # speaker's.
            _add(parties, [sentence.addressee])
    guest = _invited(text, sentence, start)
    if guest is not None and _VISIT.match(text, start, end):
        # "invited X to visit Kyiv": a visit's parties are the visitor and the host (the
        # guide), the state visited, not the one who invites; a place no party names ("to
        # visit the front line") is the inviter's own country's.
        hosts = [
            state(p.country) if p.country else p for p in objects_after(text, sentence, end, limit)
        ] or [state(p.side) for p in parties[:1]]
        if hosts and hosts[0].side != guest.side:
            return [guest, hosts[0]]
    _add(parties, [guest])
    # "welcomed Chancellor Scholz to the White House", "received my French counterpart":
    # the guest is inside the trigger, an unnamed official standing for his state.
    _add(
        parties,
        [
            m.ref
            for m in sentence.mentions
            if start < m.start
            and m.end <= end
            and m.ref is not None
            and (m.ref.is_person or envoy_of_state(text, m))
        ],
    )
    after = between if between is not None else end
    _add(parties, objects_after(text, sentence, after, limit))
    _add(parties, [_pied_piped(text, sentence, start)])
    _add(parties, relative_holders(text, sentence, end))
    addressee = sentence.addressee
    if addressee is not None and (
        YOU_AFTER.match(text, end, limit)
        or _YOU_AND_I.search(text, max(sentence.start, start - 40), start)
    ):
        # "to talk to you", "welcome you in Warsaw", "the call you and I had": the other
        # party of the exchange, with the speaker who says it.
        _add(parties, [speaker, addressee])
    if len({p.side for p in parties}) < 2:
        _add(parties, _coordinated(text, sentence, start))
    if len({p.side for p in parties}) < 2:
        _add(parties, addressed_in_occasion(text, sentence, start, end))
    return parties


# A call named as an adjunct of the clause ("in a telephone conversation", "during a video
# call"): the occasion the clause's act of telling took place in. Indefinite: "in that
# call", "during their call" point back to one told before.
_OCCASION_ADJUNCT = re.compile(
    r"\b(?:in|during|over)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_CALL = re.compile(r"call|conversation|phone|video", re.IGNORECASE)
# A verb of telling with the one told as its object (Levin 37.2 tell, 37.9 advise; CAMEO
# 031's "brief"): "informed X of", "told X that", "thanked X for", "assured X".
_TELLING = re.compile(rf"\b(?:{alternation('telling_verbs')})\b", re.IGNORECASE)


def addressed_in_occasion(text: str, sentence: Sentence, start: int, end: int) -> list[ActorRef]:
    """The one told, when the call is the adjunct of a verb of telling: "X informed Y of the
    decisions, in a telephone conversation", "In a call, X told Y that …". The call is
    between the teller, the clause's subject, and the one told, its object (Quirk et al.
    8.45: the adjunct places the act the clause reports). Only a call: a meeting may have
    others in it than the one told ("during a meeting with students, X thanked Y")."""
    if (
        _CALL.search(text, start, end) is None
        or _OCCASION_ADJUNCT.search(text, max(sentence.start, start - 40), start) is None
    ):
        return []
    for telling in _TELLING.finditer(text, sentence.start, sentence.end):
        told = objects_after(text, sentence, telling.end(), sentence.end)
        if told:
            return told
    return []


def _compound_sides(text: str, sentence: Sentence, start: int) -> list[ActorRef | None]:
    """ "Russian-French talks", "the US-Russia summit": two sides joined by a hyphen right
    before the trigger are all its parties."""
    compound = [
        m
        for m in sentence.mentions
        if m.end <= start
        and (m.ref is not None or m.kind == "first")
        and m.adjective
        and start - m.end < 25
        and _hyphened(text, m)
    ]
    if len(compound) >= 2:
        return [m.ref for m in compound[-2:]]
    return list(_joined_states(text, sentence, start))


def unresolved_party(text: str, sentence: Sentence, start: int, own: Mention | None) -> bool:
    """Whether the contact's own side is named but not resolved: its subject ("the Vice
    President will meet X and Y") or its owner ("the Secretary of State's consultations
    with …"). Another party must not stand in for it, so the contact is not read."""
    if own is not None and own.ref is None and own.kind in ("office", "person"):
        return True
    nearest = next((m for m in reversed(sentence.mentions) if m.end <= start), None)
    return (
        nearest is not None
        and nearest.possessive
        and nearest.ref is None
        and nearest.kind in ("office", "person", "body")
        and start - nearest.end < _OWNER_REACH
        and _OWNER_GAP.fullmatch(text, nearest.end, start) is not None
    )


# An owner's reach: "the Secretary of State's consultations", "X's upcoming meeting".
_OWNER_REACH = 30
_OWNER_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")


def _sides_before(
    text: str,
    sentence: Sentence,
    start: int,
    end: int,
    subject: Mention | None,
) -> list[ActorRef | None]:
    """The side before the trigger: its owner ("our talks with", "Poland's meeting with"),
    else its subject and a party coordinated with it ("Norway and Sweden agreed to hold
    talks"), else the parties of people who speak together ("The leaders of Poland,
    Lithuania and Ukraine held a summit")."""
    speaker = sentence.first_person
    before = [
        m for m in sentence.mentions if m.end <= start and (m.ref is not None or m.kind == "first")
    ]
    owner = (
        before[-1]
        if before
        and before[-1].possessive
        and (start - before[-1].end < 30 or _sent_by(text, before[-1], start))
        and not _INVITATION_OF.fullmatch(text, before[-1].end, start)
        else None
    )
    if owner is not None and owner.kind == "first" and speaker is not None:
        return [speaker]  # "our talks with the Chancellor": the speaker's
    if (
        owner is not None
        and owner.kind == "pronoun"
        and told_of_own(text, sentence, owner, subject)
    ):
        assert subject is not None
        return [subject.ref]
    if owner is not None and owner.kind != "first":
        return [owner.ref]
    if subject is None:
        return []
    if subject.kind != "joint" and (subject.end <= start or subject.start >= end):
        own = speaker if subject.kind == "first" else subject.ref
        listed_with = _listed_with(text, sentence, subject, start)
        if listed_with:
            return [own, *listed_with]
        partner = _partner(text, sentence, subject, start) or _addressed(
            text, sentence, subject, start
        )
        return [own, partner]
    if subject.end <= start:
        sides: list[ActorRef | None] = []
        for m in listed(text, sentence.mentions, subject.end, GROUP_OF):
            if m.ref is None or m.end > start:
                break
            sides.append(m.ref)
        return sides
    return []


# "accepted his invitation to visit Budapest": the owner of an invitation is who invites,
# the host; the one who visits is the clause's subject, as after the verb "invited X to".
_INVITATION_OF = re.compile(r"\s+(?:[a-z][\w-]*\s+)?invitations?\s+to\s+")


# Between two coordinated states and a reciprocal trigger: the people they stand for and
# auxiliaries ("Russian and Ukrainian negotiators will hold talks"); of "be" only the
# plural forms, as two coordinated subjects take.
_COORDINATED_GAP = re.compile(
    r"\s+(?:(?:foreign|defen[cs]e|prime|finance|chief)\s+)?"
    r"(?:(?:leaders|negotiators|delegations|officials|ministers|diplomats|presidents|"
    rf"representatives|envoys|teams)\s+)?(?:(?:{HAVE}|{MODALS}|also|again|are|were|"
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
_VISIT = re.compile(r"visit\b", re.IGNORECASE)
# "invited Prime Minister X to visit", "invited X to pay a state visit to": the guest stands
# between the invitation and the visit.
_INVITATION = re.compile(
    r"\binvit(?:e|es|ed|ing)\s+(?P<guest>[^,;.]{2,60}?)\s+to\s+"
    r"(?:(?:pay|make)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+)?)?$"
)


def _invited(text: str, sentence: Sentence, start: int) -> ActorRef | None:
    """The guest of an invitation to the contact: "invited Ms Berg to visit Warsaw", "invited
    the members of the Senate to visit Kyiv"."""
    found = _INVITATION.search(text, max(sentence.start, start - 90), start)
    if found is None:
        return None
    # The guest's head may follow the group it is of ("the members of the Bundestag") or
    # lead a list ("Prime Minister X and the leaders of Y"): its first party is the guest.
    guest = next(
        (
            m
            for m in sentence.mentions
            if found.start("guest") <= m.start
            and m.end <= found.end("guest")
            and m.ref is not None
            and not m.possessive
        ),
        None,
    )
    return guest.ref if guest is not None else None


# The comma after the first of a list of three or more ("A, B and C held a call"); the
# last joined by "and".
_LIST_COMMA = re.compile(r"\s*,\s*")
_LAST_AND = re.compile(r"\s*,?\s+and\s+")
# Between the list and its verb: auxiliaries and a verb of holding ("held a trilateral
# telephone conversation", "will meet").
_LIST_VERB_GAP = re.compile(
    r"\s+(?:(?:will|would|also|have|has|had|to|then|jointly)\s+)*"
    r"(?:(?:held|hold|had|have)\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,2})?"
)


def _listed_with(text: str, sentence: Sentence, subject: Mention, start: int) -> list[ActorRef]:
    """The parties listed with the subject as the contact's subject, three or more ("A,
    President of B X and Chancellor of C Y held a trilateral telephone conversation"): each
    named by a person or a state of its own side, the list closed by "and" right before
    the verb. Two ("A and B") are read by ``_partner``; a comma after one name may open an
    apposition, so a list needs its closing "and"."""
    if _LIST_COMMA.match(text, subject.end, start) is None:
        return []
    members: list[Mention] = []
    pos, closed = subject.end, False
    for m in sentence.mentions:
        if m.start < pos:
            continue
        if m.end > start:
            break
        last = _LAST_AND.fullmatch(text, pos, m.start)
        if last is None and _LIST_COMMA.fullmatch(text, pos, m.start) is None:
            break
        if m.ref is None or m.possessive or m.adjective or m.kind not in ("person", "body"):
            return []
        members.append(m)
        pos, closed = m.end, last is not None
        if closed:
            break
    sides = {subject.ref.side if subject.ref else None, *(m.ref.side for m in members if m.ref)}
    if (
        not closed
        or len(members) < 2
        or len(sides) != len(members) + 1
        or _LIST_VERB_GAP.fullmatch(text, pos, start) is None
    ):
        return []
    return [m.ref for m in members if m.ref is not None]


def _partner(text: str, sentence: Sentence, subject: Mention, start: int) -> ActorRef | None:
    """The party coordinated with the subject before the trigger, or the counterpart named
    after it ("X and her Polish counterpart Y will meet"); "I" coordinated with it is the
    speaker ("Mr Blinken and I agreed to meet"), "my" is a determiner of another party."""
    speaker = sentence.first_person
    joined = _AND.match(text, subject.end, start)
    if joined is None:
        return None
    for m in sentence.mentions:
        if m.start == joined.end() and m.end <= start and m.kind == "first":
            return None if m.possessive else speaker  # not "X and my Foreign Minister"
        if m.start != joined.end() or m.end > start:
            continue
        titled = double_title(text, sentence.mentions, m)
        if titled is not None and titled.end <= start:
            return titled.ref  # "X and Prime Minister and Foreign Minister Y"
        if m.ref is None:
            continue
        if m.possessive and m.kind == "pronoun":
            return _counterpart_after(text, sentence, m, start)
        return None if m.possessive or m.adjective else m.ref
    return None


# "X addressed the deputies of the German Bundestag via video link", "… the members of the
# Storting, the Parliament of Norway, by video link": a speech to a body given by a medium of
# contact is the speaker's contact with that body (CAMEO 04: an appearance before a foreign
# parliament); its members named before it are the body's.
_ADDRESSED = re.compile(
    r"\s+(?:(?:today|yesterday|also|then|again|later)\s+)?addressed\s+(?:(?:the\s+)?"
    rf"(?:{'|'.join(read_data('grammar.toml')['body_members'])})\s+of\s+)?"
)
_THE = re.compile(r"the\s+")
# … the body's apposition ("the Parliament of the Kingdom of Norway"), then the medium.
_APPOSITION = re.compile(r"(?:,\s+the\s+[^,;.]{1,60},)?\s+")


def _addressed(text: str, sentence: Sentence, subject: Mention, start: int) -> ActorRef | None:
    """The body the subject addressed right before the trigger at ``start`` (a medium
    phrase: "via video link"): a speech by video link to a foreign parliament. Only a body
    (an organisation) counts: "addressed the German people by video link" or "addressed
    the nation by video" names no party."""
    opened = _ADDRESSED.match(text, subject.end, start)
    if opened is None:
        return None
    # The body's mention may hold its article ("the Storting") or not ("the Bundestag").
    the = _THE.match(text, opened.end())
    at = (opened.end(), the.end() if the is not None else opened.end())
    body = next((m for m in sentence.mentions if m.start in at), None)
    if body is None or body.ref is None or body.ref.kind != "organisation":
        return None
    return body.ref if _APPOSITION.fullmatch(text, body.end, start) else None


def _counterpart_after(
    text: str, sentence: Sentence, owner: Mention, start: int
) -> ActorRef | None:
    """ "her Polish counterpart Y": the counterpart an owner's adjective names, named."""
    adjective = next(
        (m for m in sentence.mentions if m.adjective and m.start == owner.end + 1), None
    )
    named = named_counterpart(text, sentence, adjective) if adjective is not None else None
    return named[0] if named is not None and named[1].end <= start else None


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
    rf"(?:(?:{MODALS}|{BE}|{HAVE}|also|again|to|then|soon)\s+)*"
    r"(?:hold|held|holding|begin|began|start|started|continue|continued)?\s*"
    rf"(?:(?:a|an|the|new|next|further|{ORDINAL_ALTERNATION})\s+)*$"
)


def _sent_by(text: str, owner: Mention, start: int) -> bool:
    """Whether ``owner`` owns the people who hold the contact: "our delegation will hold a
    second round of talks" is the speaker's side, however far the trigger stands."""
    return _SENT.fullmatch(text, owner.end, start) is not None


def _hyphened(text: str, m: Mention) -> bool:
    return text[m.end : m.end + 1] in "-\u2013" or text[m.start - 1 : m.start] in "-\u2013"


# "the meeting that Secretary X and Minister Y were to hold", "the talks which the two
# states held": a relative clause naming who holds the occasion its noun names.
_RELATIVE_OPEN = re.compile(r"\s+(?:that|which)\s+(?:the\s+)?")
_HOLDING = re.compile(
    rf"\s+(?:(?:{HAVE}|{BE}|{MODALS}|to|be|also|planned|due|set|"
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


# "X, with whom I spoke": the preposition of a relative clause opening it, right after its
# antecedent (the trigger starts at "whom").
_WITH_WHOM = re.compile(r",?\s+with\s+$")


def _pied_piped(text: str, sentence: Sentence, start: int) -> ActorRef | None:
    """The antecedent of "with whom" opening the trigger's relative clause: the other
    party of the contact it tells."""
    if not text.startswith("whom", start):
        return None
    before = [m for m in sentence.mentions if m.end <= start]
    if not before or _WITH_WHOM.fullmatch(text, before[-1].end, start) is None:
        return None
    return before[-1].ref
