"""Property tests: no input, however malformed, reaches the user as a traceback.

Every reader may refuse an input, but only with ``BadInput`` (one line for the person);
dates are read or left out, never raised. Hypothesis generates the inputs: arbitrary text
and bytes, front matter built from YAML's own tricky scalars (timestamps that name no real
day, numbers, nulls), JSON values of every shape. How many examples, and whether they are
the same every run, is the profile's choice (``conftest.py``).
"""

from __future__ import annotations

import io
import json
from datetime import date
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from summarise.loading.datelines import dateline_date, first_date, is_dateline
from summarise.loading.decoding import decode
from summarise.loading.drafts import BadInput, BadRecord, Draft
from summarise.loading.loader import load_articles
from summarise.loading.metadata import as_date, published_date
from summarise.loading.readers import InputFormat, parse_text

FORMATS: tuple[InputFormat, ...] = ("text", "markdown", "html", "json", "jsonl")

# Text with the characters that trip readers up: line ends of every kind, quotes, dashes,
# digits of other scripts, letters that fold to ASCII under IGNORECASE (the long s, the
# Kelvin sign), and fragments of the syntaxes the readers parse.
_TRICKY = st.sampled_from(
    [
        "\n",
        "\r\n",
        "\r",
        "---",
        "...",
        ":",
        "- ",
        "#",
        "{",
        "}",
        "[",
        "]",
        '"',
        "'",
        "<p>",
        "</p>",
        "<noscript>",
        "<script>",
        "2022-13-45",
        "2022-02-30",
        "29 January 2022",
        "Jan 29, 2022",
        "\u017fept",
        "\u212a",
        "\u0663",
        "\u00a0",
        "\ufeff",
        "\x00",
        "\t",
        "Published: ",
        "Updated ",
        "07:38 GMT",
        "text",
        "published",
        "date",
    ]
)
# Letters some other letter matches under IGNORECASE: a month name spelt with them is
# found by a case-insensitive pattern yet is not the table's own key.
_LOOKALIKES = {"s": "\u017f", "k": "\u212a", "i": "\u0130", "S": "\u017f"}
_MONTH_WORDS = [
    "January",
    "Feb",
    "march",
    "APRIL",
    "May",
    "June",
    "Jul",
    "August",
    "Sept",
    "sep",
    "October",
    "Nov",
    "December",
]


@st.composite
def _date_like(draw: st.DrawFn) -> str:
    """A date as articles write it, with numbers out of range and lookalike letters."""
    month = "".join(
        draw(st.sampled_from([c, _LOOKALIKES.get(c, c)]))
        for c in draw(st.sampled_from(_MONTH_WORDS))
    )
    day, year = draw(st.integers(0, 99)), draw(st.integers(0, 99999))
    number_month = draw(st.integers(0, 99))
    return draw(
        st.sampled_from(
            [
                f"{day} {month} {year}",
                f"{day}th {month}, {year}",
                f"{month} {day}, {year}",
                f"{year:04d}-{number_month:02d}-{day:02d}",
                f"Published: {day} {month} {year}, 07:38 GMT",
            ]
        )
    )


TEXT = st.lists(st.one_of(st.text(max_size=20), _TRICKY, _date_like()), max_size=15).map("".join)


@st.composite
def _timestamp(draw: st.DrawFn) -> str:
    """What YAML reads as a timestamp, fields out of range included (month 13, hour 25)."""
    year, month, day = (
        draw(st.integers(0, 9999)),
        draw(st.integers(0, 99)),
        draw(st.integers(0, 99)),
    )
    stamp = f"{year:04d}-{month}-{day}"
    if draw(st.booleans()):
        hour, minute = draw(st.integers(0, 99)), draw(st.integers(0, 99))
        zone = draw(st.sampled_from(["", "Z", "+01:00", "-23:59", "+99:99"]))
        stamp += f"{draw(st.sampled_from(['T', ' ']))}{hour}:{minute:02d}:00{zone}"
    return stamp


SCALAR = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    _timestamp(),
)
_FIELDS = st.sampled_from(["text", "content", "body", "title", "source", "url", "date"])
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=10)
    | _TRICKY
    | _date_like(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(_FIELDS | st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=8,
)
RECORD = st.fixed_dictionaries(
    {},
    optional={
        "text": TEXT,
        "content": TEXT,
        "body": TEXT,
        "title": JSON,
        "source": JSON,
        "url": JSON,
        "published": SCALAR,
        "date": SCALAR,
    },
)


def _read(text: str, fmt: InputFormat) -> None:
    """Drafts and bad records, or one ``BadInput`` with a reason to show; nothing else."""
    refusal: BadInput | None = None
    try:
        items = parse_text(text, fmt)
    except BadInput as error:
        refusal, items = error, []
    assert refusal is None or refusal.reason.strip()
    assert refusal is None or "\n" not in refusal.reason.strip()
    assert all(isinstance(item, Draft | BadRecord) for item in items)


@given(TEXT, st.sampled_from(FORMATS))
@example("Published: 1 Augu\u017ft 2022", "text")  # found by this test: a KeyError once
def test_every_reader_yields_drafts_or_one_bad_input(text: str, fmt: InputFormat) -> None:
    _read(text, fmt)


@given(st.binary(max_size=300))
def test_any_bytes_decode_or_are_refused(data: bytes) -> None:
    try:
        text = decode(data)
    except BadInput:
        return
    assert "\r" not in text


@given(st.dictionaries(st.sampled_from(["title", "published", "date", "url"]), SCALAR), TEXT)
def test_front_matter_of_any_scalars_loads_or_fails_in_one_line(
    meta: dict[str, Any], body: str
) -> None:
    lines = [f"{key}: {'' if value is None else value}" for key, value in meta.items()]
    _read("---\n" + "\n".join(lines) + "\n---\n" + body, "markdown")


@given(TEXT, TEXT)
def test_front_matter_of_any_text_loads_or_fails_in_one_line(meta: str, body: str) -> None:
    _read(f"---\n{meta}\n---\n{body}", "markdown")


@given(st.one_of(JSON, st.lists(RECORD, max_size=4), RECORD))
def test_json_of_any_shape_loads_or_fails_in_one_line(value: Any) -> None:
    _read(json.dumps(value), "json")
    if isinstance(value, list):
        _read("\n".join(json.dumps(v) for v in value) + "\n", "jsonl")


@given(TEXT)
def test_standard_input_of_any_text_loads_or_fails_by_name(text: str) -> None:
    result = load_articles(["-"], stdin=io.StringIO(text))
    assert len(result.articles) + len(result.failures) + len(result.notes) >= 1
    assert all(f.name == "<stdin>" and f.reason for f in result.failures)


@given(st.one_of(SCALAR, JSON, st.dates(), st.datetimes()))
def test_a_date_field_is_a_date_or_absent(value: object) -> None:
    found, warnings = published_date({"published": value}, ("published",), "")
    assert found is None or isinstance(found, date)
    assert len(warnings) <= 1
    assert as_date(value) is None or isinstance(as_date(value), date)


@given(TEXT)
def test_dates_in_any_text_are_found_or_not(text: str) -> None:
    assert first_date(text) is None or isinstance(first_date(text), date)
    assert dateline_date(text) is None or isinstance(dateline_date(text), date)
    assert isinstance(is_dateline(text), bool)


@given(st.dates(min_value=date(1000, 1, 1)))
def test_a_written_date_reads_back_as_itself(day: date) -> None:
    assert first_date(day.isoformat()) == day
    assert first_date(f"{day.day} {day:%B} {day.year}") == day
    assert first_date(f"{day:%b} {day.day}, {day.year}") == day
