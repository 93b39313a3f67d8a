"""Settings, resolved flag > ``SUMMARISE_*`` environment > config file > default.

The usual ``OPENAI_API_KEY`` and ``OPENAI_BASE_URL`` are honoured below the ``SUMMARISE_*``
variables, with one guard: the OpenAI key is only sent to OpenAI. A user who points
``base_url`` at another server must give that server's key explicitly (flag,
``SUMMARISE_API_KEY`` or config file), so a stray key never leaks to a third party.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from summarise.errors import ConfigError, cause
from summarise.modelfiles.catalogue import known_model
from summarise.unknown_keys import unknown_keys
from summarise.urls import shown_url

BackendName = Literal["openai", "local", "baseline"]
ModeName = Literal["tools", "json_schema", "json", "md_json"]
EvidenceName = Literal["quote", "sentence"]
PassesName = Literal["one", "per_category"]
CandidatesName = Literal["model", "baseline", "sentences"]
PromptStyle = Literal["full", "compact"]
CutName = Literal["split", "keep"]

ENV_PREFIX = "SUMMARISE_"
OPENAI_HOST = "api.openai.com"


class Settings(BaseModel):
    """Every knob, with the default a first-time user should get."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    backend: BackendName | None = None
    model: str = "gpt-4o-mini"
    base_url: str | None = None
    api_key: SecretStr | None = None
    mode: ModeName | None = None
    model_path: Path | None = None
    n_ctx: int = Field(default=8192, ge=512)
    n_threads: int | None = Field(default=None, ge=1)
    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    max_tokens: int = Field(default=8192, ge=16)
    seed: int | None = None
    concurrency: int = Field(default=4, ge=1, le=256)
    timeout: float = Field(default=120.0, gt=0)
    retries: int = Field(default=5, ge=0, le=20)
    retry_wait: float = Field(default=1.0, ge=0.0, le=60.0)
    reasks: int = Field(default=2, ge=0, le=10)
    chunk_chars: int = Field(default=12000, ge=500)
    # A reply cut at max_tokens: split the piece in two and ask again for each half, or keep
    # the items the reply finished (``summarise.extraction.prompting.cut``: for models that loop).
    on_cut: CutName = "split"
    # Extraction strategy (``summarise.extraction.prompting.strategy``); unset means the
    # backend's best.
    evidence: EvidenceName | None = None
    passes: PassesName | None = None
    worked_example: bool | None = None
    candidates: CandidatesName | None = None
    prompt_style: PromptStyle | None = None
    overview: bool | None = None
    cache_dir: Path = Field(default_factory=lambda: Path(platformdirs.user_cache_dir("summarise")))
    data_dir: Path = Field(default_factory=lambda: Path(platformdirs.user_data_dir("summarise")))
    # Where ``api_key`` was given ("--api-key", "the config file …"), set by ``load_settings``:
    # a key a server rejects must be fixed where it was written, and a user with several
    # places may not know which one won. No setting (not in ``FIELDS``), so no flag,
    # variable or file sets it; never dumped, so no record holds it.
    api_key_from: str | None = Field(default=None, exclude=True)
    # Where the settings ``load_settings`` took as flags were written when not on the command
    # line ("the [model] table of briefing.toml"), set by it: a hint that names a setting
    # must name it as that place writes it, not as a flag ``summarise run`` does not take.
    # No setting either, never dumped.
    flags_in: str | None = Field(default=None, exclude=True)

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        """Without a scheme the SDK fails only after its retries, saying the connection
        broke; the mistake is in the setting, so it is named here, before any work."""
        if value is None:
            return None
        url = value.strip()
        parts = urlparse(url)
        if parts.scheme in ("http", "https") and parts.netloc:
            return url
        shown = shown_url(url)
        fix = "" if "://" in url or any(c.isspace() for c in url) else f"; write http://{shown}"
        raise ValueError(f"{shown!r} is not an http(s) URL{fix}")

    def rejected_key_advice(self) -> str:
        """What to do about a key the server rejected: where it came from, never the key."""
        if self.api_key is None or self.api_key_from is None:
            return (
                "Set a valid key with --api-key or SUMMARISE_API_KEY "
                "(OPENAI_API_KEY for OpenAI itself)."
            )
        return f"The key came from {self.api_key_from}: set a valid one there."

    def named(self, field: str, value: str | None = None) -> str:
        """A setting as the person gives it where they gave these settings: "--model
        PATH.gguf" on the command line, 'model = "PATH.gguf" in the [model] table of
        briefing.toml' in a briefing's config."""
        if self.flags_in is None:
            flag = "--" + field.replace("_", "-")
            return f"{flag} {value}" if value is not None else flag
        given = f'{field} = "{value}"' if value is not None else field
        return f"{given} in {self.flags_in}"

    @property
    def talks_to_openai(self) -> bool:
        return self.base_url is None or urlparse(self.base_url).hostname == OPENAI_HOST

    @property
    def server_model_unnamed(self) -> bool:
        """A server other than OpenAI and no model given: the default model is OpenAI's
        name, which Ollama, vLLM or llama.cpp would reject."""
        return "model" not in self.model_fields_set and not self.talks_to_openai

    @property
    def resolved_mode(self) -> ModeName:
        """Tool calling for OpenAI itself; JSON-schema mode for vLLM, Ollama, llama.cpp and
        the in-process backend, whose grammar is built from the schema."""
        if self.mode is not None:
            return self.mode
        if self.resolved_backend()[0] == "local":
            return "json_schema"
        return "tools" if self.talks_to_openai else "json_schema"

    @property
    def resolved_overview(self) -> bool:
        """Whether briefings get a model-written overview: asked for, or a model is set."""
        if self.overview is not None:
            return self.overview
        return self.resolved_backend()[0] in ("openai", "local")

    def resolved_backend(self) -> tuple[BackendName, str | None]:
        """The backend to run and, when it was not asked for, a line saying why."""
        if self.backend is not None:
            return self.backend, None
        if self.api_key is not None or self.base_url is not None:
            return "openai", None
        if self.model_path is not None or known_model(self.model) is not None:
            return "local", None
        return "baseline", (
            "No LLM configured: using the offline baseline extractor. For a model, set "
            "SUMMARISE_BASE_URL (Ollama, vLLM, llama.cpp server) or OPENAI_API_KEY, "
            f"or {self.named('model', 'PATH.gguf')} (SUMMARISE_MODEL) with the 'local' extra "
            "installed."
        )


FIELDS = tuple(name for name in Settings.model_fields if name not in ("api_key_from", "flags_in"))


def _is_openai_over_tls(url: str) -> bool:
    """Only OpenAI's own host, and only over TLS, may receive ``OPENAI_API_KEY`` unasked."""
    parsed = urlparse(url)
    return parsed.scheme == "https" and parsed.hostname == OPENAI_HOST


def _weights_as_path(layer: dict[str, Any]) -> dict[str, Any]:
    """Within one layer, a ``model`` ending in ``.gguf`` is the local weights file, and the
    name of a known local model (``summarise models``) clears any weights file below it.

    Done per layer so that ``--model other.gguf`` or ``--model qwen2.5-coder-0.5b`` beats
    a ``model_path`` from the config file, as every flag beats the file.
    """
    model = layer.get("model")
    if isinstance(model, str) and model.lower().endswith(".gguf"):
        layer = {k: v for k, v in layer.items() if k != "model"}
        layer["model_path"] = model
    elif isinstance(model, str) and known_model(model) is not None:
        layer = {**layer, "model_path": None}
    return layer


def default_config_file(env: Mapping[str, str]) -> Path:
    explicit = env.get(f"{ENV_PREFIX}CONFIG")
    if explicit:
        return Path(explicit)
    return Path(platformdirs.user_config_dir("summarise")) / "config.toml"


# What a setting's value must be, by pydantic's error type, in words for the config file.
_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "path_type": "a path (text)",
}
# What a text setting holds, for the settings whose name does not say it.
_TEXT_OF = {"model": "a model name, or a .gguf file", "api_key": "the server's API key"}
_SHOWN_CHARS = 30


def _given(value: object) -> str:
    """A value as the person wrote it, or what kind of thing it is when that is long."""
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return repr(value) if len(value) <= _SHOWN_CHARS else "text"
    return "true" if value is True else "false" if value is False else str(value)


def _problem(error: Any, value: object) -> str:
    """One setting's problem: which key, what it must be, and what it was."""
    key = ".".join(str(part) for part in error["loc"]) or "settings"
    message = str(error["msg"])
    if error["type"] == "value_error":
        return f"{key}: {message.removeprefix('Value error, ')}"
    expected = _EXPECTED.get(error["type"]) or message.removeprefix("Input should be ")
    if error["type"] == "literal_error":
        expected = f"one of {expected}"
    if expected == "text" and key in _TEXT_OF:
        expected = f"text ({_TEXT_OF[key]})"
    return f"{key} must be {expected}, not {_given(value)}"


def _problems(exc: ValidationError, values: Mapping[str, Any]) -> str:
    return "; ".join(
        _problem(error, values.get(str(error["loc"][0])) if error["loc"] else None)
        for error in exc.errors()
    )


def _read_config_file(path: Path, explicit: bool) -> dict[str, Any]:
    if not path.exists():
        if explicit:
            raise ConfigError(f"Config file {path} does not exist: check the path.")
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(
            f"Config file {path} cannot be read: {cause(str(exc))}. Fix or remove it."
        ) from exc
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        problem = unknown_keys(unknown, FIELDS, "setting")
        raise ConfigError(f"Config file {path}: {problem}{'' if problem.endswith('?') else '.'}")
    try:
        Settings.model_validate(_weights_as_path(data))
    except ValidationError as exc:
        tables = [key for key, value in data.items() if isinstance(value, dict)]
        hint = (
            f'; settings here are top-level keys, like {tables[0]} = "..." ([{tables[0]}] '
            "tables belong in a briefing.toml)"
            if tables
            else ""
        )
        raise ConfigError(f"Config file {path}: {_problems(exc, data)}{hint}.") from exc
    return data


def _from_env(env: Mapping[str, str]) -> dict[str, Any]:
    return {
        field: env[f"{ENV_PREFIX}{field.upper()}"]
        for field in FIELDS
        if env.get(f"{ENV_PREFIX}{field.upper()}", "") != ""
    }


def load_settings(
    flags: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    config_file: Path | None = None,
    flags_from: str = "--api-key",
    flags_in: str | None = None,
) -> Settings:
    """Merge the four layers; ``None`` flags mean "not given" and fall through.

    ``--model`` names a hosted model or, when it ends in ``.gguf``, a local weights file:
    one flag for one idea, whichever backend serves it. ``flags_from`` names where a key
    among ``flags`` was written, for the message if a server rejects it; ``flags_in``, where
    ``flags`` were written when not on the command line, for hints that name a setting.
    """
    env = os.environ if env is None else env
    explicit_file = config_file is not None or bool(env.get(f"{ENV_PREFIX}CONFIG"))
    path = config_file if config_file is not None else default_config_file(env)
    merged: dict[str, Any] = {"flags_in": flags_in}
    from_file = _read_config_file(path, explicit_file)
    if "api_key" in from_file:
        merged["api_key_from"] = f"the config file {path}"
    merged.update(_weights_as_path(from_file))
    openai_pairs = (
        ("base_url", env.get("OPENAI_BASE_URL")),
        ("api_key", env.get("OPENAI_API_KEY")),
    )
    openai_layer = {k: v for k, v in openai_pairs if v}
    if "base_url" in openai_layer:
        merged["base_url"] = openai_layer["base_url"]
    from_env = _from_env(env)
    merged.update(_weights_as_path(from_env))
    given = {k: v for k, v in (flags or {}).items() if v is not None}
    merged.update(_weights_as_path(given))
    if "api_key" in given:
        merged["api_key_from"] = flags_from
    elif "api_key" in from_env:
        merged["api_key_from"] = f"{ENV_PREFIX}API_KEY"
    if "api_key" not in merged and "api_key" in openai_layer:
        base_url = merged.get("base_url")
        if base_url is None or _is_openai_over_tls(str(base_url)):
            merged["api_key"] = openai_layer["api_key"]
            merged["api_key_from"] = "OPENAI_API_KEY"
    try:
        return Settings.model_validate(merged)
    except ValidationError as exc:
        raise ConfigError(f"Invalid settings: {_problems(exc, merged)}.") from exc
