"""The reporting clause after an unquoted statement: "Russia will face severe consequences
if it invades, Polish President Jan Nowak warned on Monday."

English puts the reporting clause of indirect speech after the statement as freely as
before it, and then drops "that" (the reporting clause as a comment clause, in the
grammars of Quirk et al. and Huddleston & Pullum): "…, X said", "…, said X" (the subject
after its verb, most often with "said"), "…, according to X". The sentence's first
mention is then not the speaker but a party the statement is about, so the clause is
only taken when it closes the sentence: after one of its last commas, a speaker with a verb of
saying or of stance (or "according to" and a speaker), and after them nothing but when,
where, how or to whom it was said ("on Monday", "in Brussels", "told reporters").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.patterns import OPTIONAL_THE, WORD
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.subjects import Predicate, SubjectReader

# Commas tried from the end: the reporting clause may hold an apposition of its own
# ("…, said Jan Nowak, the Polish president", "…, the minister, Jan Nowak, said").
_COMMAS = 3
# How far before the last comma a reporting verb may stand ("…, said Jan Nowak, the
# Polish president"): a name and a title.
_REACH = 60
# A statement long enough to be a clause, not an introductory phrase ("After the talks,").
_STATEMENT_WORDS = 4
# What may follow the reporting verb: a few words of time, place, manner or addressee.
_TAIL_WORDS = 10
_SPACE = re.compile(r"\s*")
# Words that open the circumstances of the saying, after the verb and its speaker.
_TAIL_OPENERS = frozenset(
    {
        "today",
        "tonight",
        "yesterday",
        "earlier",
        "later",
        "late",
        "this",
        "last",
        "again",
        "also",
        "repeatedly",
        "separately",
        "reporters",
        "journalists",
    }
)
# "told reporters", "told Sky News": the verb's addressee follows it.
_TOLD = re.compile(r"t[eo]l(?:d|ls)\b", re.IGNORECASE)
_FINITE_VERB = re.compile(r"[a-z]+(?:ed|s)")
# Words of a finite clause: after the reporting clause they open a statement of their own.
_FINITE = frozenset(
    {
        "will",
        "would",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "can",
        "could",
        "must",
        "should",
        "may",
        "might",
        "shall",
        "did",
        "does",
        "do",
    }
)
# An apposition naming the speaker again: "…, said Jan Nowak, the Polish president".
_APPOSITION = re.compile(r"\s*,\s*(?:the|a|an)\s", re.IGNORECASE)
_LEAD_WORDS = frozenset({"and", "but", "so", "yet", "still", "however"})
# An introductory phrase is no statement: "After the talks in Geneva, Blinken said."
_INTRODUCTORY = frozenset(
    {"after", "before", "when", "while", "as", "if", "since", "following", "asked", "speaking"}
)


@dataclass(frozen=True)
class Reporting:
    """A reporting clause or source phrase apart from the statement it attributes, and
    where that statement stands."""

    speaker: Mention
    verb: Predicate
    statement_start: int
    statement_end: int


def reporting_after(reader: SubjectReader, s: Sentence) -> Reporting | None:
    """The speaker and reporting verb of a clause closing the sentence, when the sentence
    before it is a statement; None when the sentence has no such clause."""
    text = s.text
    last = text.rfind(",", s.start, s.end)
    if last <= s.start:
        return None
    # The cheap test first: a verb of saying or stance, or "according to", near the end.
    lexicon, reach = load_lexicon(), max(s.start, last - _REACH)
    if not any(s.scan.first(p, reach, s.end) for p in (lexicon.speech, lexicon.stances)) and (
        s.scan.first(lexicon.postposed, last, s.end) is None
    ):
        return None
    comma = s.end
    for _ in range(_COMMAS):
        comma = text.rfind(",", s.start, comma)
        if comma <= s.start:
            return None
        if reader.zones.at(comma) is not None:
            return None  # a quotation's own comma: its reporting clause is read elsewhere
        found = _inverted(s, comma + 1) or _subject_first(reader, s, comma + 1)
        if found is not None:
            return Reporting(found[0], found[1], s.start, comma) if _statement(s, comma) else None
    return None


def _statement(s: Sentence, comma: int) -> bool:
    words = [w.lower() for w in WORD.findall(s.text, s.start, comma) if w[:1].isalnum()]
    if len(words) < _STATEMENT_WORDS:
        return False
    grammar = load_grammar()
    while words and words[0] in _LEAD_WORDS:
        words = words[1:]
    opener = words[0] if words else ""
    inner_comma = s.text.find(",", s.start, comma) >= 0
    return inner_comma or not (opener in _INTRODUCTORY or opener in grammar.prepositions)


def _speaker_at(s: Sentence, pos: int) -> Mention | None:
    """The mention opening ``text[pos:]`` after an optional "the", if it can speak."""
    lead = _SPACE.match(s.text, pos, s.end)
    at = lead.end() if lead is not None else pos
    m = next((m for m in s.mentions if m.start >= at), None)
    if m is None or OPTIONAL_THE.fullmatch(s.text, at, m.start) is None:
        return None
    if m.possessive or m.adjective:
        return None
    if m.kind not in ("person", "office", "body", "pronoun") or (
        m.ref is None and m.kind == "body"
    ):
        return None
    return m


def _subject_first(
    reader: SubjectReader, s: Sentence, pos: int
) -> tuple[Mention, Predicate] | None:
    """ "…, Polish President Jan Nowak warned on Monday", "…, according to the Kremlin"."""
    lexicon = load_lexicon()
    lead = _SPACE.match(s.text, pos, s.end)
    at = lead.end() if lead is not None else pos
    according = s.scan.at(lexicon.postposed, at, s.end)
    if according is not None:
        m = _speaker_at(s, according.end())
        if m is None or (m.kind == "pronoun" and m.text.lower() not in ("him", "her", "them")):
            return None
        ok = _tail(s, m.end, told=False)
        return (m, Predicate(according.start(), according.end(), True)) if ok else None
    m = _speaker_at(s, pos)
    if m is None:
        return None
    predicate = reader.predicate(s, m)
    if predicate is None or not _reporting(s, predicate):
        return None
    told = _TOLD.match(s.text, predicate.start, predicate.end) is not None
    return (m, predicate) if _tail(s, predicate.end, told=told) else None


def _inverted(s: Sentence, pos: int) -> tuple[Mention, Predicate] | None:
    """ "…, said the Foreign Minister", "…, warned Mr Nowak": the verb before its subject."""
    lead = _SPACE.match(s.text, pos, s.end)
    at = lead.end() if lead is not None else pos
    verb = s.scan.at(load_lexicon().speech, at, s.end) or s.scan.at(
        load_lexicon().stances, at, s.end
    )
    if verb is None or not verb.group()[:1].islower():
        return None
    m = _speaker_at(s, verb.end())
    if m is None or m.kind == "pronoun":
        return None
    predicate = Predicate(verb.start(), verb.end(), True)
    return (m, predicate) if _tail(s, m.end, told=False) else None


def _reporting(s: Sentence, predicate: Predicate) -> bool:
    """A verb of saying, or a finite verb of stance that reports speech ("warned",
    "urged"); not a stance phrase ("will bear the responsibility")."""
    lexicon = load_lexicon()
    if s.scan.at(lexicon.speech, predicate.start, predicate.end) is not None:
        return True
    return (
        s.scan.at(lexicon.stances, predicate.start, predicate.end) is not None
        and _FINITE_VERB.fullmatch(s.text, predicate.start, predicate.end) is not None
    )


def _tail(s: Sentence, pos: int, *, told: bool) -> bool:
    """Nothing after the reporting clause but when, where, how or to whom it was said."""
    words = [w for w in WORD.findall(s.text, pos, s.end) if w[:1].isalnum()]
    if not words:
        return True
    if len(words) > _TAIL_WORDS:
        return False
    grammar = load_grammar()
    lowered = [w.lower() for w in words]
    if any(w in grammar.clause_openers or w in _FINITE or w == "that" for w in lowered):
        return False
    if any(pos <= m.start and m.kind in ("pronoun", "first") for m in s.mentions):
        return False  # a subject of its own
    lexicon = load_lexicon()
    if any(
        s.scan.first(p, pos, s.end) for p in (lexicon.stances, lexicon.speech, lexicon.punitive)
    ):
        return False
    first = lowered[0]
    if told:
        return True  # "told reporters in Berlin", "told Sky News on Friday"
    # A comma opens an apposition of the speaker: "…, said Jan Nowak, the Polish president".
    apposition = s.text[pos : s.end].lstrip().startswith(",")
    return (
        apposition
        or (first in grammar.prepositions and first != "to")  # not an infinitive
        or first in _TAIL_OPENERS
        or first.endswith("ly")
    )
