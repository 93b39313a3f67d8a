"""Versioned prompt templates from ``prompts/``.

Wheels carry the folder as ``summarise/prompts``; a source checkout reads the top-level
``prompts/`` beside the package, so the file a developer edits is the one that runs.
Both messages are Jinja templates: the system message takes only strategy variables (the
category of a per-category pass, the worked example), so for one strategy it is the same
text for every article and a model server, or llama.cpp's prefix reuse, pays for it once.
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

_SOURCE_DIR = Path(__file__).resolve().parents[3] / "prompts"
_ENV = jinja2.Environment(
    undefined=jinja2.StrictUndefined, keep_trailing_newline=False, autoescape=False
)


@dataclass(frozen=True)
class Prompt:
    """A chat prompt: a static system template, a user template with the article last."""

    name: str
    version: str
    hash: str
    data: dict[str, Any] = field(compare=False, repr=False)
    _system: jinja2.Template = field(compare=False, repr=False)
    _user: jinja2.Template = field(compare=False, repr=False)

    def system_text(self, **variables: Any) -> str:
        return self._system.render({"category": "all", "example": "", **variables}).strip()

    def messages(
        self, system: dict[str, Any] | None = None, **variables: Any
    ) -> list[dict[str, str]]:
        user = self._user.render(**variables).strip()
        return [
            {"role": "system", "content": self.system_text(**(system or {}))},
            {"role": "user", "content": user},
        ]


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
        data=data,
        _system=_ENV.from_string(data.get("system", "").strip()),
        _user=_ENV.from_string(data.get("user", "")),
    )
