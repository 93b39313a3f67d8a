"""The side before a contact's trigger, the one its clause is about: the trigger's owner
("our talks with", "Poland's meeting with", "our delegation will hold talks"), else its
subject with a party coordinated or listed with it ("Norway and Sweden agreed to hold
talks", "A, B and C held a call"), the body it addressed by a medium, or the parties of
people who speak together; and whether that side is named but not resolved.

Apart from ``contact_parties`` (which gathers every party of a contact) because these are
read from the subject and the owner before the trigger and their own coordination, not
from the objects, compounds and clauses around it.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.contact_informing import told_of_own
from summarise.extraction.backends.baseline.contact_objects import GROUP_OF, named_counterpart
from summarise.extraction.backends.baseline.contact_subjects import double_title
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.mentions import Mention, listed
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import BE, HAVE, MODALS
from summarise.phrases.numbers import ORDINAL_ALTERNATION


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


def sides_before(
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


_AND = re.compile(r"\s+and\s+(?:the\s+)?")


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
    further round of talks" is the speaker's side, however far the trigger stands."""
    return _SENT.fullmatch(text, owner.end, start) is not None
