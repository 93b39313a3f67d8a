"""The foreground loop behind ``summarise schedule``: run, sleep, run, until told to stop.

Containers and terminals have no cron, and their way of saying "stop" is SIGTERM (docker
stop, systemd) or Ctrl-C. Between runs the loop stops at once. During a run the first
signal lets the run finish, so its briefing is written and its state saved, then stops;
a second abandons the run, and since every file is replaced whole and the state is saved
last, nothing is left half-written and the next run redoes the abandoned work from the
cache. Runs start on a fixed grid (start, start + every, ...), so a slow run does not push
every later briefing back; a run that overruns a slot skips it rather than queueing. A run
that fails (a full disk, a bug) is reported in one line and the schedule goes on: the next
run may well succeed, and a daemon that dies on the first hiccup briefs nobody.
"""

from __future__ import annotations

import math
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import FrameType

from summarise.scheduled.runlog import failure_line

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@dataclass
class StopRequest:
    """Set by a signal; ``running`` says whether a run is under way when one arrives."""

    event: threading.Event = field(default_factory=threading.Event)
    running: bool = False
    signals: int = 0

    @property
    def requested(self) -> bool:
        return self.event.is_set()

    def settled(self) -> None:
        """The run under way has decided its outcome and is logging it: a signal from now
        on stops the loop after it, and no longer abandons it."""
        self.running = False

    def request(self) -> None:
        """Ask the loop to stop; a second request during a run abandons the run."""
        self.signals += 1
        self.event.set()
        if self.running and self.signals > 1:
            raise KeyboardInterrupt


@contextmanager
def stop_on_signals(
    on_signal: Callable[[StopRequest], None] | None = None,
) -> Iterator[StopRequest]:
    """SIGINT and SIGTERM become stop requests while the ``with`` block runs."""
    stop = StopRequest()

    def handle(_signum: int, _frame: FrameType | None) -> None:
        if on_signal is not None:
            on_signal(stop)
        stop.request()

    previous = {sig: signal.signal(sig, handle) for sig in STOP_SIGNALS}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def print_failure(exc: Exception) -> None:
    """The default report of a failed run: one line on stderr."""
    print(f"error: {failure_line(exc)}", file=sys.stderr, flush=True)


def run_every(
    every: timedelta,
    run_once: Callable[[], object],
    stop: StopRequest,
    *,
    on_wait: Callable[[datetime], None] | None = None,
    on_error: Callable[[Exception], None] = print_failure,
    clock: Callable[[], float] = time.monotonic,
) -> None:
    """Call ``run_once`` now and then every ``every`` until ``stop`` is requested; an
    exception from one run goes to ``on_error`` and the next run starts on time."""
    interval = every.total_seconds()
    first = clock()
    slot = 0
    while not stop.requested:
        stop.running = True
        try:
            run_once()
        except Exception as exc:  # one run's failure, whatever it is, must not end the loop
            on_error(exc)
        finally:
            stop.running = False
        if stop.requested:
            return
        now = clock()
        slot = max(slot + 1, math.ceil((now - first) / interval))
        wait = max(0.0, first + slot * interval - now)
        if on_wait is not None:
            on_wait(datetime.now(UTC) + timedelta(seconds=wait))
        stop.event.wait(wait)
