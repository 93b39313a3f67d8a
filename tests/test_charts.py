"""Charts: SVG drawn on the server from hostile text, and the pages that show them as a
reader's browser shows them, on a phone (400 px) and a desktop (1280 px)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from browser import HeadlessChromium
from helpers import DATA, GENERATED, crisis_results, grounded_result, record_results

from summarise.briefing import build_briefing, render
from summarise.briefing.wording import quantity_bounds, quantity_text
from summarise.charts import FigurePoint, LaneMark, figure_chart, lanes_chart
from summarise.charts.lanes import MAX_LANES
from summarise.extraction.results import ArticleResult
from summarise.schema import Quantity
from summarise.store import opened
from summarise.timeline import build_timeline, render_timeline

DAY = dt.date(2022, 2, 1)
HOSTILE = "<script>document.title='pwned'</script>"


def hostile_result() -> ArticleResult:
    return grounded_result(json.loads((DATA / "briefing_hostile.json").read_text(encoding="utf-8")))


def test_text_from_articles_is_escaped_in_every_chart() -> None:
    lanes = lanes_chart(
        [LaneMark(DAY, (HOSTILE, "Russia"), "contact", f'"{HOSTILE}', "#C1")], "Contacts"
    )
    figure = figure_chart([FigurePoint(DAY, 1, None, HOSTILE, HOSTILE)], f"t{HOSTILE}")

    for svg in (str(lanes.svg), str(figure)):
        assert "<script" not in svg
        assert "&lt;script&gt;" in svg


def test_a_contact_sits_in_each_participant_lane_joined_and_linked_to_its_item() -> None:
    marks = [
        LaneMark(DAY, ("Boris Johnson", "Vladimir Putin"), "contact", "call", "#C1"),
        LaneMark(DAY + dt.timedelta(days=3), ("Russia",), "movement", "troops", "#M1"),
    ]

    svg = str(lanes_chart(marks, "Contacts and movements").svg)

    assert svg.count("<circle") == 2 + 1  # two participants, one in the legend
    assert svg.count("<line") == 1 + 4  # the join, and a tick line for each of four days
    assert '<a href="#C1">' in svg
    assert '<a href="#M1">' in svg
    assert "1 Feb 2022" in svg
    assert "4 Feb" in svg


def test_ticks_name_the_year_wherever_it_changes() -> None:
    marks = [
        LaneMark(DAY, ("Russia",), "movement", "troops"),
        LaneMark(dt.date(2024, 12, 5), ("Russia",), "movement", "troops"),
    ]

    svg = str(lanes_chart(marks, "Movements over years").svg)

    assert "1 Feb 2022" in svg
    assert "31 Jan 2023" in svg
    assert "30 Jan 2024" in svg


def test_the_busiest_parties_get_lanes_and_the_rest_are_counted() -> None:
    busy = [LaneMark(DAY, (f"Party {n:02}",), "movement", "m") for n in range(MAX_LANES)]
    quiet = [LaneMark(DAY, ("Someone else", "Another"), "contact", "c")]

    chart = lanes_chart(busy + busy + quiet, "Contacts and movements")

    assert (chart.left_out, chart.hidden_parties) == (1, 2)
    assert chart.svg is not None
    assert "Someone else" not in str(chart.svg)
    assert lanes_chart([], "Nothing").svg is None


def test_a_figure_chart_has_a_row_per_estimate_in_date_order_undated_last() -> None:
    points = [
        FigurePoint(None, 90_000, None, "90,000 troops", "Undated Post"),
        FigurePoint(DAY, 130_000, None, "130,000 troops", "Express"),
        FigurePoint(DAY - dt.timedelta(days=4), 100_000, 120_000, "100,000\u2013120,000", "LBC"),
    ]

    svg = str(figure_chart(points, "Russian troops"))

    order = [svg.index(name) for name in ("LBC", "Express", "Undated Post")]
    assert order == sorted(order)
    assert svg.count("<rect") == 4  # three bars and the range's lighter bar
    assert "200,000" in svg


@pytest.mark.parametrize(
    "quantity",
    [
        Quantity(low=130_000, unit="troops", approximate=True),
        Quantity(low=100_000, high=130_000, unit="troops"),
        Quantity(low=4, unit="aircraft"),
        Quantity(low=12, unit="other"),
    ],
)
def test_figures_are_read_back_from_the_words_the_briefing_keeps(quantity: Quantity) -> None:
    assert quantity_bounds(quantity_text(quantity)) == (quantity.low, quantity.high)


def test_other_words_are_no_figure() -> None:
    assert quantity_bounds("a small number of troops") is None


# Run inside the page at each width: whether charts are there and readable. A chart wider
# than the screen scrolls inside its box; the box itself must fit the screen.
CHARTS_STATE = """(() => {
  const charts = Array.from(document.querySelectorAll("svg.chart"));
  const texts = charts.flatMap(svg => Array.from(svg.querySelectorAll("text")).map(t => {
    const box = svg.getBoundingClientRect();
    const r = t.getBoundingClientRect();
    return {
      px: parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a,
      inside: r.left >= box.left - 1 && r.right <= box.right + 1
        && r.top >= box.top - 1 && r.bottom <= box.bottom + 1,
    };
  }));
  return {
    charts: charts.length,
    visible: charts.filter(c => c.getBoundingClientRect().width > 0
      && c.getBoundingClientRect().height > 0).length,
    smallestText: Math.min(...texts.map(t => t.px)),
    textsOutside: texts.filter(t => !t.inside).length,
    pageOverflows: document.documentElement.scrollWidth > window.innerWidth,
    boxesOverflowing: Array.from(document.querySelectorAll(".chart-box"))
      .filter(b => b.getBoundingClientRect().right > window.innerWidth + 1).length,
    scripts: document.scripts.length,
    title: document.title,
    pwned: document.body.hasAttribute("data-pwned"),
  };
})()"""


def readable_at(chromium: HeadlessChromium, page: Path, width: int) -> dict[str, Any]:
    """The page at this width, with its two charts there, seen, unshrunk and unclipped."""
    chromium.open(page.as_uri(), width)
    state: dict[str, Any] = chromium.evaluate(CHARTS_STATE)
    assert state["charts"] == state["visible"] == 2, (width, state)
    assert state["smallestText"] >= 11, (width, state)
    assert state["textsOutside"] == 0, (width, state)
    assert state["boxesOverflowing"] == 0, (width, state)
    assert not state["pwned"], (width, state)
    return state


def test_the_briefing_charts_render_readably_on_a_phone_and_a_desktop(
    chromium: HeadlessChromium, tmp_path: Path
) -> None:
    briefing = build_briefing(
        [*crisis_results(), hostile_result()], backend="scripted", generated_at=GENERATED
    )
    page = tmp_path / "briefing.html"
    page.write_text(render(briefing, "html"), encoding="utf-8")

    for width in (400, 1280):
        assert readable_at(chromium, page, width)["title"] == "Briefing"


def test_the_timeline_page_renders_its_charts_and_runs_no_script(
    chromium: HeadlessChromium, tmp_path: Path
) -> None:
    results = [*crisis_results(), hostile_result()]
    with opened(tmp_path / "store.db") as db:
        record_results(db, results)
        timeline = build_timeline(db, store="store.db", generated_at=GENERATED)
    page = tmp_path / "timeline.html"
    page.write_text(render_timeline(timeline, "html"), encoding="utf-8")

    for width in (400, 1280):
        state = readable_at(chromium, page, width)
        assert not state["pageOverflows"], (width, state)
        assert (state["scripts"], state["title"]) == (0, "Timeline")
    injected = chromium.evaluate(
        """new Promise(resolve => {
          const violations = [];
          document.addEventListener("securitypolicyviolation",
            e => violations.push(e.violatedDirective));
          const s = document.createElement("script");
          s.textContent = "document.title = 'injected'";
          document.body.appendChild(s);
          setTimeout(() => resolve({title: document.title, violations: violations}), 300);
        })"""
    )
    assert injected["title"] == "Timeline"
    assert injected["violations"] == ["script-src-elem"]
