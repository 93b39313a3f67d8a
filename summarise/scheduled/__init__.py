"""Scheduled briefings: incremental runs of a ``briefing.toml`` and the loop that repeats them."""

from summarise.scheduled.lock import RunLocked
from summarise.scheduled.run import run_briefing
from summarise.scheduled.runlog import RunRecord, summary_lines
from summarise.scheduled.schedule import StopRequest, run_every, stop_on_signals

__all__ = [
    "RunLocked",
    "RunRecord",
    "StopRequest",
    "run_briefing",
    "run_every",
    "stop_on_signals",
    "summary_lines",
]
