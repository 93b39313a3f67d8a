"""The documents a person labelling articles reads: the schema and the labelling guide.

They live in the project's ``evals/`` (beside the labels they govern, where they are
edited), and wheels carry copies as ``summarise/docs/`` (``pyproject.toml``), so
``summarise guide`` reads the same text from a pip install as from a checkout, and
``summarise label``'s advice points at something every install has.
"""

from __future__ import annotations

import posixpath
import re
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


# A Markdown link to a relative path: no scheme ("https:"), no anchor ("#…"), no root.
_RELATIVE_LINK = re.compile(r"\[([^\]]*)\]\((?![A-Za-z][A-Za-z0-9+.-]*:|#|/)([^)\s]+)\)")


def guide_text(name: GuideName) -> str:
    """The guide's Markdown: the wheel's copy, else the checkout's own file (so the text a
    developer edits is the one shown), with its links made to work where it is read."""
    packaged = resources.files("summarise").joinpath("docs", f"{name}.md")
    if packaged.is_file():
        return portable_links(name, packaged.read_text(encoding="utf-8"))
    source = _CHECKOUT / SOURCES[name]
    if source.is_file():
        return portable_links(name, source.read_text(encoding="utf-8"))
    raise ConfigError(f"The {name} guide is not installed: reinstall summarise.")


def portable_links(name: GuideName, text: str) -> str:
    """The guide's relative links, written for the checkout's folders
    ("../extraction-schema.md" from ``evals/labels/``), said so that a printed copy can be
    followed: another guide by the command that prints it ("`summarise guide schema`"),
    any other file by its path in the project's repository. An installed copy has neither
    folder, and a terminal follows no link. Web links and anchors are left alone."""
    folder = posixpath.dirname(SOURCES[name])
    guides = {source: other for other, source in SOURCES.items()}

    def said(link: re.Match[str]) -> str:
        label, target = link.groups()
        path = posixpath.normpath(posixpath.join(folder, target.partition("#")[0]))
        other = guides.get(path)
        where = f"`summarise guide {other}`" if other else f"`{path}` in the project's repository"
        return where if label.strip("`") == target else f"{label} ({where})"

    return _RELATIVE_LINK.sub(said, text)
