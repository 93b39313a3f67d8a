"""Durations as people write them in config files and flags: ``30m``, ``6h``, ``1d``, ``1h30m``.

One spelling serves the briefing window and ``schedule --every``, so what works in one
place works in the other.
"""

from __future__ import annotations

import re
from datetime import timedelta

_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])", re.IGNORECASE)
_WHOLE = re.compile(r"(?:\s*\d+(?:\.\d+)?\s*[smhdw])+\s*", re.IGNORECASE)
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
# Far beyond any useful window or interval, and short enough that dates a run computes
# from one (now minus the window, the next run's time) stay within what a datetime holds.
LONGEST = timedelta(days=3650)


def parse_duration(text: str) -> timedelta:
    """``"24h"`` as a timedelta; raises ``ValueError`` with the accepted spellings or limits."""
    if not _WHOLE.fullmatch(text):
        raise ValueError(
            f"{text!r} is not a duration; write a number and a unit, e.g. 30m, 6h, 1d or 1h30m"
        )
    seconds = sum(float(n) * _SECONDS[unit.lower()] for n, unit in _PART.findall(text))
    if seconds <= 0:
        raise ValueError(f"{text!r} is zero; give a positive duration such as 30m or 6h")
    if seconds > LONGEST.total_seconds():
        raise ValueError(
            f"{text!r} is longer than ten years ({format_duration(LONGEST)}); "
            "give a shorter duration"
        )
    return timedelta(seconds=seconds)


def format_duration(duration: timedelta) -> str:
    """An exact spelling for log lines: ``6h``, ``1h30m``, ``24h`` (as people say it), ``3d``."""
    remaining = int(duration.total_seconds())
    units = ("d", "h", "m", "s") if remaining > 2 * _SECONDS["d"] else ("h", "m", "s")
    parts = []
    for unit in units:
        count, remaining = divmod(remaining, _SECONDS[unit])
        if count:
            parts.append(f"{count}{unit}")
    return "".join(parts) or "0s"
