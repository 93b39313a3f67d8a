"""Assembling a known model from its installed parts, and trusting it only by its hash.

The parts are found through ``importlib.metadata`` (the files a distribution installed), so
their Python code is never imported. The first use concatenates them into the data folder,
hashing while it copies, and keeps the result only if size and SHA-256 are the release's:
a wrong file is deleted before anything can load it. Hashing 491 MB takes a second or two,
too much for every run, so a stamp beside the file records the verified hash with the
file's size and modification time; a file changed since is hashed again before use.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Literal

from summarise.errors import ConfigError
from summarise.modelfiles.catalogue import KnownModel

StateName = Literal["verified", "unverified", "installed", "not installed"]
_BLOCK = 1 << 20


@dataclass(frozen=True)
class ModelState:
    """Where a known model is and how far it has come.

    ``verified``: assembled and hash-checked; ``unverified``: a file is there but has not
    been checked (it is hashed before use); ``installed``: the parts are installed and will
    be assembled on first use; ``not installed``: parts are missing (named in ``missing``).
    """

    model: KnownModel
    path: Path
    state: StateName
    missing: tuple[str, ...] = ()

    @property
    def install_hint(self) -> str:
        return install_hint(self.model)


def install_hint(model: KnownModel, *, again: bool = False) -> str:
    """summarise is installed from its source folder, not from an index: a hint naming the
    index's "summarise" would fetch nothing or a stranger's package."""
    force = "--force-reinstall " if again else ""
    return f"pip install {force}'.[{model.extra}]' in the summarise source folder"


def model_path(model: KnownModel, data_dir: Path) -> Path:
    return data_dir / "models" / model.filename


def _stamp_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.verified")


def find_parts(model: KnownModel) -> tuple[list[Path], list[str]]:
    """The installed part files in order, and the distributions missing or incomplete."""
    found: list[Path] = []
    missing: list[str] = []
    for part in model.parts:
        try:
            files = metadata.distribution(part.distribution).files or []
        except metadata.PackageNotFoundError:
            missing.append(part.distribution)
            continue
        located = [f.locate() for f in files if f.as_posix() == part.path]
        if located and Path(located[0]).is_file():
            found.append(Path(located[0]))
        else:
            missing.append(f"{part.distribution} ({part.path})")
    return found, missing


def _stamp_matches(model: KnownModel, path: Path) -> bool:
    try:
        stamp = json.loads(_stamp_path(path).read_text(encoding="utf-8"))
        stat = path.stat()
    except (OSError, ValueError):
        return False
    return isinstance(stamp, dict) and stamp == {
        "sha256": model.sha256,
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
    }


def model_state(model: KnownModel, data_dir: Path) -> ModelState:
    path = model_path(model, data_dir)
    if path.is_file():
        state: StateName = "verified" if _stamp_matches(model, path) else "unverified"
        return ModelState(model, path, state)
    _, missing = find_parts(model)
    return ModelState(model, path, "not installed" if missing else "installed", tuple(missing))


def _digest(paths: list[Path], out: Path | None = None) -> tuple[int, str]:
    """Size and SHA-256 of the files read one after another, copied to ``out`` if given."""
    digest = hashlib.sha256()
    size = 0
    with open(out, "wb") if out is not None else open(os.devnull, "wb") as sink:
        for path in paths:
            with path.open("rb") as source:
                while block := source.read(_BLOCK):
                    digest.update(block)
                    size += len(block)
                    sink.write(block)
        sink.flush()
        if out is not None:
            os.fsync(sink.fileno())
    return size, digest.hexdigest()


def _check(model: KnownModel, size: int, sha256: str, what: str) -> None:
    if (size, sha256) != (model.size, model.sha256):
        raise ConfigError(
            f"{what} of {model.name} is {size:,} bytes with SHA-256 {sha256[:16]}…, not the "
            f"release's {model.size:,} bytes with {model.sha256[:16]}…, so it was not used: "
            f"reinstall the parts with {install_hint(model, again=True)}."
        )


def _write_stamp(model: KnownModel, path: Path) -> None:
    stat = path.stat()
    stamp = {"sha256": model.sha256, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    _stamp_path(path).write_text(json.dumps(stamp), encoding="utf-8")


def _assemble(model: KnownModel, path: Path, deleted: str = "") -> None:
    """``deleted`` says why a file that was in place is gone: told alone, "not installed"
    would send the user looking for an install that never broke, when the file they had
    (copied in, or its parts uninstalled since) failed its hash."""
    parts, missing = find_parts(model)
    if missing:
        why = (
            f": {deleted}, and its parts to assemble it again are not installed"
            if deleted
            else " is not installed"
        )
        raise ConfigError(
            f"Model {model.name}{why} (missing {', '.join(missing)}): {install_hint(model)}."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    # mkstemp makes the file owner-only; a model is no secret and may be shared.
    os.fchmod(fd, 0o644)
    os.close(fd)
    tmp = Path(name)
    try:
        size, sha256 = _digest(parts, tmp)
        _check(model, size, sha256, "The assembled file")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    _write_stamp(model, path)


def ensure_model(model: KnownModel, data_dir: Path, *, rehash: bool = False) -> Path:
    """The verified model file, assembled from its parts first if needed.

    A file already in place is trusted through its stamp, or hashed when the stamp is
    missing or stale (or ``rehash``); one that fails the check is deleted and assembled
    again from the parts. Raises ``ConfigError`` (one line, with the remedy) when the parts
    are missing or do not add up to the release.
    """
    path = model_path(model, data_dir)
    deleted = ""
    try:
        if path.is_file():
            if not rehash and _stamp_matches(model, path):
                return path
            size, sha256 = _digest([path])
            if (size, sha256) == (model.size, model.sha256):
                _write_stamp(model, path)
                return path
            path.unlink()
            _stamp_path(path).unlink(missing_ok=True)
            deleted = (
                f"file {path} was {size:,} bytes with SHA-256 {sha256[:16]}…, not the "
                f"release's {model.size:,} bytes with {model.sha256[:16]}…, so it was deleted"
            )
        _assemble(model, path, deleted)
    except OSError as exc:
        raise ConfigError(
            f"Cannot put model {model.name} in {path.parent} ({exc.strerror or exc}): "
            "free some disk space or point SUMMARISE_DATA_DIR at a writable folder."
        ) from exc
    return path
