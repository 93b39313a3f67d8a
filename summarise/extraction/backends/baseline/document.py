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
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.names import find_runs
from summarise.extraction.backends.baseline.patterns import category

DocumentKind = Literal["readout", "statement", "joint", "transcript", "factsheet", "news"]

_STATEMENT = re.compile(
    r"(?:^|[:\u2013\u2014]\s+|\s-\s+)(?:Statement|Remarks|Message|Address|Letter|Appeal|Speech)\s+"
    r"(?:by|from|of)\s+(?P<who>.+?)"
    r"(?:\s+(?:on|regarding|about|at|in|to|Before|After|Following|Marking)\b.*)?$",
    re.IGNORECASE,
)
# "Zelenskyy's address to the nation", "The President's statement on …".
_OWN_STATEMENT = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*)*?)['\u2019]s?\s+"
    r"(?:statement|address|appeal|speech|message)\b"
)
# A text several parties issue together, when the title names the text itself: "Joint
# Statement by …", "U.S.-Ukraine Joint Statement", "G7 Leaders' Statement", "Statement of
# the Leaders of …", "Communiqué …". A title that reports one ("advisers agreed on a joint
# communiqué") is a news item about it.
_JOINT = re.compile(
    r"^(?:[A-Z][\w.\u2019'&-]*\s+)*?(?:(?i:leaders)['\u2019]?\s+)?"
    r"(?i:joint\s+(?:statement|declaration|communiqu))"
    r"|^(?:[A-Z][\w.\u2019'-]*\s+){1,3}(?i:leaders)['\u2019]?\s+(?i:statement)"
    r"|^(?i:(?:statement|declaration|communiqu\w*)\s+(?:by|of)\s+(?:the\s+)?"
    r"(?:leaders|heads of state|foreign ministers))\b"
    r"|^(?i:communiqu)"
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


# "the Ministry of Foreign Affairs", "The Department of State": a body's name, whose last
# capitalised word the name reader would otherwise take for a person's ("Affairs").
_OPENING_WORD = re.compile(r"(?:(?i:the)\s+)?(?P<word>\w+)")


def _signatory(who: str) -> Signatory | None:
    """Who a statement's title says speaks. A title naming an institution ("Statement by
    the Ministry of Foreign Affairs": ``institution_heads``) names no person: the statement
    is in its state's voice, so no name is read from it."""
    runs = find_runs(who)
    if not runs:
        return None
    run = runs[0]
    title = run.title
    opening = _OPENING_WORD.match(who)
    if opening is not None and opening["word"].lower() in load_grammar().institution_heads:
        return Signatory(None, None, None, title.country if title else None)
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
        statement = _STATEMENT.search(title) or _OWN_STATEMENT.match(title)
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
