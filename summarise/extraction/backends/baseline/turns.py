"""Speaker labels of transcripts: "VICE PRESIDENT HARRIS: …", "Sergei Lavrov: …".

Everything after a label, up to the next one, is that speaker's. A label is a capitalised
name or title (or both) followed by a colon at the start of a sentence; an interpreter's
note ("(As interpreted.)", "(retranslated)") may stand between them. A background call
numbers the speakers of one rank ("SENIOR ADMINISTRATION OFFICIAL 1:", "… #2:"): the
number tells them apart and names no one, so the label is read without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarise.extraction.backends.baseline.mentions import find_mentions

_WORD = r"(?:[A-ZÀ-Þ][\w'\u2019.\-]*|of|the|to|for|von|der|\u2013|-)"
_LABEL = re.compile(
    rf"(?P<label>[A-ZÀ-Þ][\w'\u2019.\-]*(?:[ \t]+{_WORD}){{0,14}}?)"
    r"(?:[ \t]+#?(?P<number>[1-9]))?"
    r"[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*:(?=[ \t]*\S|[ \t]*$)"
    r"[ \t]*(?:\([^)\n]{0,40}\)\s*)?(?:…|\.\.\.)?"
)
_LEADING = re.compile(r"[\s*<…>.]*")
# A journalist's turn in a briefing transcript opens its paragraph with a bare "Q".
_ASKED = re.compile(r"Q\.?[ \t]+(?=\S)")
# A journalist's turn in a state's transcript, labelled by what it is, not by who speaks.
_ASKED_LABELS = frozenset({"question", "remark"})
# Words that open ordinary sentences ending in a colon: "The messages read: don't worry".
_NOT_A_LABEL = frozenset(
    {
        "specifically",
        "first",
        "second",
        "third",
        "finally",
        "thus",
        "therefore",
        "namely",
        "note",
        "today",
        "today's",
        "today\u2019s",
        "here",
        "this",
        "that",
        "the",
        "and",
        "but",
    }
)


@dataclass(frozen=True)
class Label:
    """A speaker label: the label text, and where the speaker's words start."""

    start: int
    end: int
    text: str
    content_start: int


@lru_cache(maxsize=1024)
def label_at(text: str, start: int, end: int) -> Label | None:
    """The speaker label opening the sentence ``text[start:end]``, if it has one. Kept per
    sentence: attribution reads every sentence's label, and the cast and the principal ask
    again of the sentences their mentions stand in (a third of the asks repeat one)."""
    lead = _LEADING.match(text, start, end)
    pos = lead.end() if lead is not None else start
    asked = _ASKED.match(text, pos, end)
    if asked is not None and (pos == 0 or text[pos - 1] == "\n"):
        return Label(start=pos, end=asked.end(), text="Q", content_start=asked.end())
    if text.find(":", pos, end) < 0:
        return None  # every label ends in a colon; most sentences have none to try
    m = _LABEL.match(text, pos, end)
    if m is None:
        return None
    label = m["label"].strip()
    words = label.split()
    if not words or words[-1] in ("of", "the", "to", "\u2013", "-"):
        return None
    # "THE PRESIDENT:" in capitals is a speaker; "The messages read:" is not.
    spoken_title = label.isupper() and words[0] == "THE"
    if words[0].lower().rstrip("\u2019's") in _NOT_A_LABEL and len(words) < 3 and not spoken_title:
        return None
    if len(words) == 1 and words[0].lower() in _ASKED_LABELS:
        # "Question:", "Question (retranslated):": a journalist's turn, as a bare "Q" is.
        return Label(start=m.start(), end=m.end(), text="Q", content_start=m.end())
    if len(words) == 1 and not words[0].isupper():
        return None
    if any(w[:1].islower() and w not in ("of", "the", "to", "for", "von", "der") for w in words):
        return None
    if m["number"] is not None and not _names_speaker(label):
        return None  # "LINE OF EFFORT 2:", "Key Point 1:": a numbered heading, no speaker
    return Label(start=m.start(), end=m.end(), text=label, content_start=m.end())


def _names_speaker(label: str) -> bool:
    """Whether a label names an office, as a numbered speaker's label does: the number
    tells apart officials of one rank, and a title-case heading ("Key Point 1:") reads as
    a name, never as an office."""
    return any(m.kind == "office" for m in find_mentions(speaker_text(label)))


def speaker_text(label: str) -> str:
    """The label as a name to read: "VICE PRESIDENT HARRIS" -> "Vice President Harris"."""
    if label.isupper():
        return " ".join(w.capitalize() for w in label.split())
    return label
