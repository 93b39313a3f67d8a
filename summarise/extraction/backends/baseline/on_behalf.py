"""Whom a speaker speaks for when the sentence says so.

"Speaking on behalf of the Nordic envoys, Ambassador X assured …", "On behalf of the EU,
X assured …", "X, speaking on behalf of the European Union, said …", "X, who spoke on
behalf of the EU, said …", "X assured Kyiv of support, speaking on behalf of the EU.": the
party named after "on behalf of" holds the words, and the speaker is their voice (the
guide's `via`), as a spokesperson's words are their principal's. Each shape is a phrase
on the subject: one opening the sentence before it, set off right after it, or closing
the sentence after its clause. Apart from ``attribution`` because it reads that one phrase
and no more.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.word_classes import alternation

_OF = r"on\s+behalf\s+of\s+(?:all\s+)?"
# What may open a sentence before its fronted phrase: white space and opening quotes.
_OPENING = re.compile(r"[\s\"\u201c\u2018']*")
# The article a party's name may have before it ("of the G7"): the party's mention starts
# after the phrase or after its article, and nowhere else.
_ARTICLE = re.compile(r"the\s+", re.IGNORECASE)
# The comma that ends a fronted phrase, and the subject opening the main clause after it.
_TO_SUBJECT = re.compile(r"[^,;:]*,\s*")
# A phrase set off right after the subject: "X, speaking on behalf of …".
_AFTER_SUBJECT = re.compile(r",\s*")
# The party's name closing the sentence, then closing punctuation and quotes: no clause's
# punctuation within (a dot only inside an abbreviation, "the U.K."), and no more words
# than a party's name with its members takes ("the European Union and its member states");
# anything longer goes on as a clause of its own.
_CLOSING_PARTY = re.compile(r"(?:[^,;:.!?]|\.(?=\w)){1,60}[\s.!?\"\u201d\u2019']*")


@cache
def _fronted() -> re.Pattern[str]:
    """A participle phrase or a bare "On behalf of" opening the sentence."""
    return re.compile(rf"(?i:(?:(?:{alternation('behalf_participles')})\s+)?{_OF})")


@cache
def _set_off() -> re.Pattern[str]:
    """A participle phrase, or a relative clause ("who spoke on behalf of"), right after
    the subject."""
    return re.compile(
        rf"(?i:(?:who\s+(?:(?:is|was|has|had)\s+)?(?:{alternation('behalf_verbs')})"
        rf"|{alternation('behalf_participles')})\s+{_OF})"
    )


@cache
def _closing() -> re.Pattern[str]:
    """A participle phrase after a comma, which may close the sentence. A relative clause
    there would be on the noun before it ("… met Ambassador X, who spoke on behalf of the
    EU."), not on the subject."""
    return re.compile(rf",\s*(?i:(?:{alternation('behalf_participles')})\s+{_OF})")


def spoken_for(text: str, s: Sentence, subject: Mention) -> ActorRef | None:
    """The party the subject speaks for, when a phrase on the subject names it
    ("Speaking on behalf of the G7 ambassadors, …"); None when there is none or it names
    no party the rules know."""
    # Only a phrase opening the sentence is fronted: "After Ambassador X, speaking on
    # behalf of the EU, left, the envoy said …" has none on the envoy.
    opened = _OPENING.match(text, s.start, subject.start)
    opening = opened.end() if opened is not None else s.start
    fronted = _fronted().match(text, opening, subject.start)
    if fronted is not None:
        party = _party(text, s, fronted.end())
        if party is not None and _opens_clause(text, party, subject):
            return party.ref
    after = _AFTER_SUBJECT.match(text, subject.end, s.end)
    set_off = _set_off().match(text, after.end(), s.end) if after is not None else None
    if set_off is not None:
        party = _party(text, s, set_off.end())
        if party is not None:
            return party.ref
    closing = closing_phrase(text, s, subject)
    if closing is not None:
        party = _party(text, s, closing.end())
        if party is not None:
            return party.ref
    return None


def closing_phrase(text: str, s: Sentence, subject: Mention) -> re.Match[str] | None:
    """The participle phrase that closes the sentence after the subject's clause ("…,
    speaking on behalf of the EU."): it says for whom the subject spoke, never what was
    said, so what was said ends before it, whoever it names."""
    for closing in _closing().finditer(text, subject.end, s.end):
        if _CLOSING_PARTY.fullmatch(text, closing.end(), s.end) is not None:
            return closing
    return None


def _party(text: str, s: Sentence, start: int) -> Mention | None:
    """The party named right after "on behalf of", perhaps after its article; a
    possessive ("on behalf of his government") names none of its own."""
    article = _ARTICLE.match(text, start)
    starts = {start, article.end()} if article is not None else {start}
    party = next((m for m in s.mentions if m.start in starts), None)
    if party is None or party.ref is None or party.possessive:
        return None
    return party


def _opens_clause(text: str, party: Mention, subject: Mention) -> bool:
    """The fronted phrase runs to its first comma and the subject opens the main clause
    right after it ("Speaking on behalf of the EU and its members, Ambassador X said …");
    a subject further on is another clause's, which the phrase is not on."""
    return _TO_SUBJECT.fullmatch(text, party.end, subject.start) is not None
