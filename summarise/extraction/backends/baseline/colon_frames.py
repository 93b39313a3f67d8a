"""A frame a colon closes: the words that announce what follows the colon as what is said.

"Our position hasn't changed: if Russia invades, …", "The President has said it many
times: Russia must withdraw its forces", "I want to repeat what the Chancellor has said:
…". Three stages read such a frame, and must read the same one: the attribution
(``colon_sayers``: whose words the content is, when the frame names a person), the stance
(``conditionals``: a condition after the frame reads as it would alone) and the topic
(``position_topics``: a modal's proposition begins after the colon). One reading here: the
frame runs from where its clause opens to the first colon a space follows (not a time's,
"at 10:30"), with no other clause's end (";", "?", "!") before it.

The frame says whose the words are in one of three ways: its own subject's or the
speaker's ("Our position is simple:"), another's the speaker points to ("I would point
you to what the Secretary said yesterday:": ``relayed``, that one's words, not the
clause's holder's), or a person it names as the sayer in a fixed frame ("X has been
clear:", "X has said it:", "repeat what X has said (to …):": ``sayer_of``), whose words
``colon_sayers`` makes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from summarise.extraction.backends.baseline.mentions import Mention


class ColonFrame(NamedTuple):
    """The frame's words ``text[start:colon]``; the words it announces begin at ``said``."""

    start: int
    colon: int
    said: int
    # Points to what another said ("what the Secretary said yesterday:").
    relayed: bool


def colon_frame(text: str, start: int, end: int) -> ColonFrame | None:
    """The frame opening at ``start`` that a colon closes before ``end``, or None."""
    colon = _FRAME_COLON.search(text, start, end)
    if colon is None or _CLAUSE_END.search(text, start, colon.start()) is not None:
        return None
    relayed = _WHAT.search(text, start, colon.start()) is not None
    return ColonFrame(start, colon.start(), colon.end(), relayed)


def last_frame(text: str, start: int, end: int) -> ColonFrame | None:
    """The last of the frames that follow one another from ``start`` ("Our message is simple:
    the answer is clear: Russia must …"), relayed when any of them is; None when none opens
    at ``start``."""
    frame = colon_frame(text, start, end)
    relayed = False
    while frame is not None:
        relayed = relayed or frame.relayed
        following = colon_frame(text, frame.said, end)
        if following is None:
            return frame._replace(relayed=relayed)
        frame = following
    return None


def sayer_of(text: str, frame: ColonFrame, mentions: Iterable[Mention]) -> Mention | None:
    """The person (or an office held by one) a fixed frame names as whose words follow:
    the first named before the colon. One named after it is the one told, in the frame's
    tail ("repeat what the President has said to President Putin:"), or makes the words no
    fixed frame ("The President has said it, and the Chancellor was clear:")."""
    sayer = min(
        (
            m
            for m in mentions
            if frame.start <= m.start < frame.colon
            and m.kind in ("person", "office")
            and m.ref is not None
        ),
        key=lambda m: m.start,
        default=None,
    )
    if sayer is None or not _names_sayer(text, frame, sayer):
        return None
    return sayer


def _names_sayer(text: str, frame: ColonFrame, sayer: Mention) -> bool:
    """Whether the frame is the sayer's own clause ("X has been clear:", "X has said it:")
    or the speaker's repeat of it ("I want to repeat what X has said:")."""
    end = frame.colon + 1
    if _OWN_FRAME.fullmatch(text, frame.start, sayer.start) is not None:
        for after in (_CLEAR, _SAID_IT):
            if after.fullmatch(text, sayer.end, end) is not None:
                return True
    return (
        _REPEAT.fullmatch(text, frame.start, sayer.start) is not None
        and _REPEATED.fullmatch(text, sayer.end, end) is not None
    )


# A colon that closes a frame is followed by a space: not the colon of a time ("10:30").
_FRAME_COLON = re.compile(r":\s")
# Another clause's end before the colon: the colon closes no frame opening at ``start``.
_CLAUSE_END = re.compile(r"[;?!]")
_WHAT = re.compile(r"\bwhat\b", re.IGNORECASE)
# What may open the frame before the sayer: a linking word, and the speaker's own "I would
# (just) add that" ("And I would just add that the President has been crystal clear:").
_LEAD = (
    r"(?:(?:and|but|so|again|look|now|first|second|third|finally),?\s+)?"
    r"(?:(?:I|we)\s+(?:would|[\u2019']d|want\s+to|will|[\u2019']ll)\s+(?:just\s+|also\s+)?"
    r"(?:add|say|note|stress|point\s+out|remind\s+you)\s+that\s+)?"
)
# "… has been clear" and its kin, then at most an aside before the colon: "on this", "and
# I'll repeat it".
_CLEAR = re.compile(
    r"\s+(?:has|had|have)\s+(?:been|made\s+it|made\s+that)\s+"
    r"(?:very\s+|crystal\s+|absolutely\s+|perfectly\s+|quite\s+|abundantly\s+)?clear"
    r"(?:\s+(?:on|about)\s+(?:this|that))?"
    r"(?:,?\s+and\s+(?:I|we)\s*(?:will|[\u2019']ll|want\s+to|would\s+like\s+to|must)?\s*"
    r"(?:repeat|reiterate)\s+it(?:\s+(?:again|today|here|now|tonight))?)?\s*:",
    re.IGNORECASE,
)
_SAID_IT = re.compile(
    r"\s+(?:has|had|have)\s+said\s+(?:it|this|so)"
    r"(?:\s+(?:many\s+times|repeatedly|before|again|publicly))?\s*:",
    re.IGNORECASE,
)
_OWN_FRAME = re.compile(_LEAD + r"(?:the\s+)?", re.IGNORECASE)
# "(I want to) repeat what X has said (to American citizens):"
_REPEAT = re.compile(
    r"(?:(?:and|but|so|again|now),?\s+)?(?:I|we)(?:[\u2019'](?:d|ll)\b)?(?:\s+also|\s+just)?\s+"
    r"(?:(?:want|would\s+like|like)\s+to\s+|will\s+|must\s+|would\s+)?"
    r"(?:also\s+)?(?:repeat|reiterate|echo)\s+what\s+(?:the\s+)?",
    re.IGNORECASE,
)
_REPEATED = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|stated|made\s+clear|told)"
    r"(?:\s+(?:to\s+)?[^:;,.]{1,40}?)?\s*:",
    re.IGNORECASE,
)
