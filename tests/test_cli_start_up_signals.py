"""A SIGTERM (``docker stop``, systemd) in the first seconds of ``summarise``, while it loads:
"Interrupted." and exit 130, as the README promises for any moment of a command. The
program's modules take a second or more to import (seconds on a busy machine), and the
handler used to be installed only after them: a signal then killed it without a word (143).

Each test runs a process of its own, as a user or a service manager starts it.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import SEEDS, start_cli_process

# Started before the package is imported, it reports whether SIGTERM is handled at the
# moment the first heavy library (pydantic, most of the start-up) begins to load.
_PROBE = """
import importlib.abc, signal, sys

class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "pydantic" and not hasattr(self, "seen"):
            self.seen = signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
            print(f"handled: {self.seen}", flush=True)
        return None

sys.meta_path.insert(0, Watch())
sys.argv = ["summarise", "--version"]
from summarise.cli import main
main()
"""


def test_sigterm_is_handled_before_the_program_s_libraries_load() -> None:
    found = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, check=False
    )

    assert found.returncode == 0, found.stderr
    assert found.stdout.splitlines()[0] == "handled: True"


def _catches_sigterm(pid: int) -> bool:
    """Whether the process has a handler for SIGTERM (its status's SigCgt mask)."""
    status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    mask = next(line.split()[1] for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(mask, 16) & (1 << (signal.SIGTERM - 1)))


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux's /proc")
def test_sigterm_as_soon_as_it_is_handled_says_interrupted(tmp_path: Path) -> None:
    env = {"SUMMARISE_CACHE_DIR": str(tmp_path / "cache"), "SUMMARISE_BACKEND": "baseline"}
    out = tmp_path / "briefing.md"
    process = start_cli_process(["brief", str(SEEDS), "--out", str(out)], env)
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if _catches_sigterm(process.pid):
            process.send_signal(signal.SIGTERM)
            break
        time.sleep(0.001)
    _, err = process.communicate(timeout=60)

    assert process.returncode == 130, err
    assert err.splitlines()[-1] == "Interrupted."
    assert "Traceback" not in err
    assert not out.exists()
