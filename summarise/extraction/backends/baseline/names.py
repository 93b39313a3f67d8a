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
from functools import cache, lru_cache
from typing import NamedTuple

from summarise.actors import vocabulary
from summarise.extraction.backends.baseline.grammar import Grammar, load_grammar
from summarise.extraction.backends.baseline.patterns import trie_pattern
from summarise.extraction.backends.baseline.run_pieces import (
    CAP_TOKEN,
    CONNECTORS,
    NAME_PARTICLES,
    POSSESSIVE,
    lower_title_words,
    pieces,
    without_participle,
)
from summarise.extraction.backends.baseline.titles import (
    PhraseTable,
    Title,
    fold,
    read_title,
    tables,
)
from summarise.extraction.backends.baseline.verb_forms import CONTRACTED

_SUFFIX = re.compile(r",?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV)\b")
_SUFFIX_MATTERS = re.compile(r"[.\w]|" + _SUFFIX.pattern)
# A contracted auxiliary after a word ("They've", "I'll", "He'd"): the word before it is
# what the run is made of (``word_scans`` reads the pronoun).
_CLITIC = re.compile(rf"['\u2019](?:{CONTRACTED})$")


class NamedRun(NamedTuple):
    """A capitalised run of words read as an optional title and an optional name.

    A named tuple rather than a frozen dataclass: every run read is built again at its
    offset in each article, and a frozen dataclass is several times dearer to build.
    """

    start: int
    end: int
    title: Title | None
    name: str | None
    name_start: int
    name_end: int
    leading_the: bool
    honorific: bool = False


@cache
def _kind_tables() -> tuple[frozenset[str], tuple[tuple[PhraseTable, str], ...]]:
    """The tables a run's words are looked up in, in order (an office written with "of"
    before the shorter office it starts with), and the words their phrases start with:
    most words of a run start none, and are turned away by one look-up."""
    table = tables()
    kind_tables = (
        (_offices_without_connectors(), "title"),
        (table.offices, "title"),
        (table.countries, "title"),
        (table.bodies, "title"),
        (table.outlets, "outlet"),
    )
    return frozenset(w for phrases, _ in kind_tables for w in phrases.reach), kind_tables


@cache
def _offices_without_connectors() -> PhraseTable:
    """Offices whose written form joins its words with "of" or "for" ("Minister of Foreign
    Affairs"), keyed by their capitalised words alone: a run is read word by word over its
    capitalised tokens, so the connectors between them are not among its words."""
    offices = tables().offices
    return PhraseTable(
        {
            joined: office
            for phrase, office in offices.items()
            if (joined := tuple(w for w in phrase if w not in CONNECTORS)) != phrase
            and len(joined) > 1
            and joined not in offices
        }
    )


def _kinds(words: list[str], grammar: Grammar) -> list[str]:
    """Each word of a run as "title" (part of an office, country, body or title head),
    "outlet", "connector" or "name"; vocabulary phrases are matched whole, so "United
    Kingdom" is a country and never a name."""
    starts, kind_tables = _kind_tables()
    folded = [fold(w) for w in words]
    kinds = ["name"] * len(words)
    i = 0
    while i < len(words):
        n = 0
        if folded[i] in starts:
            for phrases, kind in kind_tables:
                n = phrases.longest_at(folded, i)
                if n:
                    kinds[i : i + n] = [kind] * n
                    break
        if n:
            i += n
            continue
        word, token = folded[i], words[i]
        if word in CONNECTORS and word not in NAME_PARTICLES:
            kinds[i] = "connector"
        elif (
            word in grammar.title_words
            or word in grammar.portfolio_words
            or word in grammar.address_forms
            or token in grammar.not_names
            or token.rstrip("'\u2019s") in grammar.not_names
            or _CLITIC.sub("", token) in grammar.not_names
            or (token.isupper() and len(token) > 2)
        ):
            kinds[i] = "title"
        i += 1
    return kinds


@cache
def _and_names() -> re.Pattern[str]:
    """The vocabulary's names of bodies with "and" inside ("National Security and Defense
    Council"): there "and" joins the words of one name, not two names ("Putin and Xi")."""
    forms = [
        form for o in vocabulary().organisations for form in (o.name, *o.forms) if " and " in form
    ]
    return re.compile(
        "|".join(
            re.escape(f).replace(r"\ and\ ", r"\s+and\s+")
            for f in sorted(forms, key=len, reverse=True)
        )
    )


def _joined_names(text: str) -> str:
    """``text`` with the "and" inside a known name capitalised, so that the name is one
    capitalised run; offsets are kept."""
    if " and " not in text:
        return text
    return _and_names().sub(lambda m: re.sub(r"\band\b", "And", m.group()), text)


def find_runs(text: str, start: int = 0, end: int | None = None) -> list[NamedRun]:
    """Every capitalised run in ``text[start:end]`` that holds a title, a name or both."""
    stop = len(text) if end is None else end
    runs: list[NamedRun] = []
    covered = -1
    text = _joined_names(text)
    for m in _runs().finditer(text, start, stop):
        at = m.start()
        span = without_participle(text, m)
        for run in _read_match(span, _suffix_context(text, at + len(span))):
            if run.start + at < covered:
                continue
            runs.append(_shifted(run, at))
            covered = run.end + at
    return runs


def _suffix_context(text: str, end: int) -> str:
    """The text after a capitalised stretch as far as it can change how the stretch
    reads: only a suffix does (", Jr.", " III"), or a character a suffix inside the
    stretch runs on into (the dot of "Jr.", a letter after "III"). Anything else is
    passed as nothing, so that ``_read_match`` reads "President Putin" once, not once
    for each word that follows it."""
    after = text[end : end + _SUFFIX_CONTEXT]
    return after if _SUFFIX_MATTERS.match(after) else ""


@lru_cache(maxsize=8192)
def _read_match(span: str, after: str) -> tuple[NamedRun, ...]:
    """The runs of one capitalised stretch, offsets from its start: the same stretches
    recur across and within articles, so each is read once."""
    text = span + after
    runs: list[NamedRun] = []
    covered = -1
    for run_start, run_end in pieces(text, 0, len(span)):
        if run_start < covered:
            continue
        run = _read_run_at(text[run_start:run_end], _suffix_context(text, run_end))
        if run is not None:
            runs.append(_shifted(run, run_start))
            covered = run.end + run_start
    return tuple(runs)


@cache
def _runs() -> re.Pattern[str]:
    """A run of capitalised words joined by spaces, a dash between two capitals, or a few
    lower-case title words and connectors ("Former UK ambassador to Ukraine Robert"). A
    dash with a space beside it is punctuation ("Mr. President — President Lukashenko")."""
    token = CAP_TOKEN.pattern
    # A trie, not a list: the joiners are tried after every capitalised word, and a trie
    # turns a word that is none of them away at its first letter.
    joiners = trie_pattern(CONNECTORS | lower_title_words())
    gap = rf"(?:[ \t]+(?:(?:{joiners})[ \t]+){{0,4}}|[-\u2013\u2014](?=[A-Z]))"
    return re.compile(rf"(?:{token})(?:{gap}(?:{token}))*")


_SUFFIX_CONTEXT = 6


@lru_cache(maxsize=8192)
def _read_run_at(run: str, after: str) -> NamedRun | None:
    """One run read on its own text (offsets from 0): names and titles recur across and
    within articles, so each distinct run is read once."""
    text = run + after
    tokens = [(m.start(), m.end()) for m in CAP_TOKEN.finditer(text, 0, len(run))]
    return _read_run(text, tokens, load_grammar())


def _shifted(run: NamedRun, by: int) -> NamedRun:
    # Positional: a named tuple built by keyword costs twice as much, once per run read.
    start, end, title, name, name_start, name_end, leading_the, honorific = run
    return NamedRun(
        start + by, end + by, title, name, name_start + by, name_end + by, leading_the, honorific
    )


def _read_run(text: str, tokens: list[tuple[int, int]], grammar: Grammar) -> NamedRun | None:
    words = [text[s:e] for s, e in tokens]
    kinds = _kinds(words, grammar)
    name_start, name_end = _name_words(text, tokens, kinds)
    if name_end - name_start >= 3 and _complement_opens(text, tokens, kinds, name_start):
        name_start += 1  # "President of Mongolia Ukhnaagiin Khürelsükh": Mongolia is the office's
    first = 0
    while first < len(words) - 1 and _opens_sentence(words, first, grammar):
        first += 1
    leading_the = any(w in ("The", "the") for w in words[:first])
    if name_end and name_start > first and not _title_joins(text, tokens, name_start):
        first = name_start  # "Belarus for Putin's War": no title reaches over "for"
    before_name = name_start if name_end else len(words)
    if not name_end and not any(kinds[k] == "title" for k in range(first, before_name)):
        return None
    title: Title | None = None
    if any(kinds[k] == "title" for k in range(first, before_name)):
        title_end = tokens[name_start][0] if name_end else tokens[-1][1]
        title = read_title(text[tokens[first][0] : title_end].rstrip(" ,"))
    name: str | None = None
    n_start = n_end = tokens[-1][1]
    if name_end:
        n_start, n_end = tokens[name_start][0], tokens[name_end - 1][1]
        suffix = _SUFFIX.match(text, n_end)
        if suffix is not None:
            n_end = suffix.end()
        name = text[n_start:n_end]
        for mark in POSSESSIVE:
            if name.endswith(mark):
                name, n_end = name[: -len(mark)], n_end - len(mark)
        after = tokens[name_end:]
        post = read_title(text[after[0][0] : after[-1][1]]) if after else None
        if post is not None and post.office is not None:
            return None  # "Statement of the President": no name before an office
        if post is not None:
            title = _with_country(title, post)
    bare = title is not None and title.office is None and not _has_head(title.text, grammar)
    if bare and title is not None and title.country is None and title.body is None:
        if name is None:
            return None
        title = None
    return NamedRun(
        start=tokens[first][0],
        end=max(n_end, tokens[-1][1]),
        title=title,
        name=name,
        name_start=n_start,
        name_end=n_end,
        leading_the=leading_the,
        honorific=any(fold(w) in grammar.address_forms for w in words),
    )


def _name_words(text: str, tokens: list[tuple[int, int]], kinds: list[str]) -> tuple[int, int]:
    """The token range of the personal name: the last stretch of name words, followed by
    nothing or "of <country>", its words joined by spaces or particles; (0, 0) if none."""
    name_end = len(kinds)
    while name_end > 0 and kinds[name_end - 1] != "name":
        name_end -= 1
    if name_end and name_end < len(kinds) and not _of_follows(text, tokens, name_end):
        return 0, 0
    # "Chancellor Anna Berger of Austria", a country the vocabulary does not know: the
    # name is the stretch before "of".
    place_start = name_end - 1 if name_end else 0
    while (
        place_start > 0
        and kinds[place_start - 1] == "name"
        and _name_gap(text[tokens[place_start - 1][1] : tokens[place_start][0]])
    ):
        place_start -= 1
    if (
        place_start > 0
        and kinds[place_start - 1] == "name"
        and _of_follows(text, tokens, place_start)
    ):
        name_end = place_start
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
    return (name_start, name_end) if name_start < name_end else (0, 0)


def _complement_opens(
    text: str, tokens: list[tuple[int, int]], kinds: list[str], name_start: int
) -> bool:
    """ "President of Mongolia Ukhnaagiin Khürelsükh": an office's "of" takes one word the
    vocabulary does not know as its complement (a state or region, Quirk et al. 17.38),
    and the name is what follows; a name of three words or more after "of" is read so."""
    if name_start == 0 or kinds[name_start - 1] != "title":
        return False
    gap = text[tokens[name_start - 1][1] : tokens[name_start][0]].strip()
    return gap in ("of", "of the")


def _with_country(title: Title | None, post: Title) -> Title:
    """ "President Vladimir Putin of Russia": the country after the name joins the title."""
    if title is None:
        return post
    if title.country is not None:
        return title
    return Title(title.text, title.office, post.country, title.body or post.body)


def _title_joins(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """A title runs into the name that follows it over a space or a dash, not over a
    connector ("Belarus for Putin"): a title ends in a capitalised word."""
    gap = text[tokens[i - 1][1] : tokens[i][0]].split()
    return not any(w in CONNECTORS and w not in NAME_PARTICLES for w in gap)


def _name_gap(gap: str) -> bool:
    """What may stand between the words of one personal name: a space or a particle."""
    return all(w in NAME_PARTICLES for w in gap.split())


def _opens_sentence(words: list[str], i: int, grammar: Grammar) -> bool:
    """A capitalised word before a title that is not part of it: "As President Putin …",
    "During …", "The …"; not the first word of a body ("European Commission President")."""
    word = words[i]
    if fold(word) in grammar.address_forms or word not in grammar.not_names:
        return False
    if fold(word) in grammar.title_words or fold(word) in grammar.body_words:
        return False
    table = tables()
    folded = [fold(w) for w in words[i : i + table.longest]]
    return not any(
        phrases.longest_at(folded, 0) for phrases in (table.offices, table.bodies, table.countries)
    )


def _of_follows(text: str, tokens: list[tuple[int, int]], i: int) -> bool:
    """After a name, only "of <country>" may follow within the run."""
    between = text[tokens[i - 1][1] : tokens[i][0]]
    return between.strip() in ("of", "of the")


def _has_head(title: str, grammar: Grammar) -> bool:
    return any(fold(w) in grammar.title_heads for w in title.split())


# A Russian form of address, given name and patronymic ("Vladimir Vladimirovich", "Alexander
# Grigoryevich", "Valentina Ivanovna"): it names the one spoken to, a person, never a state.
# Case-sensitive inside patterns compiled to ignore case.
PATRONYMIC_ADDRESS = r"(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+(?:ovich|evich|ovna|evna))\b"


@lru_cache(maxsize=4096)
def surname_of(name: str) -> str:
    """The word a person is later called by: "Joseph R. Biden, Jr." -> "biden"."""
    words = [w for w in re.split(r"[\s,]+", name) if w and not _SUFFIX.fullmatch(" " + w)]
    words = [w for w in words if w.rstrip(".") not in ("Jr", "Sr", "II", "III", "IV")]
    return fold(words[-1]) if words else fold(name)
