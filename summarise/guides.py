"""The documents a person labelling articles reads: the schema and the labelling guide.

They live in the project's ``evals/`` (beside the labels they govern, where they are
edited), and wheels carry copies as ``summarise/docs/`` (``pyproject.toml``), so
``summarise guide`` reads the same text from a pip install as from a checkout, and
``summarise label``'s advice points at something every install has.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Literal

from summarise.errors import ConfigError

GuideName = Literal["labelling", "schema"]

# Each guide's file in a source checkout, relative to its root; a wheel holds it as
# ``summarise/docs/<name>.md``.
SOURCES: dict[GuideName, str] = {
    "labelling": "evals/labels/GUIDE.md",
    "schema": "evals/extraction-schema.md",
}

_CHECKOUT = Path(__file__).resolve().parents[1]


def guide_text(name: GuideName) -> str:
    """The guide's Markdown: the wheel's copy, else the checkout's own file (so the text a
    developer edits is the one shown)."""
    packaged = resources.files("summarise").joinpath("docs", f"{name}.md")
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    source = _CHECKOUT / SOURCES[name]
    if source.is_file():
        return source.read_text(encoding="utf-8")
    raise ConfigError(f"The {name} guide is not installed: reinstall summarise.")
