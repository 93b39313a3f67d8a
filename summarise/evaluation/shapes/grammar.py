"""The grammar the shape rewrites share: a sentence's opening subject and its verb, the verb
classes they recognise, the openers that must stay first, and what ends a plain statement.
Written from English grammar, never from the rules the rewrites test."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from summarise.evaluation.shapes.edits import Edit
from summarise.evaluation.shapes.names import Document

# A rewrite of the sentence ``document.text[start:end]``, or None where it does not apply.
Rewriter = Callable[[Document, int, int], Edit | None]

# A date or time already said: a second one would contradict it.
TIME = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December|[Tt]oday|[Yy]esterday"
    r"|[Tt]omorrow|[Tt]onight|[Ee]arlier|[Ll]ater|ago|recently|[Tt]his (?:morning|afternoon"
    r"|evening|week|month|year)|[Ll]ast (?:night|week|month|year)|\d{4})\b"
)

# Past forms of verbs of saying and of stating a view: the main verbs a subject reports with.
SAYING = (
    "said|stated|added|noted|announced|declared|confirmed|explained|told reporters"
    "|told journalists|told a news conference|told a press conference"
)
VIEW = (
    "warned|urged|accused|denied|condemned|welcomed|reiterated|stressed|emphasised|emphasized"
    "|expressed|insisted|demanded|rejected|threatened|pledged|promised|affirmed|reaffirmed"
    "|underscored|underlined|highlighted|voiced|praised|criticised|criticized|dismissed"
    "|argued|claimed|cautioned|vowed|appealed|thanked|called on|called for"
)
# Verbs of a view that follow their statement as well as they precede it ("…, he warned");
# only with "that" before the move, since without it they take objects.
POSTPOSED_VIEW = (
    "warned|stressed|emphasised|emphasized|insisted|argued|claimed|cautioned|reiterated"
    "|underlined|underscored|affirmed|reaffirmed"
)
CONTACT = "spoke|met|held|visited|hosted|received|discussed|talked"

# Lower-case words a reporting subject may hold ("the Kremlin spokesman", "Minister of
# Foreign Affairs"): articles, joining words and the nouns of offices.
SUBJECT_LOWER = frozenset(
    [
        "the",
        "of",
        "for",
        "and",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "ministry",
        "secretary",
        "president",
        "ambassador",
        "official",
        "officials",
        "foreign",
        "defence",
        "defense",
        "press",
        "deputy",
        "envoy",
        "representative",
        "chief",
        "head",
        "senior",
        "state",
        "affairs",
        "general",
        "prime",
        "vice",
        "national",
        "security",
        "adviser",
        "advisor",
        "office",
        "department",
        "government",
        "administration",
        "permanent",
        "leaders",
        "sides",
        "parties",
        "allies",
        "partners",
        "presidents",
        "ministers",
    ]
)
PRONOUNS = frozenset({"He", "She", "They", "We", "I", "It"})
# A statement holding one of these may refer back to its reporting clause's subject: moved
# before that subject, it would point forward to someone not yet named.
BACK_REFERENCE = frozenset(
    ["he", "she", "his", "her", "him", "they", "their", "them", "we", "our", "us", "i", "my", "me"]
)
# Words a clause can open with after "said" with no "that" ("said the talks had ended");
# not "this" or "such", which may be the object itself ("said this during the visit").
DETERMINERS = frozenset(["the", "a", "an", "all", "no", "any", "both", "each", "every"])
# Sentence openers that must stay first: joining words, and adverbials already fronted.
STAYS_FIRST = frozenset(
    [
        "and",
        "but",
        "or",
        "so",
        "yet",
        "however",
        "meanwhile",
        "moreover",
        "furthermore",
        "also",
        "nevertheless",
        "still",
        "instead",
        "indeed",
        "thus",
        "therefore",
        "then",
        "now",
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "as",
        "when",
        "while",
        "if",
        "although",
        "though",
        "since",
        "following",
        "despite",
        "speaking",
        "according",
        "asked",
        "further",
        "finally",
        "first",
        "second",
        "third",
        "separately",
        "additionally",
        "later",
        "earlier",
        "today",
        "yesterday",
    ]
)

SUBJECT_WORD = r"[A-Za-z][\w\u2019'.-]*"


@dataclass(frozen=True)
class Subject:
    """A reporting subject at the start of a sentence and the verb after it, in offsets
    of the document."""

    start: int
    end: int
    words: list[str]
    verb: str
    verb_end: int


def subject_at(document: Document, start: int, end: int, verbs: str) -> Subject | None:
    """The sentence's subject when it opens the sentence and is a name, an office or a
    body (capitalised words and the lower-case words of offices), followed by a verb of
    ``verbs`` ("also", "then" or "again" may stand between); None for any other opening."""
    sentence = document.text[start:end]
    found = re.match(rf"((?:{SUBJECT_WORD} ){{1,9}}?)(?:also |then |again )?({verbs})\b", sentence)
    if found is None:
        return None
    words = found.group(1).split()
    if not words[0][:1].isupper():
        return None
    if any(not (w[:1].isupper() or w in SUBJECT_LOWER) for w in words):
        return None
    if len(words) > 1 and words[0] in PRONOUNS:
        return None
    # "That said, …", "As noted, …": a fixed opener, not a subject and its verb.
    if words[0] in {"That", "This", "As"} or sentence[found.end(2) : found.end(2) + 1] == ",":
        return None
    return Subject(
        start=start,
        end=start + len(found.group(1).rstrip()),
        words=words,
        verb=found.group(2),
        verb_end=start + found.end(2),
    )


def subject_recased(document: Document, subject: Subject) -> str:
    """The subject's first word as it reads in mid-sentence."""
    first = subject.words[0]
    following = subject.words[1] if len(subject.words) > 1 else ""
    return first if document.keeps_capital(first, following) else first.lower()


def statement_end(sentence: str) -> int | None:
    """Where a plain statement ends (its full stop), None for a question, an exclamation,
    a heading or a sentence ending in a quotation."""
    stripped = sentence.rstrip()
    if not stripped.endswith(".") or "\n" in stripped:
        return None
    return len(stripped) - 1


# A transcript's speaker label ("MS. PSAKI:", "Foreign Minister Sergei Lavrov:", "Q"): in a
# transcript an inserted paragraph would be someone's words.
LABEL = re.compile(r"^(?:Q\b|[A-Z][\w.\u2019' -]{0,60}:)", re.MULTILINE)
