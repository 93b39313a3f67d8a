"""Writing output files so that a crash never leaves half a file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _read_umask() -> int:
    """Read once, at import: ``os.umask`` can only be read by setting it, and setting it
    while other threads create files would hand them a wrong mask."""
    current = os.umask(0o022)
    os.umask(current)
    return current


_UMASK = _read_umask()


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
