"""Meaning-preserving rewrites of one sentence of an article: the same fact in another shape.

Each is a general English transformation a careful writer makes without changing who said
what: a fronted time adverbial, the reporting clause moved after the statement or made
"according to" its speaker, a participle or an apposition after the named subject, a later
mention by surname, a time adverbial between the verb and its complement, an unrelated
sentence before the paragraph.
Each either applies cleanly or declines (returns None): when the sentence's shape is not the
one the rewrite knows for sure, it declines rather than write English nobody would write.
They read the text and the shared actor vocabulary only, never the rules they test.
"""

from __future__ import annotations

import re

from summarise.evaluation.shapes.edits import Edit, Piece
from summarise.evaluation.shapes.grammar import (
    BACK_REFERENCE,
    CONTACT,
    DETERMINERS,
    LABEL,
    POSTPOSED_VIEW,
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
from summarise.evaluation.shapes.names import (
    Document,
    is_name_word,
    is_office,
    recase_title,
)


def fronted_time(document: Document, start: int, end: int) -> Edit | None:
    """ "On Tuesday, " before a statement whose main verb is a past verb of saying, of a
    view or of a contact ("On Tuesday, the minister said …"); declined where a time is
    already said, where another opener must stay first, or where the tense would clash."""
    sentence = document.text[start:end]
    if statement_end(sentence) is None or TIME.search(sentence):
        return None
    first = re.match(r"[A-Za-z][\w\u2019'.-]*", sentence)
    if first is None or not sentence[0].isupper() or first.group(0).lower() in STAYS_FIRST:
        return None
    if subject_at(document, start, end, f"{SAYING}|{VIEW}|{CONTACT}") is None:
        return None
    return _fronted(document, start, sentence, first.group(0), "fronted_time", "On Tuesday, ")


def fronted_phrase(document: Document, start: int, end: int) -> Edit | None:
    """ "At the same time, " before a statement of any tense that opens with its subject
    ("At the same time, Russia has massed …"); declined where another opener must stay
    first, at a speaker's label and in a quotation."""
    sentence = document.text[start:end]
    if statement_end(sentence) is None or "at the same time" in sentence.lower():
        return None
    first = re.match(r"[A-Za-z][\w\u2019'.-]*", sentence)
    if first is None or not sentence[0].isupper() or first.group(0).lower() in STAYS_FIRST:
        return None
    # An opener followed by its comma ("Well, …", "Yes, …") is an interjection or fronted.
    opener = sentence[first.end() : first.end() + 1] == "," and first.group(0) not in PRONOUNS
    if LABEL.match(sentence) or first.group(0).endswith("ing") or opener:
        return None
    return _fronted(
        document, start, sentence, first.group(0), "fronted_phrase", "At the same time, "
    )


def _fronted(
    document: Document, start: int, sentence: str, word: str, rewrite: str, adverbial: str
) -> Edit:
    following = sentence[len(word) :].split()[:1]
    recased = (
        word if document.keeps_capital(word, following[0] if following else "") else word.lower()
    )
    return Edit(rewrite, (Piece(start, start, adverbial), Piece(start, start + 1, recased[0])))


def _reported_clause(
    document: Document, start: int, end: int, subject: Subject
) -> tuple[int, int] | None:
    """Where the statement S of "X said (that) S." begins and where its full stop stands,
    when S is plainly a clause of its own that can stand apart from X."""
    sentence = document.text[start:end]
    after = sentence[subject.verb_end - start :]
    stop = statement_end(sentence)
    if stop is None:
        return None
    plain = re.match(r"( that)? (\S)", after)
    if plain is None:
        return None
    clause_start = subject.verb_end + plain.start(2)
    clause = document.text[clause_start : start + stop]
    if ";" in clause or ":" in clause or len(clause.split()) < 3:
        return None
    # A person's pronoun anywhere in S would point forward to X once X follows; a second
    # "that" clause ("…, and that …") would be left without its verb.
    if BACK_REFERENCE & set(re.findall(r"[a-z]+", clause.lower())):
        return None
    if re.search(r"\b(?:and|but|or) that\b", clause):
        return None
    if plain.group(1) is None:
        # Only "said" takes a clause with no "that" and nothing else: "noted the
        # potential" and "added reports" have an object, not a statement.
        if subject.verb != "said":
            return None
        first = clause.split()[0]
        if not (first[:1].isupper() or first in DETERMINERS) or TIME.match(first):
            return None
        if " that " in " ".join(clause.split()[:5]):
            return None
    return clause_start, start + stop


def postposed_said(document: Document, start: int, end: int) -> Edit | None:
    """ "X said (that) S." → "S, X said."; 'X said: “S.”' → '“S,” X said.' Declined where
    S opens with a word pointing back to X, or where the clause after the verb is not
    plainly S (an adverbial, a second clause)."""
    sentence = document.text[start:end]
    subject = subject_at(document, start, end, f"{SAYING}|{POSTPOSED_VIEW}")
    if subject is None or subject.verb in {"announced", "declared", "confirmed", "explained"}:
        return None
    after = sentence[subject.verb_end - start :]
    if subject.verb not in SAYING.split("|") and not after.startswith(" that "):
        return None
    quoted = re.match(r"([:,] )([“\"])([^“”\"]+?)([.!?])([”\"])\s*\Z", after)
    if quoted is not None:
        return _postposed_quote(document, subject, quoted)
    found = _reported_clause(document, start, end, subject)
    if found is None:
        return None
    clause_start, period = found
    clause = document.text[clause_start:period]
    return Edit(
        "postposed_said",
        (
            Piece(clause_start, clause_start + 1, clause[0].upper()),
            Piece(clause_start + 1, period, clause[1:]),
            Piece(period, period + 1, ", "),
            Piece(
                subject.start,
                subject.start + len(subject.words[0]),
                subject_recased(document, subject),
            ),
            Piece(
                subject.start + len(subject.words[0]),
                subject.verb_end,
                document.text[subject.start + len(subject.words[0]) : subject.verb_end],
            ),
            Piece(subject.verb_end, clause_start, "."),
        ),
    )


def according_to(document: Document, start: int, end: int) -> Edit | None:
    """ "X said (that) S." → "According to X, S.": the source as a fronted phrase. Declined
    for a pronoun ("according to him" names no one new) and wherever "S, X said" is."""
    subject = subject_at(document, start, end, "said|stated")
    if subject is None or subject.words[0] in PRONOUNS:
        return None
    found = _reported_clause(document, start, end, subject)
    if found is None:
        return None
    clause_start = found[0]
    first_end = subject.start + len(subject.words[0])
    return Edit(
        "according_to",
        (
            Piece(subject.start, subject.start, "According to "),
            Piece(subject.start, first_end, subject_recased(document, subject)),
            Piece(first_end, subject.end, document.text[first_end : subject.end]),
            Piece(subject.end, clause_start, ", "),
        ),
    )


def _postposed_quote(document: Document, subject: Subject, quoted: re.Match[str]) -> Edit:
    base = subject.verb_end
    text = document.text
    opening = base + quoted.start(2)
    body = (base + quoted.start(3), base + quoted.end(3))
    stop = base + quoted.start(4)
    closing = base + quoted.start(5)
    mark = text[stop]
    first_end = subject.start + len(subject.words[0])
    return Edit(
        "postposed_said",
        (
            Piece(opening, opening + 1, text[opening]),
            Piece(body[0], body[1], text[body[0] : body[1]]),
            Piece(stop, stop + 1, "," if mark == "." else mark),
            Piece(closing, closing + 1, text[closing]),
            Piece(base, opening, " "),
            Piece(subject.start, first_end, subject_recased(document, subject)),
            Piece(first_end, base, text[first_end:base]),
            Piece(closing + 1, closing + 1, "."),
        ),
    )


def _is_person(subject: Subject) -> bool:
    """A named person ("Dmitry Peskov", "Foreign Minister Lavrov") or an office holder
    named by office ("The President", "the Kremlin spokesman"), not a body or a party."""
    words = subject.words
    if words[0] in PRONOUNS:
        return False
    if is_name_word(words[-1]):
        return True
    return words[0] in {"The", "the"} and is_office(" ".join(words[1:]))


def participle_subject(document: Document, start: int, end: int) -> Edit | None:
    """ ", speaking to reporters," after a person who says or states a view ("Dmitry
    Peskov, speaking to reporters, said …"); declined for a body, a country or a pronoun."""
    if statement_end(document.text[start:end]) is None:
        return None
    subject = subject_at(document, start, end, f"{SAYING}|{VIEW}")
    if subject is None or subject.verb.startswith("told") or not _is_person(subject):
        return None
    if subject.verb in {"announced", "declared", "confirmed"}:
        return None
    return Edit(
        "participle_subject", (Piece(subject.end, subject.end, ", speaking to reporters,"),)
    )


def _name_after_office(words: list[str]) -> int | None:
    """Where a person's name of two words or more begins after an office that precedes
    it ("Foreign Minister | Sergei Lavrov"), None if the words are not office then name."""
    split = len(words)
    while split > 0 and is_name_word(words[split - 1]):
        split -= 1
    title = [w for w in words[:split] if w not in {"The", "the"}]
    if len(words) - split < 2 or not title or "and" in title or not is_office(" ".join(title)):
        return None
    return split


def title_apposition(document: Document, start: int, end: int) -> Edit | None:
    """ "Foreign Minister Sergei Lavrov said …" → "Sergei Lavrov, the foreign minister,
    said …": the office moved after the name as an apposition, in lower case but for the
    parties in it."""
    if statement_end(document.text[start:end]) is None:
        return None
    subject = subject_at(document, start, end, f"{SAYING}|{VIEW}|{CONTACT}")
    if subject is None:
        return None
    split = _name_after_office(subject.words)
    if split is None:
        return None
    title = [w for w in subject.words[:split] if w not in {"The", "the"}]
    name_start = subject.start + len(" ".join(subject.words[:split])) + 1
    return Edit(
        "title_apposition",
        (
            Piece(name_start, subject.end, document.text[name_start : subject.end]),
            Piece(subject.start, name_start, f", the {recase_title(title)},"),
        ),
    )


_NAME_RUN = re.compile(
    r"(?<![\w\u2019'.-])(?:[A-Z][\w\u2019'.-]* )*[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?![\w-])"
)
_PARTICLES = frozenset(["von", "van", "der", "de", "da", "del", "al", "bin", "le", "la"])


def _titled_somewhere(document: Document, name: str) -> bool:
    """Whether the document writes ``name`` after an office or an honorific at least once,
    which tells a person's name from a place's or a body's."""
    for found in re.finditer(rf"((?:[\w.\u2019'-]+ ){{1,4}}){re.escape(name)}\b", document.text):
        before = found.group(1).split()
        # The office must stand right before the name: "President of the World Bank"
        # names a body's office, not a person "World Bank".
        if not before[-1][:1].isupper():
            continue
        for i in range(len(before)):
            if is_office(" ".join(before[i:])) or before[-1].rstrip(".").lower() in {
                "mr",
                "mrs",
                "ms",
                "dr",
            }:
                return True
    return False


def surname_later(document: Document, start: int, end: int) -> Edit | None:
    """A full name the document has already written, with the office before it, said
    again by surname alone ("Foreign Minister Sergei Lavrov" → "Lavrov"), as news writing
    names a person after the first mention."""
    text = document.text
    if statement_end(text[start:end]) is None:
        return None
    for run in _NAME_RUN.finditer(text, start, end):
        words = run.group(0).split()
        split = len(words)
        while split > 0 and is_name_word(words[split - 1]):
            split -= 1
        name_words = words[split:]
        if len(name_words) < 2:
            continue
        following = text[run.end() : run.end() + 5].split()[:1]
        if (following and following[0] in _PARTICLES) or text[run.end() : run.end() + 1] == ":":
            continue
        title = words[:split]
        if title and not is_office(" ".join(w for w in title if w not in {"The", "the"})):
            continue
        name = " ".join(name_words)
        if name not in text[:start] or not _titled_somewhere(document, name):
            continue
        region = run.start()
        if title and text[max(start, region - 4) : region] in {"the ", "The "}:
            region -= 4
        if region != start and text[region - 1 : region] not in {" ", "“", '"', "("}:
            continue
        return Edit("surname_later", (Piece(region, run.end(), name_words[-1]),))
    return None


_INSERT_AFTER = (
    # "said that" → "said on Tuesday that"
    re.compile(rf"\b(?:{SAYING}|{VIEW})(?= that\b)"),
    # "urged Russia to" → "urged Russia on Tuesday to"
    re.compile(
        r"\b(?:urged|called on|asked|told|warned|accused)(?: the)? (?:[A-Z][\w\u2019'.-]* ?){1,4}"
        r"(?= (?:to|that|of)\b)"
    ),
    # "spoke by phone with" → "spoke by phone on Tuesday with"
    re.compile(
        r"\b(?:spoke|talked|met|held talks|held a (?:phone |video )?call)(?: by phone)?(?= with\b)"
    ),
)


def inserted_time(document: Document, start: int, end: int) -> Edit | None:
    """ " on Tuesday" between a past verb and its complement ("said on Tuesday that",
    "urged Russia on Tuesday to", "spoke by phone on Tuesday with"); declined where a time
    is already said or the verb is a present perfect ("has said")."""
    sentence = document.text[start:end]
    if statement_end(sentence) is None or TIME.search(sentence):
        return None
    for pattern in _INSERT_AFTER:
        found = pattern.search(sentence)
        if found is None:
            continue
        if re.search(r"\b(?:has|have|had|will|would|to)\s*\Z", sentence[: found.start()]):
            return None
        at = start + found.end()
        if sentence[found.end() - 1] == " ":
            at -= 1
        return Edit("inserted_time", (Piece(at, at, " on Tuesday"),))
    return None


_NEUTRAL = "Further details were not immediately available."
_LIST = re.compile(r"(?:[-*•>#]|\d+[.)])")
_POINTS_BACK = frozenset(["this", "that", "these", "those", "it", "such", "both"])


def neutral_paragraph(document: Document, start: int, end: int) -> Edit | None:
    """A paragraph saying nothing of anyone ("Further details were not immediately
    available.") before the sentence's paragraph; declined before the first paragraph,
    in a list, anywhere in a transcript, and before a paragraph that opens by pointing back."""
    text = document.text
    paragraph = text.rfind("\n", 0, start) + 1
    if paragraph == 0 or not text[:paragraph].strip():
        return None
    opening = text[paragraph:end].split()[:1]
    if not opening or _LIST.match(text, paragraph) or LABEL.search(text):
        return None
    if opening[0].lower().strip("“\"'") in _POINTS_BACK:
        return None
    blank = text[paragraph - 2 : paragraph] == "\n\n"
    return Edit(
        "neutral_paragraph",
        (Piece(paragraph, paragraph, _NEUTRAL + ("\n\n" if blank else "\n"), joins=False),),
    )
