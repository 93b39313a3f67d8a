"""A reply the speaker's side received (CAMEO's RECEIVE of a written message): "the
answers we have received from our American and NATO partners", "our proposals to
Washington and NATO and the replies we have received". Its authors are named after
"from", or are those the speaker's proposals went to, which the replies answer; its
receiver is the speaker's state.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.refs import ActorRef, organisation, state
from summarise.extraction.backends.baseline.sentence import Sentence

# The receipt right after the reply noun, by the speaker's side: "we have received",
# "that I got", then perhaps its authors' "from".
_RECEIPT = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:we|I)\s+(?:(?:have|had)\s+)?(?:received|got)\b"
    r"(?P<from>\s+from\s+)?"
)
# What the speaker's side sent and the replies answer: "our proposals to", "our draft
# treaties sent to", "our initiatives submitted to".
_PROPOSALS_TO = re.compile(
    r"\bour\s+(?:[a-z]+\s+){0,2}?(?:proposals|initiatives|drafts?|draft\s+treaties|"
    r"documents|demands)\s+(?:(?:sent|submitted|delivered|handed\s+over|presented)\s+)?"
    r"to\s+"
)
# Between two authors: a list's comma or "and", perhaps repeating "from" ("from our
# American partners and from NATO"); an owner's "our" is read apart.
_AUTHORS_GAP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)?(?:from\s+)?(?:the\s+)?")
_SPACE = re.compile(r"\s+")
# A word for those the speaker's side deals with, after the adjectives naming them ("our
# American and NATO partners"), perhaps with where they sit ("our US colleagues in
# Washington").
_RELATION_NOUN = re.compile(
    r"\s+(?:partners|colleagues|counterparts|allies)(?:\s+in\s+[A-Z][\w-]*)?\b"
)
_RELATION = re.compile(rf"(?:\s+and\s+[A-Z][\w-]*)*{_RELATION_NOUN.pattern}")


def received(text: str, end: int, limit: int) -> bool:
    """Whether the speaker's side received the message just named: a receipt told in the
    perfect or the past is held, whatever the sentence goes on to do with it ("We will
    discuss the answers we have received")."""
    return _RECEIPT.match(text, end, limit) is not None


def received_reply(text: str, sentence: Sentence, trigger: re.Match[str]) -> list[ActorRef]:
    """The authors and the receiver of a reply the speaker's side received, or none when
    the receipt names no authors ("the replies we received" alone)."""
    speaker = sentence.first_person
    receipt = _RECEIPT.match(text, trigger.end(), sentence.end)
    if receipt is None or speaker is None or speaker.country is None:
        return []
    if receipt["from"] is not None:
        authors = _authors(text, sentence, receipt.end())
    else:
        sent = _PROPOSALS_TO.search(text, sentence.start, sentence.end)
        authors = _authors(text, sentence, sent.end()) if sent is not None else []
    parties = [*authors, state(speaker.country)]
    if not authors or len({p.side for p in parties}) != len(parties):
        return []
    return parties


def _authors(text: str, sentence: Sentence, start: int) -> list[ActorRef]:
    """The parties listed from ``start``: names, or adjectives before a word for partners
    ("our American and NATO partners" are the United States and NATO)."""
    authors: list[ActorRef] = []
    pos, owned = start, False
    for m in sentence.mentions:
        if m.start < pos:
            continue
        gap = _SPACE if owned else _AUTHORS_GAP
        if gap.fullmatch(text, pos, m.start) is None:
            break
        pos, owned = m.end, m.kind == "first" and m.possessive
        if owned:
            continue  # "our": whose partners, not who
        if not _author(text, m):
            break
        authors.append(seat_author(text, m))
        noun = _RELATION_NOUN.match(text, m.end)
        if noun is not None:
            pos = noun.end()  # past "partners in Washington": the next author follows
    return authors


def _author(text: str, m: Mention) -> bool:
    """A party named, or an adjective naming one only before a word for partners."""
    if m.ref is None or m.kind in ("first", "joint", "outlet", "pronoun"):
        return False
    return not m.adjective or _RELATION.match(text, m.end) is not None


# The seat both the EU and NATO answer from, and the names a document counts them by
# (lexicon.toml [shared_seat]).
_SHARED_SEAT = read_data("lexicon.toml")["shared_seat"]
_SEAT: str = _SHARED_SEAT["seat"]
_NATO_NAMED = re.compile(r"\b(?:" + "|".join(_SHARED_SEAT["nato"]) + r")\b")
_EU_NAMED = re.compile(r"\b(?:" + "|".join(_SHARED_SEAT["eu"]) + r")\b")


def seat_author(text: str, m: Mention) -> ActorRef:
    """The author a reply's mention names: "Brussels", the EU's seat and NATO's, is NATO in
    a document that names NATO more often than the EU (the answers "sent from London and
    Brussels" to a set of draft treaties), else the EU the vocabulary reads it as."""
    assert m.ref is not None
    if m.text != _SEAT or not _nato_document(text):
        return m.ref
    return organisation("NATO") or m.ref


@lru_cache(maxsize=8)
def _nato_document(text: str) -> bool:
    """Whether the document names NATO more often than the EU."""
    return len(_NATO_NAMED.findall(text)) > len(_EU_NAMED.findall(text))
