"""A call spelled out after its colon: "I appeal again to NATO: close the skies over
Ukraine." The clause after the colon says what the appeal before it asks; it is that one
demand, not a second, so the demand before the colon keeps the whole sentence. An
imperative after a colon with no call before it ("What I'd say to the Kremlin is this: pull
those forces back") stays a demand of its own.
"""

from __future__ import annotations

from summarise.extraction.backends.baseline.stances import StanceCue


def spells_out(text: str, start: int, called: StanceCue | None, cue: StanceCue | None) -> bool:
    """The piece at ``start``, after a colon, asks what the demand of the piece before
    (``called``) asked: both are demands."""
    if called is None or cue is None or called.stance != "demand" or cue.stance != "demand":
        return False
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1  # read back over the space, not a copy of the text before it
    return i > 0 and text[i - 1] == ":"
