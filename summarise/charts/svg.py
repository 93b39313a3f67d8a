"""Writing SVG by hand, safely: every attribute and text escaped, numbers rounded.

Labels come from articles (party names, outlets, headlines), so they are hostile input:
``markupsafe.escape`` is applied to every value that enters the markup, and the result is
``Markup`` so a template does not escape it twice. Sizes are in pixels at the chart's own
width; the page shows charts at that width and lets a narrow screen scroll them sideways,
so text is never shrunk below its size (``chart_css``).
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib.resources import files

from markupsafe import Markup, escape

# Text sizes in pixels: readable on a phone without zooming.
FONT = 13
SMALL_FONT = 12


def _value(value: object) -> str:
    """The attribute's text, escaped. Most attributes are numbers, whose digits need no
    escaping, and a whole store's charts have 150,000 of them."""
    if isinstance(value, float):
        return f"{value:.1f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return str(value)
    return str(escape(str(value)))


def element(tag: str, attributes: dict[str, object], *children: str) -> str:
    """``<tag a="1">children</tag>``; ``None`` attributes are left out, children are
    markup already (use ``text`` for words)."""
    attrs = "".join(
        f' {name.replace("_", "-")}="{_value(value)}"'
        for name, value in attributes.items()
        if value is not None
    )
    if not children:
        return f"<{tag}{attrs}/>"
    return f"<{tag}{attrs}>{''.join(children)}</{tag}>"


def text(words: str) -> str:
    return str(escape(words))


def shorten(words: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word where one is near, with an ellipsis."""
    if len(words) <= limit:
        return words
    cut = words[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,·\u2013-") + "\u2026"


def svg(width: int, height: int, title: str, body: Iterable[str], css_class: str) -> Markup:
    """A standalone ``<svg>`` of that size whose accessible name is ``title``."""
    inner = element("title", {}, text(title)) + "".join(body)
    return Markup(
        element(
            "svg",
            {
                "xmlns": "http://www.w3.org/2000/svg",
                "class": f"chart {css_class}",
                "width": width,
                "height": height,
                "viewBox": f"0 0 {width} {height}",
                "role": "img",
                "font_family": "system-ui, -apple-system, 'Segoe UI', sans-serif",
                "font_size": FONT,
            },
            inner,
        )
    )


def chart_css() -> str:
    """The page rules charts need: each in a box that scrolls sideways on a narrow screen."""
    return files("summarise.charts").joinpath("charts.css").read_text(encoding="utf-8")
