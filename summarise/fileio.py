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
from difflib import get_close_matches
from pathlib import Path
from typing import Any, TypeVar, get_args

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from summarise.errors import ConfigError, cause

M = TypeVar("M", bound=BaseModel)


def read_model(path: Path, model: type[M], what: str, remedy: str) -> M:
    """The JSON file at ``path`` as a ``model``.

    ``what`` names the file for a person ("Label file"); ``remedy`` says what to do when it
    does not validate. A validation error names the bad fields, up to three, each with what is wrong
    in it (a labeller fixing a hand-written file would otherwise run the check once per
    mistake), and a field the model does not have with the nearest one it has
    ("movements": did you mean military_movements?), the usual slip.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, what, exc) from exc
    try:
        return model.model_validate_json(data)
    except ValidationError as exc:
        errors = exc.errors()
        error = errors[0]
        if error["type"] == "json_invalid":
            # Not the remedy for a file of another version: a slip of the hand, or the wrong file.
            raise ConfigError(
                f"{what} {path} is not valid JSON ({error['msg']}): fix it, or name the right file."
            ) from exc
        shown = ";".join(_said(model, e) for e in errors[:_SHOWN])
        if len(errors) > _SHOWN:
            shown += f"; and {len(errors) - _SHOWN} more"
        raise ConfigError(
            f"{what} {path} is invalid{shown} ({len(errors)} error(s)); {remedy}."
        ) from exc


# The bad fields one message names: enough for the usual handful of slips in a file written
# by hand, few enough for one line.
_SHOWN = 3


def _said(model: type[BaseModel], error: ErrorDetails) -> str:
    """One bad field as a person reads it: " at positions.0.stance: Input should be …"."""
    where = ".".join(str(part) for part in error["loc"])
    message = error["msg"]
    if error["type"] == "extra_forbidden":
        message = "no such field"
        owner = _model_at(model, error["loc"][:-1])
        if owner is not None:
            near = get_close_matches(str(error["loc"][-1]), list(owner.model_fields), n=1)
            message += f" (did you mean {near[0]}?)" if near else ""
    return f" at {where}: {message}" if where else f": {message}"


def _model_at(model: type[BaseModel], loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The model a location's last part is a field of, when the path is plain fields and
    list indices; None where a union or a custom type stands in between."""
    current = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        found = None if field is None else _inner_model(field.annotation)
        if found is None:
            return None
        current = found
    return current


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    """The one model an annotation holds (``Actor``, ``list[Evidence]``, ``Actor | None``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    models = {m for arg in get_args(annotation) if (m := _inner_model(arg)) is not None}
    return models.pop() if len(models) == 1 else None


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
