"""The numbers, names and dates a sentence states, and whether evidence holds them.

The check is deliberately literal: a model's sentence may only state a number that the
cited items' evidence states (3,000 = 3000; "four" = 4), a name whose every word is in that
evidence (or names the same country: "Russian" for "Russia"; or is an office: "President"),
and a date whose month, day, weekday or year the evidence or its sources' dates give. It
cannot tell a true paraphrase from a false one; it can tell a figure, a person or a date
the sources never gave, which is what a reader cannot check by eye.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from summarise.actors import country_of, fold, tokens, vocabulary
from summarise.phrases.numbers import NUMBER_WORDS

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Capitalised only because they open a sentence or a clause: never names.
_OPENER_WORDS = (
    "a after also although amid an and as at before both but by despite during each "
    "earlier for from he her his however if in it its later meanwhile moreover no on once "
    "other others over separately she since so some such that the their there these they "
    "this those though to under until when where while with yet"
)
OPENERS = frozenset(_OPENER_WORDS.split(" "))

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"\b(?:(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})"
    rf"|{_DAY}\s+(?P<month1>{_MONTH_NAMES})\b\.?(?:,?\s+(?P<year1>\d{{4}}))?"
    rf"|(?P<month2>{_MONTH_NAMES})\b\.?\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year2>\d{{4}}))?"
    rf"|(?P<month3>{_MONTH_NAMES})\b\.?(?:\s+(?P<year3>\d{{4}}))?"
    rf"|(?P<weekday>{'|'.join(WEEKDAYS)})"
    rf"|(?P<year>(?:19|20)\d{{2}}))\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ITEM_ID = re.compile(r"\[?\b[PMC]\d+\b\]?")
_WORD = re.compile(r"[^\s\"\u201c\u201d\u2018()\[\]]+")


def _number(text: str) -> str:
    """A figure in one spelling: thousands separators dropped, "3.0" as "3"."""
    digits = text.replace(",", "")
    if "." in digits:
        whole, _, fraction = digits.partition(".")
        fraction = fraction.rstrip("0")
        digits = f"{whole}.{fraction}" if fraction else whole
    return digits.lstrip("0") or "0"


@dataclass(frozen=True)
class DateMention:
    """A date as a sentence states it; the parts it does not state are None."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    text: str = ""


def date_mentions(text: str) -> list[DateMention]:
    """Dates in ``text``; a month or weekday standing alone counts only capitalised, so
    "may", "march" and "sun" stay verbs and nouns."""
    mentions = []
    for match in _DATE.finditer(text):
        groups = match.groupdict()
        alone = groups["weekday"] or (groups["month3"] and not groups["year3"])
        if alone and not match.group()[0].isupper():
            continue
        if groups["iso"]:
            try:
                day = dt.date.fromisoformat(groups["iso"])
            except ValueError:
                continue
            mentions.append(DateMention(day.year, day.month, day.day, text=match.group()))
        elif groups["weekday"]:
            mentions.append(DateMention(weekday=groups["weekday"].lower(), text=match.group()))
        elif groups["year"]:
            mentions.append(DateMention(year=int(groups["year"]), text=match.group()))
        else:
            month = next(groups[k] for k in ("month1", "month2", "month3") if groups[k])
            day_text = groups["day"] or groups["day2"]
            year_text = groups["year1"] or groups["year2"] or groups["year3"]
            mentions.append(
                DateMention(
                    year=int(year_text) if year_text else None,
                    month=MONTHS[month.lower()],
                    day=int(day_text) if day_text else None,
                    text=match.group(),
                )
            )
    return mentions


def _numbers(text: str) -> set[str]:
    found = {_number(m.group()) for m in _NUMBER.finditer(text)}
    found.update(str(NUMBER_WORDS[w]) for w in tokens(text) if w in NUMBER_WORDS)
    return found


def _offices() -> frozenset[str]:
    return frozenset(w for forms in vocabulary().offices.values() for f in forms for w in tokens(f))


@dataclass(frozen=True)
class Evidence:
    """What the cited items' quotes, parties and sources' dates give."""

    words: frozenset[str]
    countries: frozenset[str]
    numbers: frozenset[str]
    mentions: tuple[DateMention, ...]
    dates: frozenset[dt.date]

    def holds_date(self, mention: DateMention) -> bool:
        if mention.weekday is not None:
            return mention.weekday in self.words or any(
                WEEKDAYS[d.weekday()] == mention.weekday for d in self.dates
            )
        stated = [DateMention(d.year, d.month, d.day) for d in self.dates] + [
            m for m in self.mentions if m.weekday is None
        ]
        return any(
            all(
                mine is None or theirs == mine
                for mine, theirs in (
                    (mention.year, known.year),
                    (mention.month, known.month),
                    (mention.day, known.day),
                )
            )
            for known in stated
        )


def evidence_of(texts: Iterable[str], dates: Iterable[dt.date]) -> Evidence:
    texts = list(texts)
    words: set[str] = set()
    numbers: set[str] = set()
    mentions: list[DateMention] = []
    for text in texts:
        words.update(tokens(text))
        numbers.update(_numbers(text))
        mentions.extend(date_mentions(text))
    countries = {c for c in (country_of(w) for w in words) if c is not None}
    countries.update(c for c in (country_of(t) for t in texts) if c is not None)
    return Evidence(
        words=frozenset(words),
        countries=frozenset(countries),
        numbers=frozenset(numbers),
        mentions=tuple(mentions),
        dates=frozenset(dates),
    )


def _name_supported(words: str, evidence: Evidence, offices: frozenset[str]) -> bool:
    """Every word is in the evidence or an office, or the words name a country it names."""
    if all(part in evidence.words or part in offices for part in tokens(words)):
        return True
    country = country_of(words)
    return country is not None and country in evidence.countries


def _capitalised_runs(text: str) -> list[list[str]]:
    """Runs of capitalised words ("United States", "Joe Biden"), leaving out a word that is
    capitalised only because it opens a sentence, and figures and dates (checked apart)."""
    runs: list[list[str]] = []
    current: list[str] = []
    opening = True
    for match in _WORD.finditer(text):
        raw = match.group().strip(".,;:!?'\u2019-")
        starts, opening = opening, match.group()[-1:] in {".", ":", "!", "?"}
        folded = fold(raw)
        name = (
            raw[:1].isupper()
            and any(c.isalpha() for c in raw)
            and not (starts and folded in OPENERS)
            and folded not in NUMBER_WORDS
        )
        if name:
            current.append(raw)
        if (not name or raw != match.group()) and current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def unsupported(sentence: str, evidence: Evidence) -> list[str]:
    """Each number, name and date in ``sentence`` that ``evidence`` does not hold."""
    text = _ITEM_ID.sub(" ", sentence)
    missing: list[str] = []
    mentions = date_mentions(text)
    for mention in mentions:
        as_figure = mention.month is None and str(mention.year) in evidence.numbers
        if not as_figure and not evidence.holds_date(mention):
            missing.append(f"date {mention.text!r}")
    for mention in mentions:
        text = text.replace(mention.text, " ", 1)
    for match in _NUMBER.finditer(text):
        if _number(match.group()) not in evidence.numbers:
            missing.append(f"number {match.group()!r}")
    for word in tokens(text):
        spelled = word in NUMBER_WORDS and word not in evidence.words
        if spelled and str(NUMBER_WORDS[word]) not in evidence.numbers:
            missing.append(f"number {word!r}")
    offices = _offices()
    for run in _capitalised_runs(text):
        if _name_supported(" ".join(run), evidence, offices):
            continue
        missing.extend(
            f"name {word!r}" for word in run if not _name_supported(word, evidence, offices)
        )
    return missing
