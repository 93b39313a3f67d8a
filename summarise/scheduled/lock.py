"""One run at a time per briefing: an advisory lock on a file in its state folder.

cron starts a run on time whether or not the last one finished, and a person may start
one by hand meanwhile; two runs would fetch and pay twice and race on the state. The lock
is ``flock``: the kernel releases it when the holder exits, however it exits, so a crashed
run never leaves a stale lock to clear by hand.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from summarise.errors import ConfigError, SummariseError, cause

LOCK_NAME = "run.lock"


class RunLocked(SummariseError):
    """Another run of the same briefing holds the lock; this one did nothing."""


@contextmanager
def run_lock(directory: Path) -> Iterator[Path]:
    """Hold the lock for the ``with`` block, or raise ``RunLocked`` at once (no waiting);
    a state folder that cannot be made or written is the config's to fix (``ConfigError``),
    not a failed run reading "No such file or directory"."""
    path = directory / LOCK_NAME
    try:
        directory.mkdir(parents=True, exist_ok=True)
        opened = path.open("a+", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            f"Cannot use the state folder {directory} ({cause(exc.strerror or str(exc))}): "
            "set state_dir in the config, or SUMMARISE_DATA_DIR, to a folder this user can "
            "write."
        ) from None
    with opened as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise RunLocked(
                f"Another run of this briefing is under way (pid {holder}, lock {path}); "
                "this one did nothing. Let it finish, or run less often."
            ) from None
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
            yield path
        finally:
            handle.truncate(0)
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
