"""``briefing.toml``: what a scheduled briefing reads, how often it looks back, where it writes.

A scheduled job runs unattended, so a mistake in its config must stop it before anything
is fetched or paid for, with one line naming the file, the source and the field. Relative
paths are taken from the config file's folder, not the working directory, so cron and
systemd (which start elsewhere) read the same files as a person testing by hand.

The format::

    window = "24h"              # articles that arrived in the last 24h (30m, 6h, 1d...)
    output = "briefings"        # dated briefings plus latest.<format> are written here
    formats = ["md", "html"]    # any of md, json, html
    detail = "short"            # or "full": every quote of every item
    # state_dir = "state"       # default: <data dir>/briefings/<config name>-<hash of its path>
    # store = "desk.db"         # the store of every briefed item; default: briefing.db there
    # cache_dir = "cache"       # default: the cache every summarise command shares

    [model]                     # any summarise setting; above env vars and config.toml
    base_url = "http://localhost:11434/v1"
    model = "qwen2.5:7b-instruct"  # or a .gguf file; paths here are from this file's folder too

    [fetch]                     # optional
    timeout = 20                # seconds per request
    retries = 2                 # retries after a timeout, dropped connection, 429 or 5xx
    user_agent = "summarise-briefing/0.1 (+mailto:desk@example.org)"
    max_bytes = 10_000_000      # a larger reply is refused

    [[source]]
    name = "world"              # optional; shown in logs (default: the feed, folder or file)
    feed = "https://example.org/world/rss.xml"  # or a saved feed file: "wire.xml"
    keywords = ["ukraine", "nato"]   # optional: keep articles mentioning any of these

    [[source]]
    folder = "saved-articles"   # .txt .md .html .json .jsonl, searched recursively
    exclude = ["drafts", "*.jsonl"]  # optional: globs of paths (from the folder) or names

A folder source never reads the briefing's own output, state or cache folders, even when
they sit inside it.

    [[source]]
    urls = "watchlist.txt"      # one article URL a line; blank lines and # comments skipped

An article's place in the window is its feed entry's date when the feed gives one, and
otherwise the time a run first saw it: page and dateline dates are too often guessed wrong
to decide what a briefing leaves out.
"""

from __future__ import annotations

import hashlib
import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit
from urllib.request import url2pathname

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from summarise.briefing.formats import Detail, Format
from summarise.errors import ConfigError
from summarise.scheduled.durations import LONGEST, format_duration, parse_duration
from summarise.settings import FIELDS, Settings, load_settings
from summarise.unknown_keys import unknown_keys

SourceKind = Literal["feed", "folder", "urls"]
# The store's file in the state folder when the config names none.
STORE_NAME = "briefing.db"
DEFAULT_USER_AGENT = "summarise-briefing/0.1 (+https://pypi.org/project/summarise/)"
# Model settings that name files or folders; ``model`` does too when it ends in ``.gguf``.
_MODEL_PATHS = ("model_path", "cache_dir", "data_dir")


def _beside_config(path: Path, info: ValidationInfo) -> Path:
    """A path as written in the file, taken from the file's folder, which ``load_config``
    passes as the validation context; absolute and ``~`` paths stay where they point."""
    base = (info.context or {}).get("base")
    try:
        path = path.expanduser()
    except RuntimeError:  # "~name" of a user this machine does not have
        raise ValueError(
            f"{str(path)!r} names no home folder here; write the path in full"
        ) from None
    return base / path if isinstance(base, Path) else path


def _model_setting(key: str, value: object, info: ValidationInfo) -> object:
    if not isinstance(value, str):
        return value
    if key in _MODEL_PATHS or (key == "model" and value.lower().endswith(".gguf")):
        return str(_beside_config(Path(value), info))
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FetchConfig(_Strict):
    """How sources are fetched; the defaults suit news sites that rate-limit scrapers."""

    timeout: float = Field(default=20.0, gt=0, le=600)
    retries: int = Field(default=2, ge=0, le=10)
    user_agent: str = Field(default=DEFAULT_USER_AGENT, min_length=1)
    max_bytes: int = Field(default=10_000_000, ge=10_000)


class SourceConfig(_Strict):
    """One place articles come from: exactly one of ``feed``, ``folder`` or ``urls``."""

    name: str = ""
    feed: str | None = None
    folder: Path | None = None
    urls: Path | None = None
    keywords: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _default_name(cls, data: object) -> object:
        if isinstance(data, dict) and not data.get("name"):
            target = next((data[k] for k in ("feed", "folder", "urls") if data.get(k)), None)
            return {**data, "name": str(target)} if target is not None else data
        return data

    @field_validator("folder", "urls")
    @classmethod
    def _paths(cls, value: Path | None, info: ValidationInfo) -> Path | None:
        return None if value is None else _beside_config(value, info)

    @field_validator("feed")
    @classmethod
    def _feed_address(cls, value: str | None, info: ValidationInfo) -> str | None:
        """A feed's web address, or the path of a feed saved to a file (from the config's
        folder, or a ``file:`` URL): ``summarise brief`` sends a saved feed here, so it
        must be one a briefing can read."""
        if value is None:
            return None
        value = value.strip()
        parts = urlsplit(value)
        if parts.scheme in ("http", "https") and parts.netloc:
            return value
        if parts.scheme == "file":
            return str(_beside_config(Path(url2pathname(parts.path)), info))
        if not parts.scheme and value:
            return str(_beside_config(Path(value), info))
        raise ValueError(f"{value!r} is neither an http(s) URL nor the path of a saved feed")

    @field_validator("keywords", "exclude")
    @classmethod
    def _words(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if any(not word.strip() for word in value):
            raise ValueError(f"{info.field_name} must not be empty strings")
        return [word.strip() for word in value]

    @model_validator(mode="after")
    def _one_kind(self) -> SourceConfig:
        given = [k for k in ("feed", "folder", "urls") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(
                "give exactly one of feed, folder or urls"
                + (f" (this one has {' and '.join(given)})" if given else "")
            )
        if self.exclude and self.folder is None:
            raise ValueError("exclude applies to folder sources only")
        return self

    @property
    def feed_file(self) -> Path | None:
        """The saved feed file a ``feed`` names, if it names one rather than a web address."""
        if self.feed is None or urlsplit(self.feed).scheme in ("http", "https"):
            return None
        return Path(self.feed)

    @property
    def kind(self) -> SourceKind:
        if self.feed is not None:
            return "feed"
        return "folder" if self.folder is not None else "urls"

    def matches(self, text: str) -> bool:
        """The keyword filter: no keywords keeps everything, else any one, ignoring case."""
        if not self.keywords:
            return True
        folded = text.casefold()
        return any(k.casefold() in folded for k in self.keywords)


def _markdown_only() -> list[Format]:
    return ["md"]


class BriefingConfig(_Strict):
    """A validated ``briefing.toml``; ``path`` is the file it came from, resolved."""

    path: Path
    window: timedelta = timedelta(hours=24)
    output: Path = Field(default=Path("briefings"), validate_default=True)
    formats: list[Format] = Field(default_factory=_markdown_only, min_length=1)
    detail: Detail = "short"
    state_dir: Path | None = None
    store: Path | None = None
    cache_dir: Path | None = None
    model: dict[str, Any] = Field(default_factory=dict)
    fetch: FetchConfig = Field(default_factory=FetchConfig)
    source: list[SourceConfig] = Field(min_length=1)

    @field_validator("window", mode="before")
    @classmethod
    def _window(cls, value: object) -> object:
        """A bare number would be read as seconds, which nobody means by ``window = 24``."""
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise ValueError(f'{value:g} has no unit; write "{value:g}h", "{value:g}d" or "30m"')
        return parse_duration(value) if isinstance(value, str) else value

    @field_validator("window")
    @classmethod
    def _window_length(cls, value: timedelta) -> timedelta:
        if not timedelta(0) < value <= LONGEST:
            longest = format_duration(LONGEST)
            raise ValueError(f'must be more than zero and at most {longest}; write it like "24h"')
        return value

    @field_validator("output", "state_dir", "store", "cache_dir")
    @classmethod
    def _paths(cls, value: Path | None, info: ValidationInfo) -> Path | None:
        return None if value is None else _beside_config(value, info)

    @field_validator("model")
    @classmethod
    def _model_table(cls, value: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
        unknown = sorted(set(value) - set(FIELDS))
        if unknown:
            raise ValueError(unknown_keys(unknown, FIELDS, "setting"))
        return {key: _model_setting(key, item, info) for key, item in value.items()}

    @model_validator(mode="after")
    def _unique_names(self) -> BriefingConfig:
        names = [s.name for s in self.source]
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            raise ValueError(f"source names must differ; {', '.join(repeated)} is repeated")
        return self

    @property
    def name(self) -> str:
        return self.path.stem

    def settings(self) -> Settings:
        """Model settings: the ``[model]`` table layered as flags over env and config.toml;
        a top-level ``cache_dir`` beats the table's."""
        flags = {**self.model}
        if self.cache_dir is not None:
            flags["cache_dir"] = self.cache_dir
        try:
            table = f"the [model] table of {self.path}"
            return load_settings(flags=flags, flags_from=table, flags_in=table)
        except ConfigError as exc:
            raise ConfigError(f"{self.path}: [model]: {exc}") from exc

    def resolved_state_dir(self, settings: Settings) -> Path:
        """Per config file, so two briefings never share (or clobber) each other's state."""
        if self.state_dir is not None:
            return self.state_dir
        tag = hashlib.sha256(str(self.path).encode("utf-8")).hexdigest()[:8]
        return settings.data_dir / "briefings" / f"{self.name}-{tag}"

    def resolved_store(self, settings: Settings) -> Path:
        """The store of every item this config briefed: ``store``, else in the state folder."""
        return (
            self.store if self.store is not None else self.resolved_state_dir(settings) / STORE_NAME
        )


def load_config(path: Path) -> BriefingConfig:
    """Read and validate; every problem is a ``ConfigError`` naming file, source and field."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"Briefing config {path} does not exist: check the path.") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read as TOML ({exc}); fix it.") from None
    resolved = path.resolve()
    try:
        return BriefingConfig.model_validate(
            {**raw, "path": resolved}, context={"base": resolved.parent}
        )
    except ValidationError as exc:
        raise ConfigError(f"{path}: {_describe(exc, raw)}") from None


# The keys each part of the file may hold, for naming the nearest to a mistyped one.
_KEYS: dict[str, list[str]] = {
    "": [key for key in BriefingConfig.model_fields if key != "path"],
    "source": list(SourceConfig.model_fields),
    "fetch": list(FetchConfig.model_fields),
}
_TABLES = ("model", "fetch")


def _describe(exc: ValidationError, raw: dict[str, Any]) -> str:
    """The first error as one line, ``source 'world': feed: ...``; the rest are counted."""
    error = exc.errors()[0]
    where, part, loc = _place(list(error["loc"]), raw)
    message = str(error["msg"]).removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        noun = "table" if isinstance(error["input"], dict) else "key"
        message = unknown_keys([str(loc[-1])], _KEYS[part], noun)
        loc = loc[:-1]
    elif error["type"] == "missing" and loc == ["source"]:
        message = "no [[source]] tables; add at least one feed, folder or urls source"
    where.extend([".".join(str(p) for p in loc)] if loc else [])
    more = len(exc.errors()) - 1
    tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return ": ".join([*where, message]) + tail


def _place(loc: list[int | str], raw: dict[str, Any]) -> tuple[list[str], str, list[int | str]]:
    """Where an error is as the person wrote it (``source 'world'``, ``[fetch]``), whose
    keys apply there, and the field within it."""
    if len(loc) >= 2 and loc[0] == "source" and isinstance(loc[1], int):
        return [_source_label(raw.get("source", [])[loc[1]], loc[1])], "source", loc[2:]
    if loc and loc[0] in _TABLES:
        return [f"[{loc[0]}]"], str(loc[0]), loc[1:]
    return [], "", loc


def _source_label(source: object, index: int) -> str:
    if isinstance(source, dict):
        for key in ("name", "feed", "folder", "urls"):
            if source.get(key):
                return f"source {str(source[key])!r}"
    return f"source #{index + 1}"
