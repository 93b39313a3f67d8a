"""The briefing output formats, apart from the renderers that write them.

Configuration (``briefing.toml``, CLI choices) validates a format name; keeping the names
here lets it do so without importing the renderers and the template engine behind them.
"""

from __future__ import annotations

from typing import Literal

Format = Literal["md", "json", "html"]
FORMATS: tuple[Format, ...] = ("md", "json", "html")

# How much of each item a rendering shows: "short" one line and its best quote (the other
# quotes are behind the source numbers), "full" every quote in its article context. JSON is
# always complete: it is for programs.
Detail = Literal["short", "full"]
DETAILS: tuple[Detail, ...] = ("short", "full")
