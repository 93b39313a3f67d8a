"""The user's alias file: names the automatic resolution cannot know are the same.

Two shapes are accepted, in TOML or JSON, optionally under an ``aliases`` table:
``"variant" = "Canonical"`` (one line per variant), or ``"Canonical" = ["variant", …]``
(one line per actor, easier to write by hand). Both load to variant -> canonical.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from summarise.errors import ConfigError
from summarise.fileio import read_document

_SHAPE = (
    'write "variant" = "Canonical name" or "Canonical name" = ["variant", ...], '
    "optionally under an [aliases] table"
)


def load_aliases(path: Path | str) -> dict[str, str]:
    """Read an alias file (``.toml`` or ``.json``) into a variant -> canonical mapping."""
    path = Path(path)
    data: Any = read_document(path, "Alias file")
    if isinstance(data, dict) and set(data) == {"aliases"}:
        data = data["aliases"]
    if not isinstance(data, dict):
        raise ConfigError(f"Alias file {path} must hold a table of names: {_SHAPE}.")
    aliases: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, str):
            pairs = [(key, value)]
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            pairs = [(variant, key) for variant in value]
        else:
            raise ConfigError(f"Alias file {path}: the entry {key!r} is not a name; {_SHAPE}.")
        for variant, canonical in pairs:
            if not variant.strip() or not canonical.strip():
                raise ConfigError(f"Alias file {path}: the entry {key!r} has an empty name.")
            aliases[variant.strip()] = canonical.strip()
    return dict(sorted(aliases.items()))
