"""Where a day or a figure goes on a chart, and which days get a tick."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

# Tick spacings tried in turn, in days: the first that gives few enough ticks is used.
_STEPS = (1, 2, 3, 7, 14, 28, 56, 91, 182, 364, 728)


@dataclass(frozen=True)
class DayScale:
    """Days ``start``..``end`` onto pixels ``left``..``right``; one day alone sits mid-way."""

    start: dt.date
    end: dt.date
    left: float
    right: float

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def x(self, day: dt.date) -> float:
        if self.days == 0:
            return (self.left + self.right) / 2
        return self.left + (day - self.start).days / self.days * (self.right - self.left)

    def ticks(self, most: int) -> list[dt.date]:
        step = next((s for s in _STEPS if self.days / s <= most - 1), _STEPS[-1])
        return [self.start + dt.timedelta(days=offset) for offset in range(0, self.days + 1, step)]


def day_scale(days: Iterable[dt.date], left: float, right: float) -> DayScale:
    ordered = sorted(days)
    return DayScale(start=ordered[0], end=ordered[-1], left=left, right=right)


def day_label(day: dt.date, *, with_year: bool) -> str:
    """``10 Jan`` or ``10 Jan 2022``: short enough to tick, unambiguous in any locale."""
    label = f"{day.day} {day.strftime('%b')}"
    return f"{label} {day.year}" if with_year else label


def nice_maximum(value: int) -> int:
    """A round figure at or above ``value`` (1, 2, 2.5 or 5 times a power of ten)."""
    if value <= 0:
        return 1
    power = int(10 ** (len(str(value)) - 1))
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * power:
            return int(factor * power)
    return 10 * power
