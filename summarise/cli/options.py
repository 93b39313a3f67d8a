"""The flags every extracting command shares, and turning them into ``Settings``.

Unset flags are ``None`` and fall through to the environment and the config file, so one
list here is the whole command-line face of ``summarise.settings``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar, get_args

import click

from summarise.settings import (
    BackendName,
    CandidatesName,
    CutName,
    EvidenceName,
    ModeName,
    PassesName,
    PromptStyle,
    Settings,
    load_settings,
)

F = TypeVar("F", bound=Callable[..., Any])


def output_path(_ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path | None:
    """``--out -`` is stdout, as ``-`` among the PATHs is stdin: it wrote a file named "-"."""
    return None if value is not None and str(value) == "-" else value


def out_option(help: str = "Write here, not to stdout (- is stdout).") -> Callable[[F], F]:
    """``--out PATH``, where ``-`` is stdout (``output_path``): one definition for every
    command that writes a file."""

    def decorate(func: F) -> F:
        return click.option(
            "--out", type=click.Path(path_type=Path), callback=output_path, help=help
        )(func)

    return decorate


def day(_ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """A calendar day written YYYY-MM-DD. click's DateTime calls "2022-02-30" a format
    mismatch; the user needs to hear that the day does not exist."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a day of the calendar (write YYYY-MM-DD)", param=param
        ) from None


def _default(field: str) -> object:
    """A setting's default as ``Settings`` holds it, so the help cannot drift from it."""
    return Settings.model_fields[field].default


_SETTING_FLAGS: list[tuple[str, dict[str, Any]]] = [
    (
        "--backend",
        {
            "type": click.Choice(get_args(BackendName)),
            "help": "Extractor (default: openai when an API key or --base-url is set, local "
            "for --model FILE.gguf or a known model's name, else baseline).",
        },
    ),
    (
        "--model",
        {
            "help": "Model name, or a .gguf file for the local backend (default: the one "
            f"model a --base-url server serves, else {_default('model')})."
        },
    ),
    ("--base-url", {"help": "OpenAI-compatible server, e.g. http://localhost:11434/v1."}),
    ("--api-key", {"help": "API key (prefer SUMMARISE_API_KEY; OPENAI_API_KEY is for OpenAI)."}),
    (
        "--mode",
        {
            "type": click.Choice(get_args(ModeName)),
            "help": "How the reply is constrained (default: tools for OpenAI, else json_schema).",
        },
    ),
    (
        "--concurrency",
        {"type": int, "help": f"Articles extracted at once (default {_default('concurrency')})."},
    ),
    (
        "--temperature",
        {"type": float, "help": f"Sampling temperature (default {_default('temperature'):g})."},
    ),
    (
        "--seed",
        {"type": int, "help": "Sampling seed, where the server honours one (default: none)."},
    ),
    (
        "--max-tokens",
        {"type": int, "help": f"Reply token limit per request (default {_default('max_tokens')})."},
    ),
    (
        "--chunk-chars",
        {
            "type": int,
            "help": "Articles longer than this many characters are split on sentence "
            f"boundaries (default {_default('chunk_chars')}).",
        },
    ),
    (
        "--on-cut",
        {
            "type": click.Choice(get_args(CutName)),
            "help": "A reply cut at --max-tokens: split halves the piece and asks for each "
            "half; keep keeps the items the reply finished, for a small model that loops "
            f"(default {_default('on_cut')}).",
        },
    ),
    (
        "--timeout",
        {"type": float, "help": f"Seconds per request (default {_default('timeout'):g})."},
    ),
    (
        "--retries",
        {
            "type": int,
            "help": "Transport retries per request: 429, 5xx, timeouts, resets "
            f"(default {_default('retries')}).",
        },
    ),
    (
        "--retry-wait",
        {
            "type": float,
            "help": "First wait between transport retries, seconds; it doubles "
            f"(default {_default('retry_wait'):g}).",
        },
    ),
    (
        "--reasks",
        {"type": int, "help": f"Re-asks after invalid output (default {_default('reasks')})."},
    ),
    (
        "--n-ctx",
        {
            "type": int,
            "help": f"Context size, tokens (local backend; default {_default('n_ctx')}).",
        },
    ),
    (
        "--n-threads",
        {"type": int, "help": "Threads (local backend; default: llama.cpp's own choice)."},
    ),
    (
        "--cache-dir",
        {
            "type": click.Path(path_type=Path),
            "help": "The cache of extractions and overviews (default: SUMMARISE_CACHE_DIR or "
            "the config's cache_dir, else the user cache dir's summarise folder).",
        },
    ),
    (
        "--evidence",
        {
            "type": click.Choice(get_args(EvidenceName)),
            "help": "quote: the model copies quotes; sentence: it cites numbered sentences "
            "and the program writes the quote (default quote).",
        },
    ),
    (
        "--passes",
        {
            "type": click.Choice(get_args(PassesName)),
            "help": "One request for all three categories, or one per category (default one).",
        },
    ),
    (
        "--worked-example/--no-worked-example",
        {"help": "A short example article and its answer in the prompt (default: none)."},
    ),
    (
        "--candidates",
        {
            "type": click.Choice(get_args(CandidatesName)),
            "help": "Who proposes items: the model, the offline baseline (the model keeps or "
            "rejects each) or every sentence (default: model; baseline for the local backend).",
        },
    ),
    (
        "--prompt-style",
        {
            "type": click.Choice(get_args(PromptStyle)),
            "help": "full: the long prompt and the schema's descriptions; compact: a short "
            "prompt and a bare schema (default compact).",
        },
    ),
]


def model_options(func: F) -> F:
    """The settings every extracting command accepts; unset flags fall through to env/config."""
    func = setting_options(*(flag for flag, _ in _SETTING_FLAGS))(func)
    return click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")(func)


def setting_options(*flags: str) -> Callable[[F], F]:
    """Some of the setting flags, and ``--config``: for commands that use only those."""
    chosen = [(flag, kwargs) for flag, kwargs in _SETTING_FLAGS if flag in flags]

    def decorate(func: F) -> F:
        for flag, kwargs in reversed(chosen):
            func = click.option(flag, default=None, **kwargs)(func)
        return config_option(func)

    return decorate


def config_option(func: F) -> F:
    return click.option(
        "--config",
        "config_file",
        type=click.Path(path_type=Path),
        help="Config file (TOML); default: the user config dir's summarise/config.toml.",
    )(func)


def settings_from(options: dict[str, Any]) -> Settings:
    """The settings the flags ask for; pops ``config_file`` so the rest are setting names."""
    config_file = options.pop("config_file", None)
    return load_settings(flags=options, config_file=config_file)
