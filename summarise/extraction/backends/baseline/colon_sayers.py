"""What follows a colon is the words of the person a frame before it names.

A spokesperson often opens a point by naming whose words it restates, then gives them after
a colon: "The President has been clear, and I'll repeat it: U.S. forces are not going to
fight in Ukraine", "I would just add that the President has been crystal clear: if Russia
moves forward, …", "I also want to repeat what the President has said to American
citizens: Americans who remain in Ukraine should leave now". The content is the named
person's position, relayed (the guide: a view a speaker attributes to another party is
theirs), not the spokesperson's own; the rules read it as the turn's speaker's because the
frame's "I" or its second clause ("and I'll repeat it") takes the sentence.

Only a frame that runs from the sentence's opening to the colon, with one person (or an
office held by one) as its sayer: "X has been (crystal) clear:", "X has said it:", "(I want
to) repeat what X has said (to …):". A department or a state named there ("what the State
Department has said:") is the speaker's own side and stays the speaker's; a frame naming two
sayers ("The President has said it, and Chancellor Scholz has been clear …:") is left as it
is. Precision first.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.patterns import OPENING_MARKS
from summarise.extraction.backends.baseline.sentence import Claim, Sentence, cut_out

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
# The speaker speaking again in a second clause of their own after the content ("…, and we
# are ready to do that on day one"): theirs again, as in ``relative_sayers``.
_SPEAKER_AGAIN = re.compile(r",\s+(?:and|but)\s+(?:I|we)\b", re.IGNORECASE)
_REPEATED = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|stated|made\s+clear|told)"
    r"(?:\s+(?:to\s+)?[^:;,.]{1,40}?)?\s*:",
    re.IGNORECASE,
)


def colon_says(text: str, s: Sentence) -> None:
    """Gives what follows the colon of a sayer's frame to that person, relayed by whoever
    holds the sentence's words there, and cuts it out of the claims the sentence has: the
    frame keeps its own claim up to the colon, and the speaker's second clause of their own
    after the content ("…, and we are ready …") stays theirs."""
    colon = text.find(":", s.start, s.end)
    if colon < 0:
        return
    opening = OPENING_MARKS.match(text, s.start, colon)
    start = opening.end() if opening is not None else s.start
    # The first person named is the sayer: one named after it is the one told, in the
    # frame's tail ("repeat what the President has said to President Putin:"), or makes
    # the words no frame ``_frames`` reads ("The President has said it, and Chancellor
    # Scholz has been clear:", "The President and the Chancellor have been clear:").
    sayer = min(
        (
            m
            for m in s.mentions
            if start <= m.start < colon and m.kind in ("person", "office") and m.ref is not None
        ),
        key=lambda m: m.start,
        default=None,
    )
    if sayer is None:
        return
    holder = sayer.principal or sayer.ref
    if holder is None or not holder.is_person or sayer.unresolved:
        return
    if not _frames(text, start, sayer.start, sayer.end, colon):
        return
    content = colon + 1
    covering = [
        c
        for c in s.claims
        if c.voice != "joint" and c.holder is not None and c.start <= content < c.end
    ]
    if not covering or all(c.holder == holder for c in covering):
        return
    via = next((c.via for c in covering if c.holder != holder), None)
    back = _SPEAKER_AGAIN.search(text, content, s.end)
    end = s.end if back is None else back.start()
    kept = cut_out(s.claims, colon, end, holder)
    verb = sayer.end + len(text[sayer.end : colon]) - len(text[sayer.end : colon].lstrip())
    kept.append(Claim("reported", holder, via, content, end, sayer, (verb, colon), postposed=True))
    s.claims = kept


def _frames(text: str, start: int, sayer_start: int, sayer_end: int, colon: int) -> bool:
    """Whether the words from the sentence's opening to the colon are a frame naming the
    sayer: its own clause ("X has been clear:", "X has said it:") or the speaker's repeat of
    it ("I want to repeat what X has said:")."""
    end = colon + 1
    if _OWN_FRAME.fullmatch(text, start, sayer_start) is not None:
        for after in (_CLEAR, _SAID_IT):
            if after.fullmatch(text, sayer_end, end) is not None:
                return True
    return (
        _REPEAT.fullmatch(text, start, sayer_start) is not None
        and _REPEATED.fullmatch(text, sayer_end, end) is not None
    )
