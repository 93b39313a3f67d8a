"""A source named before the statement it attributes: "As Vladimir Putin noted, the West
is ignoring …", "In the President's words, …", "In the opinion of the Russian side, …".

These are the fronted forms of a reporting clause (an "as"-clause of saying, a
prepositional phrase of viewpoint) and give the clause after the comma to the source
whatever that clause's subject is: "Western countries are ignoring" there is the
President's charge, not the West's stance. ("According to X, S" is read like "X said S"
instead, in ``sources``: S's subject holds when it says or takes a stance itself.)
The source must fill the phrase up to its comma, with nothing but a few words of time or
manner after its verb.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.patterns import WORD
from summarise.extraction.backends.baseline.postposed import Reporting
from summarise.extraction.backends.baseline.sentence import Sentence, relay
from summarise.extraction.backends.baseline.subjects import Predicate, SubjectReader

_AS = re.compile(r"[\s\u201c\"]*As\s+")
_IN_WORDS_OF = re.compile(r"[\s\u201c\"]*In\s+the\s+(?:words|opinion|view|assessment)\s+of\s+")
_IN_OWN_WORDS = re.compile(r"[\s\u201c\"]*In\s+")
_VIEWPOINT = re.compile(r"\s*(?:own\s+)?(?:words|opinion|view|assessment)\s*,")
_COMMA = re.compile(r"\s*,")
_ARTICLE = re.compile(r"(?:[Tt]he\s+)?")
# Words of time or manner between the verb and the comma: "As Putin noted earlier,", an
# adverb ("-ly") or one that may stand before the verb too (the grammar's
# ``between_subject_and_verb``), or how often after it ("said before", "many times").
_AFTER_VERB_WORDS = 3
_HOW_OFTEN = frozenset({"before", "many", "times"})


def source_before(reader: SubjectReader, s: Sentence) -> Reporting | None:
    """The source and its verb (or viewpoint phrase) opening the sentence, and the
    statement after its comma; None when the sentence opens otherwise."""
    text = s.text
    opening = _AS.match(text, s.start, s.end)
    if opening is not None:
        m = _mention_at(s, opening.end(), possessive=False)
        if m is None:
            return None
        predicate = reader.predicate(s, m)
        if predicate is None or not _says(s, predicate):
            return None
        comma = _comma_after(s, predicate.end)
        return None if comma is None else Reporting(m, predicate, comma, s.end)
    of = _IN_WORDS_OF.match(text, s.start, s.end)
    if of is not None:
        m = _mention_at(s, of.end(), possessive=False)
        if m is None:
            return None
        end = _COMMA.match(text, m.end, s.end)
        span = Predicate(of.start(), of.end(), True)
        return None if end is None else Reporting(m, span, end.end(), s.end)
    own = _IN_OWN_WORDS.match(text, s.start, s.end)
    if own is None:
        return None
    m = _mention_at(s, own.end(), possessive=True)
    if m is None:
        return None
    viewpoint = _VIEWPOINT.match(text, m.end, s.end)
    if viewpoint is None:
        return None
    span = Predicate(own.start(), viewpoint.end(), True)
    return Reporting(m, span, viewpoint.end(), s.end)


def _mention_at(s: Sentence, pos: int, *, possessive: bool) -> Mention | None:
    """The mention at ``pos``, an article before it allowed ("the Russian side" is one
    mention, "the President" another after its article)."""
    m = next((m for m in s.mentions if m.start >= pos), None)
    if m is None or _ARTICLE.fullmatch(s.text, pos, m.start) is None:
        return None
    if m.adjective or m.possessive != possessive:
        return None
    if m.kind not in ("person", "office", "body", "pronoun", "side"):
        return None
    return m


def _says(s: Sentence, predicate: Predicate) -> bool:
    """A verb of saying: "as"-clauses of other verbs are of time or cause ("As Russia
    threatens Ukraine, …")."""
    return s.scan.at(load_lexicon().speech, predicate.start, predicate.end) is not None


def _comma_after(s: Sentence, pos: int) -> int | None:
    """Where the statement starts: after the comma closing the "as"-clause."""
    comma = s.text.find(",", pos, s.end)
    if comma < 0:
        return None
    words = [w.lower() for w in WORD.findall(s.text, pos, comma) if w[:1].isalnum()]
    if len(words) > _AFTER_VERB_WORDS:
        return None
    between = load_grammar().between_subject_and_verb
    if any(w not in between and w not in _HOW_OFTEN and not w.endswith("ly") for w in words):
        return None
    return comma + 1


def relayed_before(reader: SubjectReader, s: Sentence) -> None:
    """In someone's own words, a person named as the fronted source ("As the President has
    said again and again, our troops are not and will not be engaged …", "As Chancellor Berg
    noted yesterday, …") holds the statement after the comma, which the speaker relays (the
    guide: a view a speaker attributes to another party is theirs; the same reading as a
    frame before a colon, ``colon_sayers``). The speaker's own "As I have said" and a
    pronoun ("As he said") are left as they are."""
    after = source_before(reader, s)
    if after is None or after.speaker.kind not in ("person", "office"):
        return
    statement = (after.statement_start, after.statement_end)
    relay(s, after.speaker, statement, after.verb.span, speech_only=True, says=True)
