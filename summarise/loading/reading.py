"""One input to drafts: a file by its extension, standard input by its first characters.

A file's extension is trusted because the user chose it; standard input has no name, so
its format is guessed from how it starts. Reasons name no input: the loader prefixes the
file's name, or ``<stdin>``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from summarise.loading.decoding import checked_text, decode
from summarise.loading.drafts import BadInput, ReadItem
from summarise.loading.readers import FRONT_MATTER_FENCE, InputFormat, parse_text

SUPPORTED_SUFFIXES: dict[str, InputFormat] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
}

_SUFFIX_LIST = ", ".join(SUPPORTED_SUFFIXES)


def parse_file(path: Path) -> list[ReadItem]:
    """The drafts in one file, in the format its extension names."""
    fmt = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        kind = f"'{path.suffix}' files" if path.suffix else "files without an extension"
        raise BadInput(f"{kind} are not supported; give a {_SUFFIX_LIST} file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BadInput(f"cannot be read ({os_reason(error)})") from None
    return parse_text(decode(data), fmt)


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
