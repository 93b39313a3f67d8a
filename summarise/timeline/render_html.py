"""The timeline as one self-contained HTML page, charts first, then the entries by day.

The same two guards as the briefing page apply (``summarise.briefing.render_html``):
jinja2 escapes every value and a Content-Security-Policy allows only the page's own style,
pinned by hash. The page has no script at all, so the policy allows none.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from itertools import groupby

from jinja2 import Environment
from markupsafe import Markup

from summarise.briefing.render_html import content_security_policy, page_environment
from summarise.charts import FigurePoint, LaneMark, chart_css, figure_chart, lanes_chart
from summarise.timeline.model import Timeline
from summarise.timeline.wording import BASIS_NOTES, entry_label, filters_line, source_label


def _css() -> str:
    briefing = files("summarise.briefing").joinpath("templates", "briefing.css")
    own = files("summarise.timeline").joinpath("templates", "timeline.css")
    return briefing.read_text(encoding="utf-8") + chart_css() + own.read_text(encoding="utf-8")


def _lane_marks(timeline: Timeline) -> list[LaneMark]:
    return [
        LaneMark(
            day=e.day,
            lanes=tuple(e.parties),
            kind="contact" if e.category == "diplomatic_contacts" else "movement",
            label=e.headline,
            href=f"#item-{e.merged_item}",
        )
        for e in timeline.entries
        if e.kind == "reported" and e.category != "positions"
    ]


def _figure_charts(timeline: Timeline) -> list[tuple[int, str, Markup]]:
    return [
        (
            f.merged_item,
            f.headline,
            figure_chart(
                [FigurePoint(e.day, e.low, e.high, e.value, e.source) for e in f.estimates],
                f"{f.headline}: estimates by date and source",
            ),
        )
        for f in timeline.figures
    ]


@cache
def _environment() -> Environment:
    env = page_environment("summarise.timeline")
    env.filters["entry_label"] = entry_label
    env.filters["source_label"] = source_label
    return env


def render_html(timeline: Timeline) -> str:
    css = _css()
    lanes = lanes_chart(_lane_marks(timeline), "Contacts and military movements by date and party")
    return (
        _environment()
        .get_template("timeline.html.j2")
        .render(
            t=timeline,
            css=Markup(css),
            csp=content_security_policy(css, None),
            summary=filters_line(timeline),
            days=[
                (day, list(entries)) for day, entries in groupby(timeline.entries, lambda e: e.day)
            ],
            lanes=lanes,
            figures=_figure_charts(timeline),
            basis_notes=BASIS_NOTES,
        )
    )
