"""What follows a colon is the words of the person a frame before it names.

A spokesperson often opens a point by naming whose words it restates, then gives them after
a colon: "The Chancellor has been clear, and I'll say it again: our soldiers will not
fight there", "I would just add that the minister has been plain: if Moscow moves, …",
"Let me repeat what the President has told our citizens: anyone still in the country
should leave at once". The content is the named
person's position, relayed (the guide: a view a speaker attributes to another party is
theirs), not the spokesperson's own; the rules read it as the turn's speaker's because the
frame's "I" or its second clause ("and I'll repeat it") takes the sentence.

Only a frame that runs from the sentence's opening to the colon, with one person (or an
office held by one) as its sayer: "X has been (crystal) clear:", "X has said it:", "(I want
to) repeat what X has said (to …):". A department or a state named there ("what the State
Department has said:") is the speaker's own side and stays the speaker's; a frame naming two
sayers ("The President has said it, and the Chancellor was clear …:") is left as it
is. Precision first.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.colon_frames import colon_frame, sayer_of
from summarise.extraction.backends.baseline.patterns import OPENING_MARKS
from summarise.extraction.backends.baseline.sentence import Sentence, relay

# The speaker speaking again in a second clause of their own after the content ("…, and we
# are ready to do that on day one"): theirs again, as in ``relative_sayers``.
_SPEAKER_AGAIN = re.compile(r",\s+(?:and|but)\s+(?:I|we)\b", re.IGNORECASE)


def colon_says(text: str, s: Sentence) -> None:
    """Gives what follows the colon of a sayer's frame to that person, relayed by whoever
    holds the sentence's words there, and cuts it out of the claims the sentence has: the
    frame keeps its own claim up to the colon, and the speaker's second clause of their own
    after the content ("…, and we are ready …") stays theirs."""
    opening = OPENING_MARKS.match(text, s.start, s.end)
    frame = colon_frame(text, opening.end() if opening is not None else s.start, s.end)
    sayer = None if frame is None else sayer_of(text, frame, s.mentions)
    if frame is None or sayer is None:
        return
    content = frame.colon + 1
    back = _SPEAKER_AGAIN.search(text, content, s.end)
    end = s.end if back is None else back.start()
    gap = text[sayer.end : frame.colon]
    verb = sayer.end + len(gap) - len(gap.lstrip())
    relay(s, sayer, (content, end), (verb, frame.colon), cut_from=frame.colon)
