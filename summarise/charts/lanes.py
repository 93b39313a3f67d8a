"""Contacts and military movements by date and party: one lane per party, a mark per item.

The question it answers at a glance is "who was doing what, when": a contact is a dot in
the lane of every participant, joined by a line, so meetings read as links between
parties; a movement is a triangle in its actor's lane. Every mark names its item in a
tooltip and links to it on the page. The busiest parties get lanes (``MAX_LANES``); the
note under the chart says what was left out, so nothing is dropped silently.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Literal

from markupsafe import Markup

from summarise.charts.scale import day_label, day_scale
from summarise.charts.svg import SMALL_FONT, element, shorten, svg, text

MAX_LANES = 12
WIDTH = 720
LABEL_WIDTH = 150
LANE_HEIGHT = 30
TOP = 34
LEGEND = 34
# Marks of one day sit side by side this far apart (closer when many), so a contact's line
# does not run through a movement of the same day; they spread at most SPREAD either way.
SAME_DAY_GAP = 9
SPREAD = 14
CONTACT_COLOUR = "#1f5f99"
MOVEMENT_COLOUR = "#9a4b00"


@dataclass(frozen=True)
class LaneMark:
    """One item: its day, the parties whose lanes it sits in, what it is and where it links."""

    day: dt.date
    lanes: tuple[str, ...]
    kind: Literal["contact", "movement"]
    label: str
    href: str | None = None


@dataclass(frozen=True)
class LanesChart:
    """The picture, and how many items and parties it could not show."""

    svg: Markup | None
    left_out: int
    hidden_parties: int


def _order(mark: LaneMark) -> tuple[dt.date, str, str]:
    return (mark.day, mark.kind, mark.label)


def _lanes(marks: Sequence[LaneMark]) -> list[str]:
    counts = Counter(lane for mark in marks for lane in set(mark.lanes))
    return sorted(counts, key=lambda lane: (-counts[lane], lane.casefold()))[:MAX_LANES]


def _mark(mark: LaneMark, x: float, ys: list[float]) -> str:
    tooltip = element("title", {}, text(f"{mark.day.isoformat()}: {mark.label}"))
    if mark.kind == "contact":
        shapes = []
        if len(ys) > 1:
            shapes.append(
                element(
                    "line",
                    {
                        "x1": x,
                        "x2": x,
                        "y1": min(ys),
                        "y2": max(ys),
                        "stroke": CONTACT_COLOUR,
                        "stroke_width": 2,
                    },
                )
            )
        shapes.extend(
            element("circle", {"cx": x, "cy": y, "r": 6, "fill": CONTACT_COLOUR}) for y in ys
        )
    else:
        shapes = [
            element(
                "path",
                {"d": f"M{x:.1f} {y - 7:.1f}l7 12h-14z", "fill": MOVEMENT_COLOUR},
            )
            for y in ys
        ]
    group = element("g", {"class": f"mark {mark.kind}"}, tooltip, *shapes)
    return element("a", {"href": mark.href}, group) if mark.href else group


def _legend(y: float) -> str:
    return "".join(
        (
            element("circle", {"cx": LABEL_WIDTH + 16, "cy": y, "r": 6, "fill": CONTACT_COLOUR}),
            element("text", {"x": LABEL_WIDTH + 28, "y": y + 4}, text("diplomatic contact")),
            element(
                "path",
                {"d": f"M{LABEL_WIDTH + 196} {y - 7}l7 12h-14z", "fill": MOVEMENT_COLOUR},
            ),
            element("text", {"x": LABEL_WIDTH + 210, "y": y + 4}, text("military movement")),
        )
    )


def lanes_chart(marks: Sequence[LaneMark], title: str) -> LanesChart:
    """The chart of ``marks``; no picture when there is nothing to draw."""
    lanes = _lanes(marks)
    shown = [m for m in marks if any(lane in lanes for lane in m.lanes)]
    hidden = len({lane for m in marks for lane in m.lanes} - set(lanes))
    if not shown:
        return LanesChart(svg=None, left_out=len(marks), hidden_parties=hidden)
    height = TOP + LANE_HEIGHT * len(lanes) + LEGEND
    scale = day_scale((m.day for m in shown), LABEL_WIDTH + 16 + SPREAD, WIDTH - 24 - SPREAD)
    lane_y = {lane: TOP + LANE_HEIGHT * (n + 0.5) for n, lane in enumerate(lanes)}
    body: list[str] = []
    for n, lane in enumerate(lanes):
        top = TOP + LANE_HEIGHT * n
        if n % 2 == 0:
            body.append(
                element(
                    "rect",
                    {"x": 0, "y": top, "width": WIDTH, "height": LANE_HEIGHT, "fill": "#f4f6f8"},
                )
            )
        body.append(
            element(
                "text",
                {"x": LABEL_WIDTH, "y": lane_y[lane] + 4, "text_anchor": "end"},
                element("title", {}, text(lane)),
                text(shorten(lane, 20)),
            )
        )
    ticks = scale.ticks(6)
    for index, day in enumerate(ticks):
        x = scale.x(day)
        body.append(
            element(
                "line",
                {
                    "x1": x,
                    "x2": x,
                    "y1": TOP - 6,
                    "y2": TOP + LANE_HEIGHT * len(lanes),
                    "stroke": "#d8dde2",
                },
            )
        )
        body.append(
            element(
                "text",
                {"x": x, "y": TOP - 12, "text_anchor": "middle", "font_size": SMALL_FONT},
                # The year is shown where it starts and wherever it changes, so ticks a
                # year apart never read as days going backwards.
                text(day_label(day, with_year=index == 0 or day.year != ticks[index - 1].year)),
            )
        )
    for day, same_day in groupby(sorted(shown, key=_order), key=lambda m: m.day):
        marks_of_day = list(same_day)
        for n, mark in enumerate(marks_of_day):
            half = (len(marks_of_day) - 1) / 2
            gap = min(SAME_DAY_GAP, SPREAD / half) if half else 0
            nudge = (n - half) * gap
            ys = sorted(lane_y[lane] for lane in set(mark.lanes) if lane in lane_y)
            body.append(_mark(mark, scale.x(day) + nudge, ys))
    body.append(_legend(TOP + LANE_HEIGHT * len(lanes) + LEGEND / 2 + 2))
    return LanesChart(
        svg=svg(WIDTH, height, title, body, "lanes"),
        left_out=len(marks) - len(shown),
        hidden_parties=hidden,
    )
