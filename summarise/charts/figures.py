"""One disputed or revised figure: each estimate as a bar, in date order, with who gave it.

"Russian troops near Ukraine: 100,000, then 130,000, and who said which" is a question of
order and size, so estimates are rows in date order, each labelled with its date, source
and value, over a bar whose length is the figure (a range is drawn from its low to its
high end on a lighter bar from zero). Rows stack, so the chart is as narrow as a phone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from summarise.charts.scale import nice_maximum
from summarise.charts.svg import SMALL_FONT, element, shorten, svg, text

WIDTH = 340
ROW = 40
TOP = 8
BOTTOM = 22
LEFT = 4
# The longest bar; the rest of the width holds the figure written after it.
BARS = 170
BAR = 12
COLOUR = "#9a4b00"
RANGE_COLOUR = "#e8c49a"


@dataclass(frozen=True)
class FigurePoint:
    """One source's figure: ``low`` alone, or ``low``..``high`` for a range."""

    day: dt.date | None
    low: int
    high: int | None
    value: str
    source: str


def figure_chart(points: Sequence[FigurePoint], title: str) -> Markup:
    """Rows in date order: a line naming the date and the source, then the bar with the
    figure written at its end."""
    ordered = sorted(points, key=lambda p: (p.day or dt.date.max, p.low, p.source))
    top_value = nice_maximum(max(max(p.low, p.high or 0) for p in ordered))

    def x(value: int) -> float:
        return LEFT + value / top_value * BARS

    body: list[str] = []
    for n, point in enumerate(ordered):
        y = TOP + ROW * n
        when = point.day.isoformat() if point.day else "undated"
        body.append(
            element(
                "text",
                {"x": LEFT, "y": y + 13},
                element("title", {}, text(f"{when}: {point.source}: {point.value}")),
                text(shorten(f"{when} · {point.source}", 44)),
            )
        )
        bar_y = y + 19
        end = x(point.high if point.high is not None else point.low)
        if point.high is not None and point.high > point.low:
            body.append(_bar(bar_y, end, RANGE_COLOUR))
        body.append(_bar(bar_y, x(point.low), COLOUR))
        body.append(
            element(
                "text",
                {"x": end + 6, "y": bar_y + BAR - 1, "font_size": SMALL_FONT},
                text(shorten(point.value, 24)),
            )
        )
    axis_y = TOP + ROW * len(ordered) + 14
    for value, anchor in ((0, "start"), (top_value, "end")):
        body.append(
            element(
                "text",
                {
                    "x": x(value),
                    "y": axis_y,
                    "text_anchor": anchor,
                    "font_size": SMALL_FONT,
                    "fill": "#5d6670",
                },
                text(f"{value:,}"),
            )
        )
    height = TOP + ROW * len(ordered) + BOTTOM
    return svg(WIDTH, height, title, body, "figure")


def _bar(y: float, end: float, colour: str) -> str:
    return element(
        "rect", {"x": LEFT, "y": y, "width": max(end - LEFT, 2), "height": BAR, "fill": colour}
    )
