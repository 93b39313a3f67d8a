"""People and offices in running text: "President of Ukraine Volodymyr Zelenskyy",
"Chancellor Olaf Scholz of Germany", "Mr. Sullivan", "the Head of State".

No list of office holders is used: a capitalised run of words is split into a title (words
of the shared vocabulary's offices and countries, or title heads such as "Head of the Office
of …"), a personal name (the capitalised words that are neither) and a trailing "of
<country>". The title gives the person's office and country; a later "Putin" or "the
President" is resolved from what the article itself said (``people``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from summarise.actors import phrase_key, vocabulary
from summarise.actors.vocabulary import Phrase
from summarise.extraction.backends.baseline.lexicon import Grammar, load_grammar

_UPPER = "A-ZÀ-ÖØ-Þ"
# A capitalised word (with inner hyphens and apostrophes), an initial, a dotted
# abbreviation, or an honorific with its dot.
_CAP_TOKEN = re.compile(
    rf"[{_UPPER}\u0100-\u017f](?:(?:\.[{_UPPER}])+\.|(?<=[MDJS])r\.|(?<=M)r?s\.|"
    r"\.(?=\s)|\w*(?:[-'’]\w+)*)"
)
# What joins the capitalised words of one title or name.
_CONNECTORS = frozenset({"of", "the", "to", "for", "von", "der", "van", "de", "al", "da"})
_PARTICLES = frozenset({"von", "der", "van", "de", "al", "da"})
_POSSESSIVE = ("'s", "’s")
_SUFFIX = re.compile(r",?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV)\b")
_RUN_GAP = re.compile(r"[ \t]+|[ \t]*[-–—][ \t]*(?=[A-Z])")


@dataclass(frozen=True)
class Title:
    """What a title says: the office as written, the vocabulary's office and the country
    or body it belongs to."""

    text: str
    office: str | None
    country: str | None
    body: str | None = None


@dataclass(frozen=True)
class NamedRun:
    """A capitalised run of words read as an optional title and an optional name."""

    start: int
    end: int
    title: Title | None
    name: str | None
    name_start: int
    name_end: int
    leading_the: bool
    honorific: bool = False


@dataclass(frozen=True)
class _Tables:
    offices: dict[Phrase, str]
    countries: dict[Phrase, str]
    bodies: dict[Phrase, str]
    body_country: dict[str, str | None]
    outlets: dict[Phrase, str]
    longest: int


@cache
def _tables() -> _Tables:
    vocab = vocabulary()
    bodies = {key: org.name for key, org in vocab.organisation_phrases.items()}
    body_country = {org.name: org.country for org in vocab.organisations}
    for key, country in vocab.seat_phrases.items():
        bodies.setdefault(key, country)
        body_country.setdefault(country, country)
    return _Tables(
        offices=dict(vocab.office_phrases),
        countries=dict(vocab.country_phrases),
        bodies=bodies,
        body_country=body_country,
        outlets={key: outlet.name for key, outlet in vocab.outlet_phrases.items()},
        longest=vocab.longest_phrase,
    )


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word.replace(".", "")


def _longest(words: list[str], i: int, table: dict[Phrase, str], longest: int) -> int:
    for n in range(min(longest, len(words) - i), 0, -1):
        if tuple(words[i : i + n]) in table:
            return n
    return 0


@lru_cache(maxsize=4096)
def read_title(text: str) -> Title:
    """The office and country a title names ("Prime Minister of the United Kingdom").

    The office is the vocabulary office the title's head starts with, after any country or
    body words ("German Chancellor", "NATO Secretary General"); a title headed by another
    word ("Head of the Office of the President", "First Deputy Defence Minister") names an
    office of its own, so it gets none, whatever offices follow in its complement.
    """
    tables = _tables()
    words = [w for w in (_fold(t) for t in re.split(r"[\s\-–]+", text)) if w]
    office = country = body = None
    heads = load_grammar().title_words
    head_seen = False
    i = 0
    while i < len(words):
        n = _longest(words, i, tables.countries, tables.longest)
        if n:
            country = country or tables.countries[tuple(words[i : i + n])]
            i += n
            continue
        n = _longest(words, i, tables.bodies, tables.longest)
        if n:
            found = tables.bodies[tuple(words[i : i + n])]
            body = body or found
            country = country or tables.body_country.get(found)
            i += n
            continue
        n = _longest(words, i, tables.offices, tables.longest)
        if not head_seen and (n or words[i] in heads):
            head_seen = True
            if n:
                office = tables.offices[tuple(words[i : i + n])]
                i += n
                continue
        i += 1
    return Title(text=text.strip(), office=office, country=country, body=body)


def _kinds(words: list[str], grammar: Grammar) -> list[str]:
    """Each word of a run as "title" (part of an office, country, body or title head),
    "outlet", "connector" or "name"; vocabulary phrases are matched whole, so "United
    Kingdom" is a country and never a name."""
    tables = _tables()
    folded = [_fold(w) for w in words]
    kinds = ["name"] * len(words)
    i = 0
    while i < len(words):
        n = 0
        for table, kind in (
            (tables.offices, "title"),
            (tables.countries, "title"),
            (tables.bodies, "title"),
            (tables.outlets, "outlet"),
        ):
            n = _longest(folded, i, table, tables.longest)
            if n:
                kinds[i : i + n] = [kind] * n
                break
        if n:
            i += n
            continue
        word, token = folded[i], words[i]
        if word in _CONNECTORS and word not in _PARTICLES:
            kinds[i] = "connector"
        elif word in grammar.title_words or word in grammar.address_forms:
            kinds[i] = "title"
        elif token in grammar.not_names or token.rstrip("'’s") in grammar.not_names:
            kinds[i] = "title"
        elif token.isupper() and len(token) > 2:
            kinds[i] = "title"
        i += 1
    return kinds


def find_runs(text: str, start: int = 0, end: int | None = None) -> list[NamedRun]:
    """Every capitalised run in ``text[start:end]`` that holds a title, a name or both."""
    stop = len(text) if end is None else end
    runs: list[NamedRun] = []
    covered = -1
    for m in _runs().finditer(text, start, stop):
        for run_start, run_end in _possessive_pieces(text, m.start(), m.end()):
            if run_start < covered:
                continue
            run = _read_run_at(text[run_start:run_end], text[run_end : run_end + _SUFFIX_CONTEXT])
            if run is not None:
                runs.append(_shifted(run, run_start))
                covered = run.end + run_start
    return runs


@cache
def _runs() -> re.Pattern[str]:
    """A run of capitalised words joined by spaces, dashes before a capital, or a few
    lower-case title words and connectors ("Former UK ambassador to Ukraine Robert")."""
    token = _CAP_TOKEN.pattern
    joiners = "|".join(sorted(_CONNECTORS | _lower_title_words(), key=len, reverse=True))
    gap = rf"(?:[ \t]+(?:(?:{joiners})[ \t]+){{0,4}}|[ \t]*[-–—][ \t]*(?=[A-Z]))"
    return re.compile(rf"(?:{token})(?:{gap}(?:{token}))*")


def _possessive_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A possessive ends a run ("Russia's Armed Forces"), unless it belongs to a title
    ("the Head of the President's Office")."""
    span = text[start:end]
    if "'s" not in span and "’s" not in span:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for m in _CAP_TOKEN.finditer(text, start, end):
        if m.group().endswith(_POSSESSIVE) and not _title_of(text, (m.start(), m.end())):
            pieces.append((piece_start, m.end()))
            nxt = _CAP_TOKEN.search(text, m.end(), end)
            if nxt is None:
                return pieces
            piece_start = nxt.start()
    if piece_start < end:
        pieces.append((piece_start, end))
    return pieces


_SUFFIX_CONTEXT = 6


@lru_cache(maxsize=8192)
def _read_run_at(run: str, after: str) -> NamedRun | None:
    """One run read on its own text (offsets from 0): names and titles recur across and
    within articles, so each distinct run is read once."""
    text = run + after
    tokens = [(m.start(), m.end()) for m in _CAP_TOKEN.finditer(text, 0, len(run))]
    return _read_run(text, tokens, load_grammar())


def _shifted(run: NamedRun, by: int) -> NamedRun:
    return NamedRun(
        start=run.start + by,
        end=run.end + by,
        title=run.title,
        name=run.name,
        name_start=run.name_start + by,
        name_end=run.name_end + by,
        leading_the=run.leading_the,
        honorific=run.honorific,
    )


def _connected(gap: str) -> bool:
    """Lower-case words inside one title or name: "President of the Republic of Finland",
    "Ursula von der Leyen", "Former UK ambassador to Ukraine"."""
    words = gap.split()
    return (
        bool(words)
        and len(words) <= 4
        and all(w in _CONNECTORS or w in _lower_title_words() for w in words)
    )


@cache
def _lower_title_words() -> frozenset[str]:
    """Words of offices written in lower case ("deputy UN ambassador", "press secretary")."""
    words = {w for phrase in _tables().offices for w in phrase}
    return frozenset(words | load_grammar().title_words)


def _title_of(text: str, token: tuple[int, int]) -> bool:
    """A possessive inside a title ("the Head of the President's Office") keeps the run."""
    word = _fold(text[token[0] : token[1]])
    return word in load_grammar().title_heads


def _read_run(text: str, tokens: list[tuple[int, int]], grammar: Grammar) -> NamedRun | None:
    words = [text[s:e] for s, e in tokens]
    kinds = _kinds(words, grammar)
    honorific = any(_fold(w) in grammar.address_forms for w in words)
    # The personal name: the last stretch of name words, followed by nothing or "of …".
    name_end = len(words)
    while name_end > 0 and kinds[name_end - 1] != "name":
        name_end -= 1
    if name_end and name_end < len(words) and not _of_follows(text, tokens, name_end):
        name_end = 0
    name_start = name_end
    while (
        name_start > 0
        and kinds[name_start - 1] == "name"
        and (
            name_start == name_end
            or _name_gap(text[tokens[name_start - 1][1] : tokens[name_start][0]])
        )
    ):
        name_start -= 1
    first = 0
    leading_the = False
    while first < len(words) - 1 and _opens_sentence(words[first], grammar):
        leading_the = leading_the or words[first] in ("The", "the")
        first += 1
    title_words = tokens[first:name_start] if name_end else tokens[first:]
    if name_end and name_start >= name_end:
        name_end = 0
    has_title = any(
        kinds[k] == "title" for k in range(first, name_start if name_end else len(words))
    )
    if not name_end and not has_title:
        return None
    title: Title | None = None
    if title_words and has_title:
        title_end = tokens[name_start][0] if name_end else title_words[-1][1]
        title = read_title(text[title_words[0][0] : title_end].rstrip(" ,"))
    name: str | None = None
    n_start = n_end = tokens[-1][1]
    if name_end:
        n_start, n_end = tokens[name_start][0], tokens[name_end - 1][1]
        suffix = _SUFFIX.match(text, n_end)
        if suffix is not None:
            n_end = suffix.end()
        name = text[n_start:n_end]
        for mark in _POSSESSIVE:
            if name.endswith(mark):
                name, n_end = name[: -len(mark)], n_end - len(mark)
        after = tokens[name_end:]
        post = read_title(text[after[0][0] : after[-1][1]]) if after else None
        if post is not None and post.office is not None:
            return None
        if post is not None and title is None:
            title = post
        elif post is not None and title is not None and title.country is None:
            title = Title(title.text, title.office, post.country, title.body or post.body)
    if title is not None and title.office is None and not _has_head(title.text, grammar):
        if title.country is None and title.body is None:
            if name is None:
                return None
            title = None
    return NamedRun(
        start=tokens[first][0] if first < len(tokens) else tokens[0][0],
        end=max(n_end, tokens[-1][1]) if name is None else max(n_end, tokens[-1][1]),
        title=title,
        name=name,
        name_start=n_start,
        name_end=n_end,
        leading_the=leading_the,
        honorific=honorific,
    )


def _name_gap(gap: str) -> bool:
    """What may stand between the words of one personal name: a space or a particle."""
    return all(w in _PARTICLES for w in gap.split())


def _opens_sentence(word: str, grammar: Grammar) -> bool:
    """A capitalised word before a title that is not part of it: "As President Putin …",
    "During …", "The …"."""
    if _fold(word) in grammar.address_forms:
        return False
    return (
        word in grammar.not_names
        and _fold(word) not in grammar.title_words
        and (_fold(word),) not in _tables().offices
    )


def _of_follows(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """After a name, only "of <country>" may follow within the run."""
    between = text[tokens[i - 1][1] : tokens[i][0]]
    return between.strip() in ("of", "of the")


def _has_head(title: str, grammar: Grammar) -> bool:
    return any(_fold(w) in grammar.title_heads for w in title.split())


@lru_cache(maxsize=4096)
def surname_of(name: str) -> str:
    """The word a person is later called by: "Joseph R. Biden, Jr." -> "biden"."""
    words = [w for w in re.split(r"[\s,]+", name) if w and not _SUFFIX.fullmatch(" " + w)]
    words = [w for w in words if w.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")]
    return _fold(words[-1]) if words else _fold(name)


def phrase_of(text: str) -> Phrase:
    return phrase_key(text)
