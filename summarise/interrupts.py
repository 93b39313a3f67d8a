"""Signals that end a command: SIGTERM taken as Ctrl-C, for every command alike."""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


@contextmanager
def abandon_on_sigterm() -> Iterator[None]:
    """SIGTERM acts as Ctrl-C: the command unwinds, removing its temporary files, and
    exits with "Interrupted." (``docker stop`` and systemd stop with SIGTERM; without this
    a brief or an eval died without a word, its summary line unsaid).

    It is handed to SIGINT's handler of the moment: while an extraction runs that is
    asyncio's, which cancels the running task, lets it unwind and then raises
    ``KeyboardInterrupt``. Raised in this handler instead, the interrupt would end inside
    whichever task was running, and asyncio would print that task's "exception was never
    retrieved" with a traceback under the one-line "Interrupted.". asyncio takes Ctrl-C
    over only from Python's own SIGINT handler, which a process does not have when it
    started with SIGINT ignored, as a shell script's background job (``summarise … &``)
    does: then the event loop is stopped from outside any task (``_stop_loop``).
    """

    def handle(_signum: int, frame: FrameType | None) -> None:
        ctrl_c = signal.getsignal(signal.SIGINT)
        if callable(ctrl_c) and ctrl_c is not signal.default_int_handler:
            ctrl_c(signal.SIGINT, frame)
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            raise KeyboardInterrupt from None
        loop.call_soon_threadsafe(_stop_loop, loop)

    if threading.current_thread() is not threading.main_thread():
        # Only the main thread may set a handler (a command run from a worker thread).
        yield
        return
    previous = signal.signal(signal.SIGTERM, handle)
    try:
        yield
    finally:
        if signal.getsignal(signal.SIGTERM) is handle:  # not once ``settle`` ignored it
            signal.signal(signal.SIGTERM, previous)


def settle() -> None:
    """The command's outcome is decided: a scheduled run is about to log its exit code. A
    Ctrl-C or SIGTERM from here on could only contradict that line ("Interrupted." and exit
    130 after a run logged done, with exit 0), so both are ignored until the process ends,
    a few milliseconds of logging and printing later. Only the main thread may do so."""
    if threading.current_thread() is threading.main_thread():
        for stop in (signal.SIGINT, signal.SIGTERM):
            signal.signal(stop, signal.SIG_IGN)


def _stop_loop(loop: asyncio.AbstractEventLoop) -> None:
    """What asyncio does on Ctrl-C, for a loop that did not take Ctrl-C over: every task is
    cancelled, to unwind when the loop next runs (closing it does), and the interrupt is
    raised here, between tasks, so that it reaches whoever runs the loop and no task is
    left holding it."""
    for task in asyncio.all_tasks(loop):
        task.cancel()
    raise KeyboardInterrupt
