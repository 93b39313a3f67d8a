"""The briefing's charts: contacts and movements by date and party, and the estimates of
every disputed figure with the date and source of each.

Both are drawn from the briefing alone (its items, their reports and its sources), so the
HTML page needs nothing the JSON does not hold.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup

from summarise.briefing.days import event_day
from summarise.briefing.model import Briefing, ContactItem, MovementItem, Source
from summarise.briefing.wording import quantity_bounds
from summarise.charts import FigurePoint, LaneMark, figure_chart, lanes_chart
from summarise.charts.lanes import LanesChart


@dataclass(frozen=True)
class FigureChart:
    item_id: str
    headline: str
    svg: Markup


@dataclass(frozen=True)
class BriefingCharts:
    lanes: LanesChart
    figures: list[FigureChart]

    @property
    def empty(self) -> bool:
        return self.lanes.svg is None and not self.figures


def _first_day(item: ContactItem | MovementItem) -> dt.date | None:
    days = [d[0] for r in item.reports if (d := event_day(r.date, r.published)) is not None]
    return min(days, default=None)


def _lane_marks(briefing: Briefing) -> list[LaneMark]:
    marks = []
    for contact in briefing.diplomatic_contacts:
        day = _first_day(contact)
        if day is not None:
            lanes = tuple(p.name for p in contact.participants)
            marks.append(LaneMark(day, lanes, "contact", contact.headline, f"#{contact.id}"))
    for movement in briefing.military_movements:
        day = _first_day(movement)
        if day is not None:
            lanes = (movement.actor.name,)
            marks.append(LaneMark(day, lanes, "movement", movement.headline, f"#{movement.id}"))
    return marks


def _who(source: Source) -> str:
    return source.outlet or source.title or f"source {source.number}"


def _figures(briefing: Briefing) -> list[FigureChart]:
    by_number = {s.number: s for s in briefing.sources}
    charts = []
    for item in briefing.disputed():
        for dispute in item.disagreements:
            if dispute.field != "quantity":
                continue
            points = []
            for variant in dispute.variants:
                bounds = quantity_bounds(variant.value)
                if bounds is None:
                    continue
                for number in variant.sources:
                    source = by_number[number]
                    points.append(
                        FigurePoint(
                            day=source.published,
                            low=bounds[0],
                            high=bounds[1],
                            value=variant.value,
                            source=f"[{number}] {_who(source)}",
                        )
                    )
            if points:
                title = f"{item.headline}: estimates by date and source"
                charts.append(FigureChart(item.id, item.headline, figure_chart(points, title)))
    return charts


def briefing_charts(briefing: Briefing) -> BriefingCharts:
    lanes = lanes_chart(_lane_marks(briefing), "Contacts and military movements by date and party")
    return BriefingCharts(lanes=lanes, figures=_figures(briefing))
