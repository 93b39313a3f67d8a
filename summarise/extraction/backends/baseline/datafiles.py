"""The baseline's data files: read from the installed package, hashed into its identity.

Lexicons and closed word classes live in TOML beside the code so that they can be read, reviewed
and extended without touching a rule; the hash makes any edit invalidate cached
extractions, exactly as a new prompt does for a model backend.
"""

from __future__ import annotations

import hashlib
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from summarise.actors.vocabulary import digest as actor_vocabulary_digest

DATA_FILES = ("grammar.toml", "lexicon.toml")


def _data_text(name: str) -> str:
    return (
        resources.files(__package__ or __name__).joinpath("data").joinpath(name).read_text("utf-8")
    )


@cache
def read_data(name: str) -> dict[str, Any]:
    """One data file, parsed; cached because every backend instance shares it."""
    return tomllib.loads(_data_text(name))


@cache
def data_digest() -> str:
    """A short hash over every data file and the shared actor vocabulary, so an edit to
    either changes the identity."""
    digest = hashlib.sha256(actor_vocabulary_digest().encode())
    for name in DATA_FILES:
        digest.update(name.encode())
        digest.update(_data_text(name).encode())
    return digest.hexdigest()[:12]
