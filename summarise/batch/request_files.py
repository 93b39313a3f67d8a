"""Request files, split at the provider's limits and written whole or not at all.

OpenAI takes at most 50,000 requests and 200 MB per batch file; an archive needs several.
The first file takes the name asked for (``requests.jsonl``), the next ones a number
(``requests-2.jsonl``, ``requests-3.jsonl``...). Each is written beside its final name and
renamed into place when it is full or the run ends, so a file that exists is complete.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from summarise.fileio import NEW_FILE_MODE

MAX_LINES = 50_000
MAX_BYTES = 200 * 1000 * 1000


@dataclass(frozen=True)
class RequestFile:
    path: Path
    lines: int
    size: int


class RequestFiles:
    """Writes lines to ``out`` and its sequels; ``files`` lists those finished so far.

    ``on_finish`` is told of each file once it is in place, so the batch state names only
    files that exist. No file is made for no lines.
    """

    def __init__(
        self,
        out: Path,
        *,
        max_lines: int = MAX_LINES,
        max_bytes: int = MAX_BYTES,
        on_finish: Callable[[RequestFile], None] | None = None,
    ) -> None:
        self._out = out
        self._on_finish = on_finish
        self._max_lines = max_lines
        self._max_bytes = max_bytes
        self.files: list[RequestFile] = []
        self._handle: IO[bytes] | None = None
        self._tmp: Path | None = None
        self._lines = 0
        self._size = 0

    @property
    def current(self) -> Path:
        """The file the next line goes to (the one being written, or the next to open)."""
        number = len(self.files) + 1
        if number == 1:
            return self._out
        return self._out.with_name(f"{self._out.stem}-{number}{self._out.suffix}")

    def write(self, lines: list[bytes]) -> Path:
        """Write one article's lines into one file, starting the next file first if they
        would not fit, so a collected batch holds whole articles; returns the file.

        An empty file takes any lines, so an oversized request is sent rather than lost.
        """
        size = sum(len(line) for line in lines)
        full = self._lines + len(lines) > self._max_lines or self._size + size > self._max_bytes
        if full and self._lines:
            self.finish()
        if self._handle is None:
            self._open()
        assert self._handle is not None
        self._handle.writelines(lines)
        self._lines += len(lines)
        self._size += size
        return self.current

    def finish(self) -> RequestFile | None:
        """Put the file being written in place; None if nothing was written to it."""
        if self._handle is None or self._tmp is None:
            return None
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        path = self.current
        os.replace(self._tmp, path)
        finished = RequestFile(path, self._lines, self._size)
        self.files.append(finished)
        self._handle, self._tmp, self._lines, self._size = None, None, 0, 0
        if self._on_finish is not None:
            self._on_finish(finished)
        return finished

    def discard(self) -> None:
        """Drop the file being written (the run failed): no half file is left behind."""
        if self._handle is not None and self._tmp is not None:
            self._handle.close()
            self._tmp.unlink(missing_ok=True)
        self._handle, self._tmp, self._lines, self._size = None, None, 0, 0

    def _open(self) -> None:
        path = self.current
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.fchmod(fd, NEW_FILE_MODE)
        self._handle = os.fdopen(fd, "wb")
        self._tmp = Path(tmp)
