"""Articles from JSON exports: one object, a list of objects, or JSON Lines.

Exports from scrapers and databases name their fields differently, so the article may sit
in ``text``, ``content`` or ``body``. One bad record is reported on its own and the rest
load; only a file in which no record has article text fails as a whole, since it is
probably not an article file at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from summarise.loading.decoding import normalise_newlines
from summarise.loading.drafts import BadInput, BadRecord, Draft, NotArticles, ReadItem
from summarise.loading.metadata import DATE_FIELDS, as_text, headline, published_date

TEXT_FIELDS = ("text", "content", "body")

_TEXT_FIELD_LIST = "a 'text', 'content' or 'body' field"
_NO_TEXT = f"no record has article text in {_TEXT_FIELD_LIST}; is this an article file?"


def json_records(text: str) -> list[ReadItem]:
    """A JSON object or list; several top-level values are read as JSON Lines."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data":
            return jsonl_records(text)
        raise BadInput(
            f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}; "
            "fix the file or leave it out"
        ) from None
    if isinstance(data, list):
        if not data:
            raise NotArticles("is an empty JSON list; add records with " + _TEXT_FIELD_LIST)
        return _records([_record_draft(f"record {n}", item) for n, item in enumerate(data, 1)])
    return _records([_record_draft("the JSON object", data)])


def jsonl_records(text: str) -> list[ReadItem]:
    """One record per non-blank line; a line of invalid JSON fails alone."""
    return list(jsonl_stream(text.split("\n")))


def jsonl_stream(lines: Iterable[str]) -> Iterator[ReadItem]:
    """``jsonl_records`` one line at a time, for exports that hold a whole archive.

    Only leading records without text are held back, until a record shows that this is an
    article file after all; a file with no such record (or no record at all) raises
    ``NotArticles`` at its end, as ``jsonl_records`` does.
    """
    held: list[ReadItem] = []
    articles_seen = False
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item = _jsonl_item(number, line)
        if articles_seen:
            yield item
            continue
        held.append(item)
        if not (isinstance(item, BadRecord) and item.missing_text):
            articles_seen = True
            yield from held
            held.clear()
    if not articles_seen:
        raise NotArticles(_NO_TEXT)


def _jsonl_item(number: int, line: str) -> ReadItem:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return BadRecord(f"line {number}: invalid JSON at column {error.colno}: {error.msg}")
    return _record_draft(f"line {number}", record)


def _records(items: list[ReadItem]) -> list[ReadItem]:
    """The records as they are, unless none has text: then the file is one failure."""
    if all(isinstance(item, BadRecord) and item.missing_text for item in items):
        raise NotArticles(_NO_TEXT)
    return items


def _record_draft(label: str, record: object) -> ReadItem:
    if not isinstance(record, dict):
        return BadRecord(f"{label} is not a JSON object; give objects with {_TEXT_FIELD_LIST}")
    body = next(
        (
            value
            for field in TEXT_FIELDS
            if isinstance(value := record.get(field), str) and value.strip()
        ),
        None,
    )
    if body is None:
        return BadRecord(
            f"{label} has no article text; put it in {_TEXT_FIELD_LIST}", missing_text=True
        )
    body = normalise_newlines(body)
    published, warnings = published_date(record, DATE_FIELDS, body)
    return Draft(
        body=body,
        title=as_text(record.get("title")) or headline(body),
        source=as_text(record.get("source")) or as_text(record.get("publisher")),
        url=as_text(record.get("url")),
        published=published,
        where=f"{label}: ",
        warnings=warnings,
    )
