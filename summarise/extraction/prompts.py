"""Versioned prompt templates from ``prompts/``.

Wheels carry the folder as ``summarise/prompts``; a source checkout reads the top-level
``prompts/`` beside the package, so the file a developer edits is the one that runs.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2

from summarise.errors import ConfigError

_SOURCE_DIR = Path(__file__).resolve().parents[2] / "prompts"
_ENV = jinja2.Environment(
    undefined=jinja2.StrictUndefined, keep_trailing_newline=False, autoescape=False
)


@dataclass(frozen=True)
class Prompt:
    """A chat prompt: fixed system text, a user template with the article last."""

    name: str
    version: str
    hash: str
    system: str
    user_template: str
    _compiled: jinja2.Template = field(compare=False, repr=False)

    def messages(self, **variables: Any) -> list[dict[str, str]]:
        user = self._compiled.render(**variables).strip()
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]


def _prompt_text(name: str) -> str:
    packaged = resources.files("summarise").joinpath("prompts", f"{name}.toml")
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    source = _SOURCE_DIR / f"{name}.toml"
    if source.is_file():
        return source.read_text(encoding="utf-8")
    raise ConfigError(f"Prompt template '{name}' not found; reinstall summarise.")


@cache
def load_prompt(name: str = "extraction") -> Prompt:
    text = _prompt_text(name)
    data = tomllib.loads(text)
    return Prompt(
        name=data["name"],
        version=str(data["version"]),
        hash=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        system=data["system"].strip(),
        user_template=data["user"],
        _compiled=_ENV.from_string(data["user"]),
    )
