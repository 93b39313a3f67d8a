"""One input to drafts: a file by its extension, standard input by its first characters.

A file's extension is trusted because the user chose it; standard input has no name, so
its format is guessed from how it starts. Reasons name no input: the loader prefixes the
file's name, or ``<stdin>``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from summarise.loading.decoding import checked_text, decode, decode_line, looks_utf16
from summarise.loading.drafts import BadInput, ReadItem
from summarise.loading.readers import FRONT_MATTER_FENCE, InputFormat, parse_text
from summarise.loading.records import jsonl_stream

SUPPORTED_SUFFIXES: dict[str, InputFormat] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
}

SUFFIX_LIST = ", ".join(SUPPORTED_SUFFIXES)
# Feeds are a scheduled briefing's source, not an article file: said where one is given.
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
FEED_ADVICE = "an RSS or Atom feed is read by summarise run, as a feed source of a briefing.toml"
# Enough of a file to tell text from a binary file, as ``decode`` tells them apart.
_SAMPLE_BYTES = 65536


def parse_file(path: Path) -> list[ReadItem]:
    """The drafts in one file, in the format its extension names."""
    fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        kind = f"'{path.suffix}' files" if path.suffix else "files without an extension"
        feed = f"; {FEED_ADVICE}" if path.suffix.lower() in FEED_SUFFIXES else ""
        raise BadInput(f"{kind} are not supported; give a {SUFFIX_LIST} file{feed}")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BadInput(f"cannot be read ({os_reason(error)})") from None
    return parse_text(decode(data), fmt)


def stream_file(path: Path) -> Iterator[ReadItem]:
    """``parse_file``, with JSON Lines read a line at a time: one export may hold a whole
    archive. Other formats, and UTF-16 files, are read whole."""
    if SUPPORTED_SUFFIXES.get(path.suffix.lower()) != "jsonl":
        yield from parse_file(path)
        return
    try:
        handle = path.open("rb")
    except OSError as error:
        raise BadInput(f"cannot be read ({os_reason(error)})") from None
    with handle:
        sample = handle.read(_SAMPLE_BYTES)
        if looks_utf16(sample) or not sample.strip():
            yield from parse_text(decode(sample + handle.read()), "jsonl")
            return
        checked_text(decode_line(sample))
        handle.seek(0)
        yield from jsonl_stream(decode_line(line) for line in handle)


def parse_stdin(stream: TextIO) -> list[ReadItem]:
    """The drafts in standard input, in the format its opening characters suggest."""
    try:
        raw = stream.read()
    except (OSError, UnicodeDecodeError) as error:
        raise BadInput(f"standard input could not be read as text ({error})") from None
    text = checked_text(raw)
    return parse_text(text, _sniff(text))


def os_reason(error: OSError) -> str:
    """Why the system refused a file or folder, with what to do about it."""
    if isinstance(error, PermissionError):
        return "permission denied; make it readable, e.g. chmod +r, or leave it out"
    return f"{error.strerror or error}; check the path"


def _sniff(text: str) -> InputFormat:
    start = text.lstrip()
    if start.startswith(("{", "[")):
        return "json"
    if start.startswith(FRONT_MATTER_FENCE):
        return "markdown"
    if start.startswith("<"):
        return "html"
    return "text"
