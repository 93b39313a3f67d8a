"""Writing output files so that a crash never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from summarise.errors import ConfigError


def _read_umask() -> int:
    """Read once, at import: ``os.umask`` can only be read by setting it, and setting it
    while other threads create files would hand them a wrong mask."""
    current = os.umask(0o022)
    os.umask(current)
    return current


_UMASK = _read_umask()


def check_writable(path: Path) -> None:
    """Fail before the work, not after it: an output that cannot be written is found out
    before any extraction is paid for."""
    if path.is_dir():
        raise ConfigError(f"{path} is a folder: give a file name for the output.")
    parent = next((p for p in (path.parent, *path.parent.parents) if p.exists()), None)
    if parent is None or not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        raise ConfigError(f"Cannot write {path}: {parent} is not a writable folder.")


def write_atomic(path: Path, text: str) -> None:
    """Write beside the target, fsync, then rename over it: readers see old or new, never half.

    ``mkstemp`` creates the file owner-only; the umask's usual permissions are restored so a
    briefing can be served or shared like any file the user writes.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
