"""Contacts named by their form rather than by a verb of meeting: a joint statement's
signers who met ("We, the Presidents of …, having met in …"), a council named by its two
sides ("the NATO-Russia Council"), a named format's people meeting ("a summit of the
Normandy Four leaders"), the people of listed states meeting ("a meeting of the foreign
ministers of A and B"), and a written reply between its authors and the side it answers.
Each gives the parties of its contact, or none when the form is not a contact.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.contact_replies import received_reply, seat_author
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon, mode_of
from summarise.extraction.backends.baseline.literal_gates import gated_search
from summarise.extraction.backends.baseline.mentions import Mention, listed
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.refs import ActorRef, state
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.signatories import signed_singly, signing_offices


def council_sides(text: str, sentence: Sentence, trigger: re.Match[str]) -> list[ActorRef]:
    """ "the NATO-Russia Council": a council named by two parties joined by a hyphen is
    their meeting (the second party's mention runs over the word "Council")."""
    if trigger.group() != "Council":
        return []
    named = [m for m in sentence.mentions if m.adjective and m.ref is not None]
    second = next((m for m in named if m.start < trigger.start() <= m.end + 1), None)
    first = next((m for m in named if second is not None and m.end == second.start - 1), None)
    if first is None or second is None or text[first.end] not in "-\u2013":
        return []
    if first.ref is None or second.ref is None or first.ref.side == second.ref.side:
        return []
    return [first.ref, second.ref]


def awaited(text: str, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """Whether the trigger is a reply not given yet: needed, awaited or asked for."""
    lexicon = load_lexicon()
    return lexicon.reply_nouns.search(trigger.group()) is not None and bool(
        lexicon.awaiting.search(text, max(sentence.start, trigger.start() - 60), trigger.start())
    )


# "a response from the United States", "the written replies of the United States and NATO
# to the Russian draft": a reply, its authors after "from"/"of", what it answers after "to".
_AUTHORS_GAP = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?")
# "the written replies that we received from the United States", "the written answers
# received from Berlin": the reply's receipt names both its ends (CAMEO's RECEIVE of a
# message), so a definite reply with it is this letter, not one told of before.
_RECEIVED_GAP = re.compile(
    r"\s+(?:(?:that|which)\s+\w+\s+(?:(?:have|has|had)\s+)?)?"
    r"received\s+from\s+(?:the\s+)?"
)
_ANSWERED_GAP = re.compile(r"\s+to\s+(?:the\s+)?")


def correspondents(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    *,
    refers_back: bool,
) -> list[ActorRef]:
    """A reply (CAMEO 040, a written message; the schema's "written replies") is
    correspondence between its authors, named after "from"/"of", and the side it answers:
    the party after "to" ("to the Russian draft"), else the speaker's ("sent us a response
    from …", "we received replies from …", "the replies that we received from …"). With
    either missing, no contact; "the replies" after a contact reported refers back to it
    (``refers_back``), unless their receipt names their authors; a reply the speaker's
    side received names them after "from" or as those its proposals went to
    (``received_reply``)."""
    speaker = sentence.first_person
    if load_lexicon().reply_nouns.search(trigger.group()) is None:
        return []
    sent = _sent_reply(text, sentence, trigger) or received_reply(text, sentence, trigger)
    if sent:
        return sent
    received = _RECEIVED_GAP.match(text, trigger.end(), sentence.end)
    if refers_back and received is None:
        return []
    authors: list[ActorRef] = []
    pos = trigger.end()
    after = (
        listed(text, sentence.mentions, received.end())
        if received is not None
        else listed(text, sentence.mentions, pos, _AUTHORS_GAP)
    )
    for m in after:
        if m.ref is None or m.kind in ("first", "joint", "outlet"):
            break
        authors.append(seat_author(text, m))
        pos = m.end
    answered = next(
        (
            m.ref
            for m in sentence.mentions
            if m.ref is not None and m.start >= pos and _ANSWERED_GAP.fullmatch(text, pos, m.start)
        ),
        None,
    )
    if answered is None and speaker is not None and speaker.country is not None:
        first = any(m.kind == "first" for m in sentence.mentions)
        answered = state(speaker.country) if first else None
    if not authors or answered is None:
        return []
    parties = [*authors, answered]
    return parties if len({p.side for p in parties}) == len(parties) else []


_BARE_REPLY = re.compile(r"(?:repl(?:y|ies)|responses?)", re.IGNORECASE)


def unsent_reply(text: str, sentence: Sentence, trigger: re.Match[str]) -> bool:
    """Whether the trigger is a bare reply noun before what it answers ("our response to
    …") that no one prepares or sends (``_sent_reply``): no contact ("in response to the
    attack", "our response to aggression will be swift")."""
    return bool(
        _BARE_REPLY.fullmatch(trigger.group())
        and _ANSWERED_GAP.match(text, trigger.end())
        and not _sent_reply(text, sentence, trigger)
    )


# A comma before "and" coordinates clauses, not the parties of a list.
_NEXT_CLAUSE = re.compile(r",\s*and\b")


@cache
def _sending() -> re.Pattern[str]:
    """A verb of preparing or sending a message right before a reply's owner (lexicon.toml
    [contact_nouns] preparing, sending)."""
    nouns = read_data("lexicon.toml")["contact_nouns"]
    verbs = [*nouns["preparing"], *nouns["sending"]]
    return re.compile(rf"\b(?:{'|'.join(verbs)})\s+$", re.IGNORECASE)


# Between the owner and its reply: at most two modifiers ("our detailed written reply").
_OWNED_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}")


def _sent_reply(text: str, sentence: Sentence, trigger: re.Match[str]) -> list[ActorRef]:
    """ "I ask you to draft our reply to the American side", "delivered Russia's response
    to NATO": a reply its owner prepares or sends is a letter from the owner ("our": the
    speaker's state) to the party after "to"; "our response to the crisis" names none."""
    speaker = sentence.first_person
    owner = next((m for m in reversed(sentence.mentions) if m.end <= trigger.start()), None)
    if owner is None or not owner.possessive:
        return []
    if _OWNED_GAP.fullmatch(text, owner.end, trigger.start()) is None:
        return []
    if not _sending().search(text, max(sentence.start, owner.start - 20), owner.start):
        return []
    if owner.kind == "first":
        if speaker is None or speaker.country is None:
            return []
        author: ActorRef | None = state(speaker.country)
    else:
        author = owner.ref
    answered: list[ActorRef] = []
    pos = trigger.end()
    for m in listed(text, sentence.mentions, trigger.end(), _ANSWERED_GAP):
        if m.ref is None or m.possessive or _NEXT_CLAUSE.match(text, pos, m.start):
            break  # "…, and NATO handed over its own paper": a clause of its own
        answered.append(m.ref)
        pos = m.end
    parties = [p for p in (author, *answered) if p is not None]
    if author is None or not answered or len({p.side for p in parties}) != len(parties):
        return []
    return parties


def signers(
    text: str, sentence: Sentence, trigger: re.Match[str], own: Mention | None
) -> list[ActorRef]:
    """ "We, the Presidents of Ukraine, Romania and Moldova, having met in Chernivtsi", "We,
    the President of A [name] and the President of B [name], met in …": a joint
    statement's "we" meeting is a meeting of the office holders it lists."""
    if own is None or own.kind != "first" or mode_of(category(trigger)) != "meeting":
        return []
    offices = signing_offices(text, sentence.start, trigger.start())
    span = signed_singly(text, sentence.start, sentence.end)
    if offices or span is None or span[1] > trigger.start():
        return offices
    people = [
        m.ref
        for m in sentence.mentions
        if span[0] <= m.start and m.end <= span[1] and m.ref is not None and m.ref.is_person
    ]
    # One signer per state, or the list was not read as its signers.
    return people if len(people) >= 2 and len({p.side for p in people}) == len(people) else []


# A format's people, as the owner of a contact after it ("a summit of the Normandy Four
# leaders", "a meeting of political advisers to the leaders of the Normandy format") or as
# the subject right before it ("the Normandy format countries would meet", "the recent
# Normandy talks").
_FORMAT_HEAD = r"(?:[ \t]+(?:format|Four|Quartet))?"
# The people may own the contact noun ("the Normandy format advisers' meeting").
_FORMAT_PEOPLE = (
    r"(?:\s+(?:leaders|countries|states|advisers|ministers|representatives)(?:['\u2019]s?)?)?"
)
# Auxiliaries of what is to come, not the modal class: "would meet", "are to meet".
_AUXILIARIES = r"(?:(?:would|will|are to|is to|to|also|again|shall)\s+)*"


@cache
def _format_forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(re.escape(name) for name, _ in load_grammar().formats)
    named = rf"\b(?P<format>{names}){_FORMAT_HEAD}"
    return (
        re.compile(rf"\s+of\s+(?:[a-z][\w-]*\s+){{0,8}}?{named}\b"),
        re.compile(rf"{named}{_FORMAT_PEOPLE}\s+{_AUXILIARIES}$"),
    )


def format_members(text: str, sentence: Sentence, trigger: re.Match[str]) -> list[ActorRef]:
    """The member states of a named format whose people hold the contact: after the
    trigger in its "of" phrase, or before it as its subject; each state one side."""
    after, before = _format_forms()
    found = after.match(text, trigger.end(), sentence.end) or before.search(
        text, max(sentence.start, trigger.start() - 80), trigger.start()
    )
    if found is None:
        return []
    members = dict(load_grammar().formats)[found["format"]]
    attending = _attendees(text, sentence, found.end())
    return [attending.get(country) or state(country) for country in members]


# "a meeting of … the Normandy format attended by Head of the Office … Andriy Yermak".
_ATTENDED = re.compile(r"(?:\s+[a-z][\w-]*){0,2},?\s+(?:was\s+)?attended\s+by\s+")


def _attendees(text: str, sentence: Sentence, end: int) -> dict[str, ActorRef]:
    """The people named as attending a format's meeting, by their state: each takes his
    state's place among its sides."""
    attended = _ATTENDED.match(text, end, sentence.end)
    if attended is None:
        return {}
    people: dict[str, ActorRef] = {}
    for m in listed(text, sentence.mentions, attended.end()):
        if m.ref is None or not m.ref.is_person:
            break
        if m.ref.country is not None:
            people.setdefault(m.ref.country, m.ref)
    return people


# People who hold a gathering for their states: office holders or envoys "of"/"from" a list
# of states, or advisers "to" or "of the leaders of" one ("political advisers to the
# leaders of A, B, C and D", "the political advisers of the leaders of A, B, C and D", "the
# foreign ministers of A and B", "delegations from A and B").
_PEOPLE = (
    r"(?:leaders|advis[eo]rs|ministers|representatives|delegations|heads\s+of\s+state|"
    r"presidents|envoys|negotiators|officials|diplomats)"
)
_PEOPLE_OF = (
    rf"(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?{_PEOPLE}"
    rf"(?:\s+(?:to|of)\s+(?:the\s+)?{_PEOPLE})?\s+(?:of|from)\s+(?:the\s+)?"
)
# … in a gathering noun's of-phrase ("a meeting of …"), or as the subject right before a
# reciprocal verb or the noun its verb of holding takes, with only auxiliaries between
# ("the foreign ministers of A and B would meet", "delegations from A and B held talks").
_MEMBERS_AFTER = re.compile(rf"\s+of\s+{_PEOPLE_OF}")
_MEMBERS_BEFORE = re.compile(rf"\b{_PEOPLE_OF}$", re.IGNORECASE)
_HOLDING_GAP = re.compile(
    r"\s+(?:(?:would|will|shall|are\s+to|is\s+to|to|also|again|have|has|had)\s+)*"
    r"(?:(?:hold|held|holding|began|begin|resumed|resume)\s+(?:(?:a|an|the|new|further)\s+)*)?"
)


def members_meeting(text: str, sentence: Sentence, trigger: re.Match[str]) -> list[ActorRef]:
    """The states whose people hold the gathering: listed after the people in its
    of-phrase or in the subject before it; each state one side, two at least. A name of
    another kind in the list (a person, a group) makes it no such list."""
    after = _MEMBERS_AFTER.match(text, trigger.end(), sentence.end)
    if after is not None:
        states, _ = _listed_states(text, sentence, after.end())
        return states
    window = max(sentence.start, trigger.start() - 120)
    for m in sentence.mentions:
        if m.ref is None:
            continue  # "the advisers of the leaders of A, B": the people, read as a mention
        if window <= m.start < trigger.start() and gated_search(
            sentence.scan, _MEMBERS_BEFORE, text, window, m.start
        ):
            states, end = _listed_states(text, sentence, m.start)
            before = _HOLDING_GAP.fullmatch(text, end, trigger.start()) is not None
            return states if before else []
    return []


def _listed_states(text: str, sentence: Sentence, start: int) -> tuple[list[ActorRef], int]:
    """The states listed from ``start`` (two at least, each its own side) and where the
    list ends."""
    states: list[ActorRef] = []
    end = start
    for m in listed(text, sentence.mentions, start):
        if m.ref is None or m.ref.kind != "state" or m.adjective:
            return [], end
        states.append(m.ref)
        end = m.end
    distinct = len(states) >= 2 and len({s.side for s in states}) == len(states)
    return (states if distinct else []), end
