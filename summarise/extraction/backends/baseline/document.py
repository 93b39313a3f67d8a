"""What kind of document an article is, and whose voice its first person is.

Official texts say who speaks in their furniture: the publisher ("The White House",
"President of Russia") is a state's executive, and the title says whether the text is a
readout in the third person, a statement in someone's name, a joint statement, remarks
with speaker labels, or a fact sheet. None of this is learnt from any one document: the
publisher's state is read with the shared actor vocabulary, the genre from title words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from summarise.actors import vocabulary
from summarise.article import Article
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.names import find_runs
from summarise.extraction.backends.baseline.patterns import category

DocumentKind = Literal["readout", "statement", "joint", "transcript", "factsheet", "news"]

_STATEMENT = re.compile(
    r"^(?:Statement|Remarks|Message|Address|Letter)\s+(?:by|from|of)\s+(?P<who>.+?)"
    r"(?:\s+(?:on|regarding|about|at|in|to|Before|After|Following|Marking)\b.*)?$",
    re.IGNORECASE,
)
# A text several parties issue together, wherever the title says so: "Joint Statement by
# …", "U.S.-Ukraine Joint Statement", "G7 Leaders' Statement", "Statement of the Leaders
# of …", "Communiqué"; a readout of a call about a joint statement is still a readout.
_JOINT = re.compile(
    r"^(?!Readout|Remarks)(?:.*\bJoint\s+(?:Statement|Declaration|Communiqu)|.*\bCommuniqu|"
    r".*\bLeaders['\u2019]?\s+Statement|"
    r"(?:Statement|Declaration)\s+(?:by|of)\s+(?:the\s+)?"
    r"(?:Leaders|Heads of State|Foreign Ministers)\b)",
    re.IGNORECASE,
)
_REMARKS = re.compile(r"^Remarks\s+by\b", re.IGNORECASE)
_FACT_SHEET = re.compile(r"^FACT SHEET\b", re.IGNORECASE)
_READOUT = re.compile(r"^Readout\b|conversation|\bcall\b|\bmeeting\b|\btalks\b", re.IGNORECASE)


@dataclass(frozen=True)
class Signatory:
    """Who a title names as speaking: "Press Secretary Jen Psaki", "the President"."""

    name: str | None
    role: str | None
    office: str | None
    country: str | None


@dataclass(frozen=True)
class Frame:
    home: str | None
    title: str
    kind: DocumentKind
    title_mode: str | None
    signatory: Signatory | None
    published: date | None


def _home(source: str | None) -> str | None:
    """The state a publisher speaks for: a country or seat of government in its name."""
    if not source:
        return None
    for run in find_runs(source):
        if run.title is not None and run.title.country is not None:
            country = run.title.country
            return country if country in vocabulary().countries else None
    return None


def _signatory(who: str) -> Signatory | None:
    runs = find_runs(who)
    if not runs:
        return None
    run = runs[0]
    title = run.title
    return Signatory(
        name=run.name,
        role=title.text if title else None,
        office=title.office if title else None,
        country=title.country if title else None,
    )


def read_frame(article: Article) -> Frame:
    title = " ".join((article.title or "").split())
    home = _home(article.source)
    kind: DocumentKind = "news" if home is None else "readout"
    signatory: Signatory | None = None
    if _JOINT.search(title):
        kind = "joint"
    elif _REMARKS.search(title):
        kind = "transcript"
    elif _FACT_SHEET.search(title):
        kind = "factsheet"
    else:
        statement = _STATEMENT.match(title)
        if statement is not None:
            kind = "statement"
            signatory = _signatory(statement["who"])
        elif home is not None and not _READOUT.search(title):
            kind = "readout"
    modes = [category(m) for m in load_lexicon().title_modes.finditer(title)]
    return Frame(
        home=home,
        title=title,
        kind=kind,
        title_mode=_mode_of_title(modes),
        signatory=signatory,
        published=article.published,
    )


def _mode_of_title(modes: list[str]) -> str | None:
    """The medium the title names; a video call is a call, but the more specific wins."""
    for preferred in ("video_call", "phone_call", "talks", "summit", "visit", "meeting"):
        if preferred in modes:
            return preferred
    return None
