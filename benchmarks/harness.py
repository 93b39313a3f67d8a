"""Running ``summarise`` as a user does, timed, and reading its summary line.

The command runs in a child process with a clean environment (no ``SUMMARISE_*`` or
``OPENAI_*`` from the shell, no config file), so a benchmark measures the settings it
names and nothing from the machine it happens to run on.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

_SUMMARY = re.compile(
    r"(?P<articles>\d+) articles(?:, (?P<failed>\d+) failed)?, (?P<items>\d+) items.*?"
    r"(?P<hits>\d+) cache hits, (?P<requests>\d+) requests, .*?(?P<seconds>[\d.]+)s \["
)


@dataclass(frozen=True)
class Run:
    """One command: its wall time from process start to exit, and its summary line."""

    wall: float
    extraction: float
    articles: int
    failed: int
    items: int
    cache_hits: int
    requests: int
    stderr: str


def run_cli(args: list[str], env: dict[str, str]) -> Run:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARISE_", "OPENAI_"))}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "summarise", *args],
        env={**clean, "SUMMARISE_CONFIG": os.devnull, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    found = _SUMMARY.search(done.stderr)
    if done.returncode not in (0, 1) or found is None:
        raise SystemExit(f"summarise {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return Run(
        wall=wall,
        extraction=float(found["seconds"]),
        articles=int(found["articles"]),
        failed=int(found["failed"] or 0),
        items=int(found["items"]),
        cache_hits=int(found["hits"]),
        requests=int(found["requests"]),
        stderr=done.stderr,
    )


@dataclass(frozen=True)
class Measured:
    """A command's wall time, its peak resident memory and what it printed."""

    wall: float
    peak_mb: float
    returncode: int
    stdout: str
    stderr: str


def run_measured(args: list[str], env: dict[str, str]) -> Measured:
    """``run_cli`` for commands without a summary line, with the child's peak memory.

    The peak is the kernel's high-water mark of the child's own memory (``VmHWM``, read
    every 20 ms while it runs). ``wait4``'s ``ru_maxrss`` would not do: it keeps the
    resident size the child had when forked, before ``exec``, which is the benchmark's own.
    """
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARISE_", "OPENAI_"))}
    started = time.perf_counter()
    peak_kb = 0
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(
            [sys.executable, "-m", "summarise", *args],
            env={**clean, "SUMMARISE_CONFIG": os.devnull, **env},
            stdout=out,
            stderr=err,
        )
        status = Path(f"/proc/{child.pid}/status")
        while child.poll() is None:
            peak_kb = max(peak_kb, _high_water_kb(status))
            time.sleep(0.02)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        measured = Measured(
            wall=wall,
            peak_mb=peak_kb / 1024,
            returncode=child.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )
    if measured.returncode not in (0, 1):
        raise SystemExit(f"summarise {' '.join(args)} failed:\n{measured.stderr[-2000:]}")
    return measured


def _high_water_kb(status: Path) -> int:
    try:
        text = status.read_text()
    except OSError:  # the child has just exited
        return 0
    for line in text.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def startup_seconds() -> float:
    """Wall time of ``summarise --version``: interpreter start and imports, no work."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARISE_", "OPENAI_"))}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "summarise", "--version"],
        env=clean,
        capture_output=True,
        check=True,
    )
    return time.perf_counter() - started


def wall_seconds(args: list[str], env: dict[str, str] | None = None) -> float:
    """Wall time of a command that prints no summary line (``timeline``); fails loudly."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARISE_", "OPENAI_"))}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "summarise", *args],
        env={**clean, "SUMMARISE_CONFIG": os.devnull, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"summarise {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return time.perf_counter() - started


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The fastest of ``runs`` calls, in wall seconds: the figure least disturbed by a busy
    machine."""
    return min(_timed(action, time.perf_counter) for _ in range(runs))


def best_cpu_of(runs: int, action: Callable[[], object]) -> float:
    """The least CPU time of ``runs`` calls, in seconds: on a machine shared with other
    work, what the code costs rather than how long it waited for a core."""
    return min(_timed(action, time.process_time) for _ in range(runs))


def _timed(action: Callable[[], object], clock: Callable[[], float]) -> float:
    started = clock()
    action()
    return clock() - started
