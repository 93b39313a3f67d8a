"""A folder of saved article files as a source: a file is new or changed by its bytes.

Hashing the bytes rather than trusting modification times means a copied-in or touched
file that did not change costs nothing, and an edited one is re-read even when a sync tool
kept its old time. Only changed files are parsed, so a large archive stays cheap to watch.
A file deleted from the folder leaves the briefing; one that cannot be read or parsed keeps
its last good copy, if any, and is reported every run until it is fixed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from pathlib import Path

from summarise.errors import ArticleError
from summarise.loaders import SUPPORTED_SUFFIXES, load_path
from summarise.results import ArticleFailure
from summarise.sources.config import SourceConfig
from summarise.sources.model import Found, SourceRead


def read_folder(source: SourceConfig, known: Mapping[str, str]) -> SourceRead:
    """Every supported file under the folder; ``known`` maps unit keys to fingerprints."""
    read = SourceRead(name=source.name)
    folder = source.folder
    if folder is None or not folder.is_dir():
        read.error = f"folder {folder} does not exist; create it or fix the path"
        return read
    listed: list[str] = []
    for path in _files(folder, set()):
        key = f"file:{path}"
        listed.append(key)
        try:
            data = path.read_bytes()
        except OSError as exc:
            read.failures.append(ArticleFailure(name=str(path), reason=f"cannot be read ({exc})"))
            continue
        fingerprint = hashlib.sha256(data).hexdigest()
        if known.get(key) == fingerprint:
            continue
        try:
            articles = load_path(path)
        except ArticleError as exc:
            reason = str(exc).removeprefix(f"{path}: ")
            read.failures.append(ArticleFailure(name=str(path), reason=reason))
            continue
        read.found.append(Found(key=key, fingerprint=fingerprint, articles=tuple(articles)))
    read.listed = listed
    return read


def _files(folder: Path, entered: set[Path]) -> Iterator[Path]:
    """Supported files in name order, hidden ones (editors' swap files, .git) left out."""
    if folder.resolve() in entered:
        return
    entered.add(folder.resolve())
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _files(entry, entered)
        elif entry.suffix.lower() in SUPPORTED_SUFFIXES and entry.is_file():
            yield entry
