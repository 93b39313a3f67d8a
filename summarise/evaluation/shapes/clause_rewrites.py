"""Rewrites that change a sentence's clauses, not its words: two sentences joined as two
clauses, two statements of one subject coordinated in one sentence, a statement made a
fronted clause of time or a relative clause of the next one's subject, the subject said
again as a pronoun, the verb in the present perfect, a held contact in the passive.

Each keeps who said or did what; each declines where the join, the pronoun or the verb
form would be in doubt (two people a pronoun could stand for, a time that a present
perfect cannot take, a list where a clause is expected).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarise.evaluation.shapes.edits import Edit, Piece
from summarise.evaluation.shapes.grammar import (
    CONTACT,
    LABEL,
    PRONOUNS,
    SAYING,
    STAYS_FIRST,
    TIME,
    VIEW,
    Subject,
    statement_end,
    subject_at,
    subject_recased,
)
from summarise.evaluation.shapes.names import Document, is_name_word, is_office

# The verbs a statement's subject opens: saying, a view, a contact.
_STATEMENT_VERBS = f"{SAYING}|{VIEW}|{CONTACT}"


def _previous(document: Document, start: int) -> tuple[int, int] | None:
    """The sentence just before ``start`` in the same paragraph, if it is a plain statement
    with no quotation, colon or semicolon of its own."""
    before = [s for s in document.sentences if s[1] <= start]
    if not before:
        return None
    prev_start, prev_end = before[-1]
    previous = document.text[prev_start:prev_end]
    if document.text[prev_end:start] != " " or statement_end(previous) is None:
        return None
    if re.search(r"[;:\u201c\u201d\"]", previous):
        return None
    last = previous.rstrip(".").split()[-1]
    if "." in last or (last[:1].isupper() and len(last) <= 3):
        return None  # an abbreviation ends it ("the U.S.", "the EU"): not a plain stop
    return prev_start, prev_end


def joined_clauses(document: Document, start: int, end: int) -> Edit | None:
    """The sentence joined to the one before it in its paragraph as the second of two
    clauses ("The talks ended; the minister said …"); declined after a sentence that does
    not end plainly (a quotation, an abbreviation, a colon) and before a sentence whose
    opener must stay first."""
    sentence = document.text[start:end]
    found = _previous(document, start)
    if found is None or statement_end(sentence) is None:
        return None
    prev_end = found[1]
    first = re.match(r"[A-Za-z][\w\u2019'.-]*", sentence)
    if first is None or not sentence[0].isupper() or first.group(0).lower() in STAYS_FIRST:
        return None
    if LABEL.match(sentence) or sentence[first.end() : first.end() + 1] == ",":
        return None
    word = first.group(0)
    following = sentence[len(word) :].split()[:1]
    recased = (
        word if document.keeps_capital(word, following[0] if following else "") else word.lower()
    )
    stop = prev_end - 1
    return Edit(
        "joined_clauses",
        (Piece(stop, start, "; "), Piece(start, start + 1, recased[0])),
    )


# Verbs whose past participle is not their past: the rest of the classes end in -ed, or
# keep one form ("said", "told", "met", "held").
_PARTICIPLES = {"spoke": "spoken"}
# Plural heads of a subject, which take "have".
_PLURAL = frozenset(
    [
        "leaders",
        "officials",
        "sides",
        "parties",
        "presidents",
        "ministers",
        "countries",
        "allies",
        "partners",
        "members",
    ]
)


def present_perfect(document: Document, start: int, end: int) -> Edit | None:
    """ "X warned that …" → "X has warned that …": the report as a present perfect, with
    "has" or "have" by the subject's number; declined where a time is said (a present
    perfect takes none) and where the number is in doubt (a name ending in -s)."""
    sentence = document.text[start:end]
    if statement_end(sentence) is None or TIME.search(sentence):
        return None
    subject = subject_at(document, start, end, f"{SAYING}|{VIEW}|{CONTACT}")
    if subject is None:
        return None
    last = subject.words[-1]
    if "and" in subject.words:
        return None
    # The pronouns first: "We", "They" and "I" are capitalised too, and take "have".
    if last in {"We", "They", "I"} or last.lower() in _PLURAL:
        auxiliary = "have"
    elif last in {"He", "She", "It"} or (last[:1].isupper() and not last.endswith("s")):
        auxiliary = "has"
    else:
        return None
    verb_start = subject.verb_end - len(subject.verb)
    first, _, tail = subject.verb.partition(" ")
    participle = _PARTICIPLES.get(first, first) + (f" {tail}" if tail else "")
    # "also stressed" → "has also stressed": the auxiliary before the adverb.
    adverb = document.text[subject.end : verb_start].strip()
    words = " ".join(w for w in (auxiliary, adverb, participle) if w)
    return Edit("present_perfect", (Piece(subject.end + 1, subject.verb_end, words),))


def _stands_for(document: Document, first: Subject, second: Subject, end: int) -> bool:
    """Whether the second sentence's pronoun subject can only be the first's subject: "It"
    after a body, "They" after a plural, "He"/"She" after a person when the first sentence
    names nobody else ("X called European leaders. They …" are the leaders)."""
    if len(second.words) != 1 or first.words[0] in PRONOUNS:
        return False
    pronoun, last = second.words[0], first.words[-1]
    rest = document.text[first.verb_end : end]
    if pronoun == "They":
        return last.lower() in _PLURAL and not re.search(r"\b[a-z]+s\b", rest)
    if pronoun in {"He", "She"}:
        return is_name_word(last) and not re.search(r"[A-Z][a-z]+ [A-Z][a-z]+|leaders", rest)
    return pronoun == "It" and not is_name_word(last) and last.lower() not in _PLURAL


@dataclass(frozen=True)
class _Pair:
    """Two plain statements in a row, each opening with its subject: what
    ``subordinate_after`` and ``relative_clause`` turn into one sentence."""

    next_start: int
    next_end: int
    stop: int
    first: Subject
    second: Subject


def _statement_pair(document: Document, start: int, end: int) -> _Pair | None:
    """The sentence ``start:end`` and the one right after it, when that one is its plain
    previous sentence (``_previous``), the first ends in a full stop and both open with
    the subject of a verb of saying or stance."""
    text = document.text
    after = [s for s in document.sentences if s[0] >= end]
    full_stop = statement_end(text[start:end])
    if not after or full_stop is None or _previous(document, after[0][0]) != (start, end):
        return None
    next_start, next_end = after[0]
    first = subject_at(document, start, end, _STATEMENT_VERBS)
    second = subject_at(document, next_start, next_end, _STATEMENT_VERBS)
    if first is None or second is None:
        return None
    return _Pair(next_start, next_end, start + full_stop, first, second)


def coordinated(document: Document, start: int, end: int) -> Edit | None:
    """ "X condemned A. X (or he) demanded B." → "X condemned A and demanded B.": the
    sentence joined to the one before it when both open with the same subject (or the
    second with a pronoun) and a past verb, the second subject dropped as coordination
    drops it; declined where the first already joins two things with "and"."""
    found = _previous(document, start)
    if found is None or statement_end(document.text[start:end]) is None:
        return None
    first = subject_at(document, found[0], found[1], _STATEMENT_VERBS)
    second = subject_at(document, start, end, _STATEMENT_VERBS)
    if first is None or second is None:
        return None
    # The same subject, or the pronoun standing for it in the next sentence ("The Kremlin
    # rejected A. It demanded B.", "X condemned A. She demanded B.").
    if first.words != second.words and not _stands_for(document, first, second, found[1]):
        return None
    if "and" in first.words:
        return None
    if " and " in document.text[first.verb_end : found[1]]:
        return None
    stop = found[1] - 1
    return Edit("coordinated", (Piece(stop, second.end + 1, " and "),))


def subordinate_after(document: Document, start: int, end: int) -> Edit | None:
    """ "X warned that S. Y replied T." → "After X warned that S, Y replied T.": the
    sentence as a fronted clause of time before the next one, both past statements that
    open with their subjects, so the order the text told them in is kept."""
    text = document.text
    pair = _statement_pair(document, start, end)
    if pair is None or TIME.search(text[start : pair.next_end]):
        return None
    if "," in text[start:end] or statement_end(text[pair.next_start : pair.next_end]) is None:
        return None
    return Edit(
        "subordinate_after",
        (
            Piece(start, start, "After "),
            Piece(start, start + 1, subject_recased(document, pair.first)[0]),
            Piece(start + 1, pair.stop, text[start + 1 : pair.stop]),
            Piece(pair.stop, pair.next_start + 1, ", " + subject_recased(document, pair.second)[0]),
        ),
    )


def relative_clause(document: Document, start: int, end: int) -> Edit | None:
    """ "X warned that S. X (or He) also said T." → "X, who warned that S, also said T.":
    the sentence as a relative clause on the subject of the next one, when the next opens
    with the same subject or a pronoun that can stand only for it."""
    text = document.text
    pair = _statement_pair(document, start, end)
    if pair is None or pair.first.words[0] in PRONOUNS:
        return None
    first, second, stop = pair.first, pair.second, pair.stop
    if first.words != second.words and not _stands_for(document, first, second, end):
        return None
    if "," in text[start:end] or not _is_someone(first.words):
        return None
    return Edit(
        "relative_clause",
        (
            Piece(first.end, first.end, ", who"),
            Piece(first.end, stop, text[first.end : stop]),
            Piece(stop, second.end, ","),
        ),
    )


def _is_someone(words: list[str]) -> bool:
    """A person or an office holder, whom "who" fits (a body takes "which")."""
    bare = [w for w in words if w not in {"The", "the"}]
    return is_name_word(bare[-1]) or is_office(" ".join(bare))


_GENDERED = {"he": "He", "him": "He", "his": "He", "she": "She", "her": "She", "hers": "She"}


def _gender(document: Document, surname: str) -> str | None:
    """The pronoun the document itself gives persons: "He" or "She" when it writes only
    one of the two, or an honorific before ``surname`` ("Mr Lavrov"); None if in doubt."""
    honorific = re.search(rf"\b(Mr|Mrs|Ms|Miss)\.? {re.escape(surname)}\b", document.text)
    if honorific is not None:
        return "He" if honorific.group(1) == "Mr" else "She"
    pronouns = {_GENDERED[w] for w in re.findall(r"\b[a-z]+\b", document.text) if w in _GENDERED}
    return pronouns.pop() if len(pronouns) == 1 else None


def pronoun_subject(document: Document, start: int, end: int) -> Edit | None:
    """ "X met Y. X said that …" or "President X met Y. The President said …" → "He said
    that …": the person the sentence before opened with, named again as its pronoun. The
    pronoun is the document's own (see ``_gender``), never guessed; declined where the
    sentence before opens with someone else."""
    found = _previous(document, start)
    if found is None or statement_end(document.text[start:end]) is None:
        return None
    second = subject_at(document, start, end, _STATEMENT_VERBS)
    if second is None or second.words[0] in PRONOUNS or "and" in second.words:
        return None
    previous = document.text[found[0] : found[1]]
    opening = re.match(r"(?:[A-Z][\w\u2019.-]*(?: |$)|(?:of|the) )+", previous)
    if opening is None:
        return None
    before = opening.group(0).split()
    words = [w for w in second.words if w not in {"The", "the"}]
    if is_name_word(words[-1]):
        same = words[-1] in before
    else:
        same = " ".join(words) in " ".join(before) and is_name_word(before[-1])
    if not same or " and " in opening.group(0):
        return None
    pronoun = _gender(document, before[-1] if not is_name_word(words[-1]) else words[-1])
    if pronoun is None:
        return None
    return Edit("pronoun_subject", (Piece(second.start, second.end, pronoun),))


_HELD = re.compile(
    r"(?:held (?P<what>talks|a meeting|a (?:tele)?phone conversation|a video call))"
    r" with (?P<other>(?:(?:[A-Z][\w\u2019'.-]*|of|the) )*?[A-Z][\w\u2019'.-]*)"
    r"(?P<tail> (?:in|at) (?:the )?[A-Z][\w\u2019'-]*(?: [A-Z][\w\u2019'-]*)*)?\.\s*\Z"
)
_PASSIVE = {"talks": "Talks were held", "a meeting": "A meeting was held"}


def passive_contact(document: Document, start: int, end: int) -> Edit | None:
    """ "X held talks with Y (in P)." → "Talks were held between X and Y (in P).": a held
    contact in the passive, its parties after "between"; declined where Y is not one
    name (a list, a clause after it)."""
    sentence = document.text[start:end]
    subject = subject_at(document, start, end, "held")
    if subject is None or subject.words[0] in PRONOUNS:
        return None
    found = _HELD.match(sentence, subject.verb_end - start - len("held"))
    if found is None or " and " in found["other"]:
        return None
    what = found["what"]
    opening = _PASSIVE[what] if what in _PASSIVE else f"A {what.split(' ', 1)[1]} was held"
    other_start = start + found.start("other")
    first_end = subject.start + len(subject.words[0])
    return Edit(
        "passive_contact",
        (
            Piece(subject.start, subject.start, f"{opening} between "),
            Piece(subject.start, first_end, subject_recased(document, subject)),
            Piece(first_end, subject.end, document.text[first_end : subject.end]),
            Piece(subject.end, other_start, " and "),
        ),
    )
