"""A folder of saved article files as a source: a file is new or changed by its bytes.

Hashing the bytes rather than trusting modification times means a copied-in or touched
file that did not change costs nothing, and an edited one is re-read even when a sync tool
kept its old time. Only changed files are parsed, so a large archive stays cheap to watch;
files that failed are parsed again each run, since a newer summarise may read them.
A file deleted from the folder leaves the briefing; one that cannot be read or parsed, or
that sits in a subfolder that cannot be listed, keeps its last good copy, if any, and is
reported every run until it is fixed. A file whose bytes are not an article is
``unreadable``, with its fingerprint, so a run can tell it failed before unchanged.

The folder is walked as ``summarise extract`` walks one (same files, same order, same
reports), so a folder source briefs what the one-off commands would read, less what the
source excludes and the briefing's own output, state and cache: a folder source of ``.``
beside its config must not brief its last briefing or fail on its state files. A changed file
is read twice, once for its fingerprint and once by the loader, which takes a path.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from fnmatch import fnmatchcase
from pathlib import Path

from summarise.extraction.results import ArticleFailure
from summarise.loading.loader import article_files, load_file
from summarise.loading.reading import os_reason
from summarise.scheduled.config import SourceConfig
from summarise.scheduled.sources.units import Found, SourceRead, Unreadable

_UNIT_PREFIX = "file:"


def read_folder(
    source: SourceConfig, known: Mapping[str, str], skip: Sequence[Path] = ()
) -> SourceRead:
    """Every supported file under the folder but those its ``exclude`` globs match and the
    folders in ``skip`` (the briefing's own output, state and cache); ``known`` maps unit
    keys to fingerprints."""
    read = SourceRead(name=source.name)
    folder = source.folder
    if folder is None or not folder.is_dir():
        read.error = f"folder {folder} does not exist; create it or fix the path"
        return read
    files, problems = article_files(folder, _exclusion(folder, source.exclude, skip))
    unlisted = next((p for p in problems if p.name == str(folder)), None)
    if unlisted is not None:
        read.error = f"folder {folder}: {unlisted.reason}"
        return read
    read.failures.extend(problems)
    listed = [_key(path) for path in files]
    skipped: set[str] = set()
    for path in files:
        key = _key(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            reason = f"cannot be read ({os_reason(exc)})"
            read.failures.append(ArticleFailure(name=str(path), reason=reason))
            read.failed_keys.add(key)
            continue
        fingerprint = hashlib.sha256(data).hexdigest()
        if known.get(key) == fingerprint:
            continue
        loaded = load_file(path, in_folder=True)
        read.warnings += loaded.warnings + loaded.notes
        if loaded.failures:
            failure = ArticleFailure(name=str(path), reason=loaded.failures[0].reason)
            read.unreadable.append(Unreadable(key=key, fingerprint=fingerprint, failure=failure))
        elif loaded.articles:
            articles = tuple(loaded.articles)
            read.found.append(Found(key=key, fingerprint=fingerprint, articles=articles))
        else:
            # A file of records that are no articles (a MANIFEST.jsonl), skipped with a
            # note: no unit, as a file of another type is none, so "N read" leaves it out.
            skipped.add(key)
    listed = [key for key in listed if key not in skipped]
    read.listed = listed + _kept(known, [Path(p.name) for p in problems], set(listed))
    return read


def _exclusion(
    folder: Path, patterns: Sequence[str], skip: Sequence[Path]
) -> Callable[[Path], bool]:
    """Whether a path is left out: it is, or lies in, a folder of ``skip``; or a pattern
    matches its path from ``folder`` (``drafts/*``, ``*.jsonl``) or its name (``drafts``)."""
    skipped = [p.resolve() for p in skip]

    def excluded(path: Path) -> bool:
        resolved = path.resolve()
        if any(resolved == s or resolved.is_relative_to(s) for s in skipped):
            return True
        relative = path.relative_to(folder).as_posix()
        return any(fnmatchcase(relative, p) or fnmatchcase(path.name, p) for p in patterns)

    return excluded


def _key(path: Path) -> str:
    return f"{_UNIT_PREFIX}{path}"


def _kept(known: Mapping[str, str], failed: list[Path], listed: set[str]) -> list[str]:
    """Known files at or under a path that failed (a subfolder that cannot be listed, a
    link that broke): still listed, so their last good copies stay in the briefing."""
    return [
        key
        for key in known
        if key.startswith(_UNIT_PREFIX)
        and key not in listed
        and any(Path(key.removeprefix(_UNIT_PREFIX)).is_relative_to(f) for f in failed)
    ]
