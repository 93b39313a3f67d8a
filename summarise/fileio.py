"""The files a user points at (labels, run records, alias files, state) and the files the
tool writes: one kind of error for reading, and writes that are never half done.

A missing, unreadable or malformed file must end a command with one line naming the file,
what is wrong in it and what to do, not a traceback; one reader keeps every such line
worded alike and keeps callers from forgetting an exception (a permission error, bytes
that are not UTF-8).
"""

from __future__ import annotations

import json
import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from summarise.errors import ConfigError, cause

M = TypeVar("M", bound=BaseModel)


def read_model(path: Path, model: type[M], what: str, remedy: str) -> M:
    """The JSON file at ``path`` as a ``model``.

    ``what`` names the file for a person ("Label file"); ``remedy`` says what to do when it
    does not validate. A validation error names the first bad field, the usual clue.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, what, exc) from exc
    try:
        return model.model_validate_json(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        if error["type"] == "json_invalid":
            # Not the remedy for a file of another version: a slip of the hand, or the wrong file.
            raise ConfigError(
                f"{what} {path} is not valid JSON ({error['msg']}): fix it, or name the right file."
            ) from exc
        where = ".".join(str(part) for part in error["loc"])
        at = f" at {where}" if where else ""
        raise ConfigError(
            f"{what} {path} is invalid{at}: {error['msg']} ({exc.error_count()} error(s)); "
            f"{remedy}."
        ) from exc


def read_document(path: Path, what: str) -> Any:
    """A ``.json`` file parsed as JSON, any other as TOML, for files checked by hand."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise _unreadable(path, what, exc) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{what} {path} is not UTF-8 text ({exc.reason}): save it as UTF-8."
        ) from exc
    kind = "JSON" if path.suffix.lower() == ".json" else "TOML"
    try:
        return json.loads(text) if kind == "JSON" else tomllib.loads(text)
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{what} {path} is not valid {kind}: {cause(str(exc))}.") from exc


def _unreadable(path: Path, what: str, exc: OSError) -> ConfigError:
    return ConfigError(f"{what} {path} cannot be read ({exc.strerror or exc}): check the path.")


def _read_umask() -> int:
    """Read once, at import: ``os.umask`` can only be read by setting it, and setting it
    while other threads create files would hand them a wrong mask."""
    current = os.umask(0o022)
    os.umask(current)
    return current


_UMASK = _read_umask()
# What a file the user writes would get: ``mkstemp`` makes owner-only files, and outputs
# written through a temporary file must still be shareable like any other.
NEW_FILE_MODE = 0o666 & ~_UMASK


def check_writable(path: Path) -> None:
    """Fail before the work, not after it: an output that cannot be written is found out
    before any extraction is paid for.

    The folder is tried, not asked: ``os.access`` says yes to root for any folder, ``/proc``
    included. A file is made and removed in the output's folder or, when folders are missing
    (``write_atomic`` makes them), a folder in the nearest one that exists, so the check
    leaves nothing behind."""
    if path.is_dir():
        raise ConfigError(f"{path} is a folder: give a file name for the output.")
    parent = next((p for p in (path.parent, *path.parent.parents) if p.exists()), None)
    if parent is None or not parent.is_dir():
        raise ConfigError(f"Cannot write {path}: {parent} is not a writable folder.")
    try:
        if parent == path.parent:
            fd, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".probe", dir=parent)
            os.close(fd)
            os.unlink(probe)
        else:
            os.rmdir(tempfile.mkdtemp(prefix=".summarise-", suffix=".probe", dir=parent))
    except OSError as exc:
        said = cause(exc.strerror or str(exc))
        raise ConfigError(
            f"Cannot write {path}: {parent} is not a writable folder ({said})."
        ) from None


def write_atomic(path: Path, text: str) -> None:
    """Write beside the target, fsync, then rename over it: readers see old or new, never half.

    ``mkstemp`` creates the file owner-only; the umask's usual permissions are restored so a
    briefing can be served or shared like any file the user writes.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, NEW_FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
