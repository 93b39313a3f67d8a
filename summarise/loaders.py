"""Read articles from files, folders and standard input.

People point the tool at whatever they saved: a folder of text files, Markdown with YAML
front matter, web pages, JSON exports. Loading therefore never stops at the first bad
file: each problem becomes an ``ArticleFailure`` with one line saying what is wrong and
what to do, and the other files load.

Formats, chosen by extension (standard input, named ``-``, is sniffed instead):

- ``.txt``: the article; a first line that reads as a headline becomes the title.
- ``.md`` / ``.markdown``: optional front matter (``title``, ``publisher`` or ``source``,
  ``url``, ``published`` or ``date``), then the article.
- ``.html`` / ``.htm``: the page's main text, with its title, site name and date.
- ``.json``: one record or a list of records; ``.jsonl``: one record per line. A record
  holds the article in ``text``, ``content`` or ``body`` and may carry ``title``,
  ``source`` or ``publisher``, ``url``, ``published`` or ``date``.

An article's id hashes its body as loaded (after decoding and front-matter removal, before
cleaning), so hand labels keyed on it survive improvements to the cleaner.
A headline that opens the body stays in ``text`` (see ``summarise.cleaning``) and is
copied into ``title``.
"""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Literal, TextIO

import yaml
from pydantic import BaseModel, Field

from summarise.article import Article, content_id
from summarise.cleaning import clean_text, dateline_date, first_date, looks_like_headline
from summarise.errors import ArticleError
from summarise.html_text import extract_page
from summarise.results import ArticleFailure

Format = Literal["text", "markdown", "html", "json", "jsonl"]

STDIN_ARGUMENT = "-"
STDIN_NAME = "<stdin>"
SUPPORTED_SUFFIXES: dict[str, Format] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
}
TEXT_FIELDS = ("text", "content", "body")

_SUFFIX_LIST = ", ".join(SUPPORTED_SUFFIXES)
_TEXT_FIELD_LIST = "a 'text', 'content' or 'body' field"
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BINARY_SAMPLE = 65536
_FRONT_MATTER_FENCE = "---"
_FRONT_MATTER_CLOSERS = ("---", "...")


class LoadResult(BaseModel):
    """Every article that loaded, in input order, and every input that did not."""

    articles: list[Article] = Field(default_factory=list)
    failures: list[ArticleFailure] = Field(default_factory=list)


def load_articles(paths: Sequence[str | Path], stdin: TextIO | None = None) -> LoadResult:
    """Load files, folders (recursively) and ``-`` (standard input), skipping duplicates.

    Folders are walked in sorted order, skipping hidden entries and files of other types;
    a file of another type named explicitly is reported, since the user asked for it.
    """
    loader = _Loader(stdin if stdin is not None else sys.stdin)
    for path in paths:
        loader.add(path)
    return loader.result


def load_path(path: Path) -> list[Article]:
    """The articles in one file; raises ``ArticleError`` at the first problem in it."""
    name = str(path)
    articles: list[Article] = []
    try:
        for item in _parse_file(path):
            if isinstance(item, _BadRecord):
                raise _BadInput(item.reason)
            articles.append(_article(item, name))
    except _BadInput as error:
        raise ArticleError(f"{name}: {error.reason}") from None
    return articles


class _BadInput(Exception):
    """An input that yields no article; ``reason`` says why without naming the input."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class _Draft:
    """An article before cleaning; ``where`` locates a record inside its file."""

    body: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    where: str = ""


@dataclass(frozen=True)
class _BadRecord:
    """One record of a JSON file that could not be used; the other records still load."""

    reason: str
    missing_text: bool = False


_Item = _Draft | _BadRecord


class _Loader:
    """Accumulates articles and failures, remembering what was already loaded."""

    def __init__(self, stdin: TextIO) -> None:
        self.result = LoadResult()
        self._stdin = stdin
        self._ids: set[str] = set()
        self._files: set[Path] = set()
        self._folders: set[Path] = set()

    def add(self, argument: str | Path) -> None:
        if str(argument) == STDIN_ARGUMENT:
            self._load(STDIN_NAME, lambda: _parse_stdin(self._stdin))
            return
        path = Path(argument)
        if path.is_dir():
            for file in self._walk(path):
                self._add_file(file)
        elif not path.exists():
            self._fail(str(path), "no such file or folder; check the path")
        else:
            self._add_file(path)

    def _add_file(self, path: Path) -> None:
        resolved = path.resolve()
        if resolved in self._files:
            return
        self._files.add(resolved)
        self._load(str(path), lambda: _parse_file(path))

    def _load(self, name: str, parse: Callable[[], list[_Item]]) -> None:
        try:
            items = parse()
        except _BadInput as error:
            self._fail(name, error.reason)
            return
        for item in items:
            if isinstance(item, _BadRecord):
                self._fail(name, item.reason)
                continue
            try:
                article = _article(item, name)
            except _BadInput as error:
                self._fail(name, error.reason)
                continue
            if article.id not in self._ids:
                self._ids.add(article.id)
                self.result.articles.append(article)

    def _walk(self, folder: Path) -> Iterator[Path]:
        """Supported files under ``folder``, sorted; each real folder is entered once.

        A link to nowhere with an article's extension is reported, not skipped: the user
        saved something there and would otherwise never learn it was not read.
        """
        resolved = folder.resolve()
        if resolved in self._folders:
            return
        self._folders.add(resolved)
        try:
            entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
        except OSError as error:
            self._fail(str(folder), f"cannot list this folder ({_os_reason(error)})")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                yield from self._walk(entry)
            elif entry.suffix.lower() in SUPPORTED_SUFFIXES and entry.is_file():
                yield entry
            elif entry.suffix.lower() in SUPPORTED_SUFFIXES and not entry.exists():
                self._fail(str(entry), "is a broken link; point it at the article or remove it")

    def _fail(self, name: str, reason: str) -> None:
        self.result.failures.append(ArticleFailure(name=name, reason=reason))


def _article(draft: _Draft, name: str) -> Article:
    text = clean_text(draft.body)
    if not text:
        raise _BadInput(
            f"{draft.where}nothing is left after removing page clutter (captions, links, "
            "bylines); check that it holds an article"
        )
    return Article(
        id=content_id(draft.body),
        text=text,
        title=draft.title,
        source=draft.source,
        url=draft.url,
        published=draft.published,
        path=name,
    )


def _parse_file(path: Path) -> list[_Item]:
    fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        kind = f"'{path.suffix}' files" if path.suffix else "files without an extension"
        raise _BadInput(f"{kind} are not supported; give a {_SUFFIX_LIST} file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _BadInput(f"cannot be read ({_os_reason(error)})") from None
    return _parse_text(_decode(data), fmt)


def _parse_stdin(stream: TextIO) -> list[_Item]:
    try:
        raw = stream.read()
    except (OSError, UnicodeDecodeError) as error:
        raise _BadInput(f"standard input could not be read as text ({error})") from None
    if _looks_binary(raw):
        raise _BadInput(_binary_reason())
    text = _normalise_newlines(raw.removeprefix("\ufeff"))
    return _parse_text(text, _sniff(text))


def _os_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied; make it readable, e.g. chmod +r, or leave it out"
    return f"{error.strerror or error}; check the path"


def _decode(data: bytes) -> str:
    """Text from bytes: BOM-marked UTF-8/UTF-16, else UTF-8, else Windows-1252 or Latin-1."""
    if not data:
        raise _BadInput("the file is empty; add the article text or leave it out")
    text: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise _BadInput(
                    f"starts with a {codec.removesuffix('-sig').upper()} byte-order mark but is "
                    "not valid in that encoding; re-save it as UTF-8"
                ) from None
            break
    if text is None:
        if b"\x00" in data:
            raise _BadInput(_binary_reason())
        text = _decode_unmarked(data)
    if _looks_binary(text):
        raise _BadInput(_binary_reason())
    return _normalise_newlines(text.removeprefix("\ufeff"))


def _decode_unmarked(data: bytes) -> str:
    for codec in ("utf-8", "cp1252"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _looks_binary(text: str) -> bool:
    sample = text[:_BINARY_SAMPLE]
    return "\x00" in sample or len(_CONTROL_CHARS.findall(sample)) * 100 > len(sample)


def _binary_reason() -> str:
    return "looks like a binary file, not text; give article text, Markdown, HTML or JSON"


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _sniff(text: str) -> Format:
    start = text.lstrip()
    if start.startswith(("{", "[")):
        return "json"
    if start.startswith(_FRONT_MATTER_FENCE):
        return "markdown"
    if start.startswith("<"):
        return "html"
    return "text"


def _parse_text(text: str, fmt: Format) -> list[_Item]:
    if not text.strip():
        raise _BadInput("holds only whitespace; add the article text or leave it out")
    if fmt == "markdown":
        return [_markdown_draft(text)]
    if fmt == "html":
        return [_html_draft(text)]
    if fmt == "json":
        return _json_records(text)
    if fmt == "jsonl":
        return _jsonl_records(text)
    return [_Draft(body=text, title=_headline(text), published=dateline_date(text))]


def _markdown_draft(text: str) -> _Draft:
    meta, body = _split_front_matter(text)
    if not body.strip():
        raise _BadInput("has front matter but no article text after it")
    return _Draft(
        body=body,
        title=_string(meta.get("title")) or _markdown_heading(body) or _headline(body),
        source=_string(meta.get("publisher")) or _string(meta.get("source")),
        url=_string(meta.get("url")),
        published=_as_date(meta.get("published"))
        or _as_date(meta.get("date"))
        or dateline_date(body),
    )


def _split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """YAML front matter and the body after it; no front matter without a closing fence."""
    lines = text.lstrip("\n").split("\n")
    if lines[0].rstrip() != _FRONT_MATTER_FENCE:
        return {}, text
    end = next(
        (i for i in range(1, len(lines)) if lines[i].rstrip() in _FRONT_MATTER_CLOSERS), None
    )
    if end is None:
        return {}, text
    try:
        meta = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise _BadInput(
            f"front matter is not valid YAML{where}; fix it or remove the --- block"
        ) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise _BadInput("front matter must be 'key: value' lines (title, publisher, url, date)")
    return {str(key): value for key, value in meta.items()}, "\n".join(lines[end + 1 :])


def _html_draft(text: str) -> _Draft:
    page = extract_page(text)
    if not page.text:
        raise _BadInput(
            "no article text found in this web page; save the article page itself, "
            "or paste its text into a .txt file"
        )
    return _Draft(
        body=page.text,
        title=page.title or _headline(page.text),
        source=page.sitename,
        url=page.url,
        published=page.published or dateline_date(page.text),
    )


def _json_records(text: str) -> list[_Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data":
            return _jsonl_records(text)
        raise _BadInput(
            f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}; "
            "fix the file or leave it out"
        ) from None
    if isinstance(data, list):
        if not data:
            raise _BadInput("is an empty JSON list; add records with " + _TEXT_FIELD_LIST)
        return _records([_record_draft(f"record {n}", item) for n, item in enumerate(data, 1)])
    return _records([_record_draft("the JSON object", data)])


def _jsonl_records(text: str) -> list[_Item]:
    items: list[_Item] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            items.append(
                _BadRecord(f"line {number}: invalid JSON at column {error.colno}: {error.msg}")
            )
            continue
        items.append(_record_draft(f"line {number}", record))
    return _records(items)


def _records(items: list[_Item]) -> list[_Item]:
    """The records as they are, unless none has text: then the file is one failure."""
    if all(isinstance(item, _BadRecord) and item.missing_text for item in items):
        raise _BadInput(
            f"no record has article text in {_TEXT_FIELD_LIST}; is this an article file?"
        )
    return items


def _record_draft(label: str, record: object) -> _Item:
    if not isinstance(record, dict):
        return _BadRecord(f"{label} is not a JSON object; give objects with {_TEXT_FIELD_LIST}")
    body = next(
        (
            value
            for field in TEXT_FIELDS
            if isinstance(value := record.get(field), str) and value.strip()
        ),
        None,
    )
    if body is None:
        return _BadRecord(
            f"{label} has no article text; put it in {_TEXT_FIELD_LIST}", missing_text=True
        )
    body = _normalise_newlines(body)
    return _Draft(
        body=body,
        title=_string(record.get("title")) or _headline(body),
        source=_string(record.get("source")) or _string(record.get("publisher")),
        url=_string(record.get("url")),
        published=_as_date(record.get("published"))
        or _as_date(record.get("date"))
        or dateline_date(body),
        where=f"{label}: ",
    )


def _headline(body: str) -> str | None:
    first = next((line.strip() for line in body.split("\n") if line.strip()), None)
    return first if first is not None and looks_like_headline(first) else None


def _markdown_heading(body: str) -> str | None:
    first = next((line.strip() for line in body.split("\n") if line.strip()), "")
    if not first.startswith("#"):
        return None
    return first.lstrip("#").strip() or None


def _string(value: object) -> str | None:
    if isinstance(value, str | int | float | date):
        return str(value).strip() or None
    return None


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return first_date(value)
