"""Publication dates as articles and their metadata write them.

Two readers need the same knowledge of how dates are written: the loader takes an article's
date from its dateline or from a metadata field ("29 January 2022", "Jan 29, 2022", ISO),
and the cleaner drops a dateline line ("Published: Sat 29 Jan 2022, 07:38 GMT | Updated 2
hours ago") as furniture. A line counts as a dateline only when every word in it is part of
a date, a time or their labels, so a sentence that mentions a date is never mistaken for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun"
)
# Words a dateline such as "Published: Sat 29 Jan 2022, 07:38 GMT | Updated ..." is made of.
_DATELINE_WORDS = _words(
    "updated published posted last first modified on at am pm gmt bst utc et est edt cet cest "
    "pst pdt ago hour hours minute minutes min mins day days st nd rd th"
)
_MONTH_PATTERN = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_PATTERN})\.?,?\s+(\d{{4}})\b", re.IGNORECASE
)
_MONTH_DAY_YEAR = re.compile(
    rf"\b({_MONTH_PATTERN})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE
)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)
_DATELINE_LABEL = re.compile(r"\b(?:updated|published|posted)\b", re.IGNORECASE)
_RELATIVE_TIME = re.compile(r"\b\d+\s+(?:min|mins|minutes?|hours?|days?)\s+ago\b", re.IGNORECASE)
_MAX_DATELINE_CHARS = 150
# A month written out in full and capitalised, as a time phrase names it ("in mid-January",
# "early February"); lower case "may" is the modal.
_FULL_MONTH = re.compile(
    r"\b(" + "|".join(m.capitalize() for m in _MONTHS if len(m) > 3 or m == "may") + r")\b"
)


def named_month(text: str) -> int | None:
    """The month a time phrase names ("in mid-January" → 1), or None."""
    found = _FULL_MONTH.search(text)
    return _MONTHS[found.group(1).casefold()] if found else None


def dateline_date(text: str, max_lines: int = 20) -> date | None:
    """The first date in a dateline near the top of ``text``, e.g. "29 January 2022, 07:38"."""
    for line in [line.strip() for line in text.splitlines() if line.strip()][:max_lines]:
        if is_dateline(line):
            found = first_date(line)
            if found is not None:
                return found
    return None


def first_date(text: str) -> date | None:
    """The earliest-placed full date written in ``text`` ("29 January 2022", ISO), if any."""
    candidates: list[tuple[int, date]] = []
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy"), (_ISO_DATE, "ymd")):
        for match in pattern.finditer(text):
            parsed = _date_from_parts(match.groups(), order)
            if parsed is not None:
                candidates.append((match.start(), parsed))
    return min(candidates)[1] if candidates else None


def is_dateline(line: str) -> bool:
    """Whether a line holds nothing but a publication date/time and its labels."""
    if len(line) > _MAX_DATELINE_CHARS:
        return False
    has_date = first_date(line) is not None
    rest = _ISO_DATE.sub(" ", _TIME.sub(" ", line))
    rest = _RELATIVE_TIME.sub(" ", rest)
    for token in re.findall(r"[^\W\d_]+|\d+", rest.lower()):
        if not (
            (token.isdigit() and len(token) <= 4)
            or token in _MONTHS
            or token in _WEEKDAYS
            or token in _DATELINE_WORDS
        ):
            return False
    labelled = _DATELINE_LABEL.search(line) is not None
    timed = _TIME.search(line) is not None or _RELATIVE_TIME.search(line) is not None
    return has_date or (labelled and timed)


def _date_from_parts(parts: Iterable[str], order: str) -> date | None:
    values = dict(zip(order, parts, strict=True))
    month = values["m"]
    # Case-insensitive patterns also match lookalike letters (a long s for "s", the Kelvin
    # sign for "k"): casefold maps those back, and what still names no month is no date.
    month_number = int(month) if month.isdigit() else _MONTHS.get(month.casefold())
    if month_number is None:
        return None
    try:
        return date(int(values["y"]), month_number, int(values["d"]))
    except ValueError:
        return None


# A news agency's dateline opening a paragraph: "VILNIUS, March 2 —", "KYIV, Ukraine (AP) —",
# "MOSCOW, Feb 24 (Reuters) -", "WASHINGTON —", "London, 3 March:". The place is one to four
# words in capitals, or capitalised words that must then carry a date or an agency (a plain
# "Moscow —" opens sentences such as "Moscow — and only Moscow — decides"); a colon closes
# only a dated one (a heading "UKRAINE: What we know" is no dateline).
_CAPS_PLACE = r"[A-Z][A-Z.'\-]+(?:\s[A-Z][A-Z.'\-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+){0,2}"
_REGION = r"(?:,\s[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)"
_DAY_OF_MONTH = rf"(?i:(?:{_MONTH_PATTERN})\.?\s\d{{1,2}}|\d{{1,2}}\s(?:{_MONTH_PATTERN}))"
_WIRE_DATE = rf"(?:,\s{_DAY_OF_MONTH}(?:,?\s\d{{4}})?)"
_AGENCY = r"(?:\s?\([A-Z][A-Za-z.]+(?:[\s/][A-Z][A-Za-z.]+){0,2}\))"
_DASH = r"(?:\s?[\u2014\u2013]\s?|\s--\s|\s-\s)"
_WIRE_DATELINE = re.compile(
    rf"(?:{_CAPS_PLACE}{_REGION}?{_WIRE_DATE}?{_AGENCY}?{_DASH}"
    rf"|{_TITLE_PLACE}{_REGION}?(?:{_WIRE_DATE}{_AGENCY}?|{_AGENCY}){_DASH}"
    rf"|(?:{_CAPS_PLACE}|{_TITLE_PLACE}){_REGION}?{_WIRE_DATE}{_AGENCY}?:\s)"
    r"(?=[\"'\u201c\u2018]?[A-Z0-9][^\n]*[a-z])"
)


def wire_dateline_end(text: str, start: int) -> int | None:
    """Where the sentence after a wire dateline at ``text[start:]`` begins, or None.

    A dateline is no part of its sentence's grammar: read as one, "VILNIUS" becomes the
    subject of "VILNIUS, March 2 — Lithuanian Foreign Minister … condemned …", so the
    splitter sets it apart and every stage sees the sentence without it.
    """
    found = _WIRE_DATELINE.match(text, start)
    return found.end() if found is not None else None
