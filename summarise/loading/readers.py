"""Drafts from decoded text, one reader per format: plain text, Markdown, HTML, JSON.

Each reader takes what metadata its format carries (front matter, a page's own title and
date, record fields) and falls back on the body's headline and dateline, so a title and
date are found however the article was saved.
"""

from __future__ import annotations

from typing import Literal

import yaml

from summarise.loading.datelines import dateline_date
from summarise.loading.drafts import BadInput, Draft, ReadItem
from summarise.loading.html import extract_page
from summarise.loading.metadata import (
    DATE_FIELDS,
    as_text,
    headline,
    markdown_heading,
    published_date,
)
from summarise.loading.records import json_records, jsonl_records

InputFormat = Literal["text", "markdown", "html", "json", "jsonl"]

FRONT_MATTER_FENCE = "---"
_FRONT_MATTER_CLOSERS = ("---", "...")
# The fields front matter is read for (``_markdown_draft``), by which an unclosed block is told.
_FRONT_MATTER_FIELDS = frozenset({"title", "publisher", "source", "url", *DATE_FIELDS})
_UNCLOSED = (
    "front matter opened with --- is never closed by a second ---, so its lines are read as "
    "article text, not as the title, publisher or date; add the closing ---"
)


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader, except that a date-shaped value naming no real day
    (``2022-13-45``, ``2022-02-30``, an hour of 25) stays text instead of raising: the
    date reader then reports it and the article loads undated."""

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> object:  # type: ignore[override]
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", _FrontMatterLoader.construct_yaml_timestamp
)


def parse_text(text: str, fmt: InputFormat) -> list[ReadItem]:
    """The drafts (and bad records) in one input's text, read as ``fmt``."""
    if not text.strip():
        raise BadInput("holds only whitespace; add the article text or leave it out")
    if fmt == "markdown":
        return [_markdown_draft(text)]
    if fmt == "html":
        return [_html_draft(text)]
    if fmt == "json":
        return json_records(text)
    if fmt == "jsonl":
        return jsonl_records(text)
    return [Draft(body=text, title=headline(text), published=dateline_date(text))]


def _markdown_draft(text: str) -> Draft:
    meta, body = _split_front_matter(text)
    if not body.strip():
        raise BadInput("has front matter but no article text after it")
    published, warnings = published_date(meta, DATE_FIELDS, body)
    if not meta and _unclosed_front_matter(text):
        warnings = (*warnings, _UNCLOSED)
    return Draft(
        body=body,
        title=as_text(meta.get("title")) or markdown_heading(body) or headline(body),
        source=as_text(meta.get("publisher")) or as_text(meta.get("source")),
        url=as_text(meta.get("url")),
        published=published,
        warnings=warnings,
    )


def _unclosed_front_matter(text: str) -> bool:
    """Whether the file opens front matter (a fence, then a field of its own) that no second
    fence closes: its fields are then read as article text, its title and date lost. A
    thematic break opening plain Markdown ("---", then prose) is no front matter."""
    lines = text.lstrip("\n").split("\n")
    if len(lines) < 2 or lines[0].rstrip() != FRONT_MATTER_FENCE:
        return False
    field_name = lines[1].split(":", 1)[0].strip().lower() if ":" in lines[1] else ""
    return field_name in _FRONT_MATTER_FIELDS and not any(
        line.rstrip() in _FRONT_MATTER_CLOSERS for line in lines[2:]
    )


def _split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """YAML front matter and the body after it; no front matter without a closing fence."""
    lines = text.lstrip("\n").split("\n")
    if lines[0].rstrip() != FRONT_MATTER_FENCE:
        return {}, text
    end = next(
        (i for i in range(1, len(lines)) if lines[i].rstrip() in _FRONT_MATTER_CLOSERS), None
    )
    if end is None:
        return {}, text
    try:
        meta = yaml.load("\n".join(lines[1:end]), Loader=_FrontMatterLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise BadInput(
            f"front matter is not valid YAML{where}; fix it or remove the --- block"
        ) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise BadInput("front matter must be 'key: value' lines (title, publisher, url, date)")
    return {str(key): value for key, value in meta.items()}, "\n".join(lines[end + 1 :])


def _html_draft(text: str) -> Draft:
    page = extract_page(text)
    if not page.text and page.needs_script:
        raise BadInput(
            "no article text found in this web page (it shows its text only with "
            "JavaScript); save the page from a browser after it has loaded, or paste its "
            "text into a .txt file"
        )
    if not page.text:
        raise BadInput(
            "no article text found in this web page; save the article page itself, "
            "or paste its text into a .txt file"
        )
    return Draft(
        body=page.text,
        title=page.title or headline(page.text),
        source=page.sitename,
        url=page.url,
        published=page.published or dateline_date(page.text),
    )
