"""The briefing output formats, apart from the renderers that write them.

Configuration (``briefing.toml``, CLI choices) validates a format name; keeping the names
here lets it do so without importing the renderers and the template engine behind them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

Format = Literal["md", "json", "html"]
# What each command offers, said once here (its choices and help come from it): a format
# added to briefings is not offered by ``timeline`` until a timeline renderer exists for it.
FORMATS: tuple[Format, ...] = ("md", "json", "html")
TIMELINE_FORMATS: tuple[Format, ...] = ("md", "json", "html")

# The suffixes that name a format: ``--out briefing.html`` asks for a page as plainly as
# ``--format html`` does. Any other suffix (``.txt``, none) says nothing, so Markdown.
_SUFFIX_FORMATS: dict[str, Format] = {
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
}


def format_for(out: Path | None, chosen: Format | None = None) -> Format:
    """The format to write: the one asked for, else the one ``out``'s suffix names, else
    Markdown. A person who types ``--out x.html`` and gets Markdown in it has been let down;
    one who also types ``--format md`` meant it."""
    if chosen is not None:
        return chosen
    if out is not None:
        return _SUFFIX_FORMATS.get(out.suffix.lower(), "md")
    return "md"


def unnamed_format_note(out: Path | None, chosen: Format | None = None) -> str | None:
    """What to tell a person whose ``--out`` suffix names a format not written here
    (``--out briefing.pdf``): the file holds Markdown, which its name does not say. None
    when a format was chosen, or the suffix names one, is ``.txt`` or is not a word (no
    suffix, ``brief.2022-01-29``)."""
    if chosen is not None or out is None:
        return None
    suffix = out.suffix.lower()
    if suffix in _SUFFIX_FORMATS or suffix == ".txt" or not suffix[1:].isalpha():
        return None
    return (
        f"{out} holds Markdown: its suffix {out.suffix} names no format written here "
        f"(--format {', '.join(FORMATS[:-1])} or {FORMATS[-1]}; or name the file .md, .json "
        "or .html)"
    )


# How much of each item a rendering shows: "short" one line and its best quote (the other
# quotes are behind the source numbers), "full" every quote in its article context. JSON is
# always complete: it is for programs.
Detail = Literal["short", "full"]
DETAILS: tuple[Detail, ...] = ("short", "full")


def format_help(formats: tuple[Format, ...]) -> str:
    """A ``--format`` help line naming exactly the formats the command offers."""
    named = f"{', '.join(formats[:-1])} or {formats[-1]}"
    return f"{named} (default: as --out's suffix names it, else md)."
