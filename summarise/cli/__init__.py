"""The ``summarise`` command: a thin shell over the library.

Exit codes: 0 all done; 1 one or more articles failed, up to all of them (each named with
why), a model server that cannot be reached included; 2 usage or configuration errors,
a model server that refuses the settings (URL, key, model) included; 130 interrupted.
Errors are one line on stderr; stdout carries only the output.
Each command group lives in its own module; ``commands`` assembles them and turns errors
into one line and an exit code. This module, the console entry point, imports nothing of
them until it handles signals (``main``).
"""

from __future__ import annotations

import signal
import sys
import threading
from types import FrameType

from summarise.exit_codes import EXIT_INTERRUPTED


def main() -> None:
    """Console entry point. Importing the commands takes a second or more (seconds on a
    busy machine), and until ``commands.main`` installs its own handling a SIGTERM killed
    the program without a word (exit 143, where the README promises "Interrupted." and
    130): SIGTERM is taken as Ctrl-C from the first line, and either ends the start-up
    with "Interrupted." and 130, as it ends any command."""
    if threading.current_thread() is not threading.main_thread():
        # Only the main thread may set a handler (a command run from a worker thread).
        _run()
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        _run()
    finally:
        if signal.getsignal(signal.SIGTERM) is _interrupt:  # not once ``settle`` ignored it
            signal.signal(signal.SIGTERM, previous)


def _run() -> None:
    try:
        from summarise.cli.commands import main as run_command

        run_command()
    except KeyboardInterrupt:
        # Before the commands' own handling (or after it, as the process ends): nothing is
        # half written, and this is the one line an interrupted command says.
        sys.stderr.write("Interrupted.\n")
        sys.exit(EXIT_INTERRUPTED)


def _interrupt(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt
