"""The baseline's data files, read from the installed package, and its identity's hash.

Lexicons and closed word classes live in TOML beside the code so that they can be read, reviewed
and extended without touching a rule; the hash makes any edit invalidate cached
extractions, exactly as a new prompt does for a model backend.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from summarise.actors.table import digest as actor_vocabulary_digest

DATA_FILES = ("grammar.toml", "lexicon.toml")


def _data_text(name: str) -> str:
    return (
        resources.files(__package__ or __name__).joinpath("data").joinpath(name).read_text("utf-8")
    )


@cache
def read_data(name: str) -> dict[str, Any]:
    """One data file, parsed; cached because every backend instance shares it."""
    return tomllib.loads(_data_text(name))


# The code the rules run, beside their data: an edit to any of it is a new extraction.
_RULE_CODE = (
    ("summarise.extraction.backends.baseline", "*"),
    ("summarise.actors", "*"),
    ("summarise.extraction", "sentences.py"),
)


def rule_sources() -> Iterator[tuple[str, bytes]]:
    for package, pattern in _RULE_CODE:
        for entry in sorted(resources.files(package).iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".py") and pattern in ("*", entry.name):
                yield f"{package}/{entry.name}", entry.read_bytes()


@cache
def data_digest() -> str:
    """A short hash over every data file, the shared actor vocabulary and the rules' own
    code. A rules version bumped by hand is easy to forget between two commits, and a
    cached extraction made by other code would then be served as today's."""
    digest = hashlib.sha256(actor_vocabulary_digest().encode())
    for name in DATA_FILES:
        digest.update(name.encode())
        digest.update(_data_text(name).encode())
    for name, source in rule_sources():
        digest.update(name.encode())
        digest.update(source)
    return digest.hexdigest()[:12]
