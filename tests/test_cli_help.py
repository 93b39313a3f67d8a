"""Every ``--help`` says what each option does, and, where leaving it out means a value,
which one: a newcomer reads the help, not ``settings.py`` (user24 found the model flags,
``cache``'s two and ``eval --articles`` without theirs, or with a wrong one)."""

from __future__ import annotations

from collections.abc import Iterator

import click
import pytest
from click.testing import CliRunner

from summarise.cli.commands import cli
from summarise.extraction.prompting.strategy import BACKEND_DEFAULTS, Strategy
from summarise.settings import Settings

# Options whose absence means "none of it" (no filter, no file, no key), so they have no
# default to say.
NOTHING_WHEN_ABSENT = {
    "--out",
    "--base-url",
    "--api-key",
    "--party",
    "--aliases",
    "--since",
    "--store",
    "--compare",
    "--report",
    "--only",
    "--fail-under",
    "--category",
    "--format",
}


def commands(
    group: click.Command = cli, path: str = "summarise"
) -> Iterator[tuple[str, click.Command]]:
    yield path, group
    if isinstance(group, click.Group):
        for name, command in group.commands.items():
            yield from commands(command, f"{path} {name}")


def options() -> Iterator[tuple[str, click.Option]]:
    for path, command in commands():
        for param in command.params:
            if isinstance(param, click.Option) and param.opts[0] != "--help":
                yield f"{path} {param.opts[0]}", param


OPTIONS = dict(options())


@pytest.mark.parametrize("name", list(OPTIONS))
def test_every_option_says_what_it_does(name: str) -> None:
    assert OPTIONS[name].help, f"{name} has no help"


def takes_a_value_when_absent(option: click.Option) -> bool:
    """A plain on-switch, a required option or one whose absence means nothing has no
    default to say."""
    plain_switch = option.is_flag and not option.secondary_opts
    return not (plain_switch or option.required or option.opts[0] in NOTHING_WHEN_ABSENT)


WITH_A_DEFAULT = [name for name, option in OPTIONS.items() if takes_a_value_when_absent(option)]


@pytest.mark.parametrize("name", WITH_A_DEFAULT)
def test_every_option_with_a_value_says_its_default(name: str) -> None:
    option = OPTIONS[name]
    assert option.show_default or "default" in (option.help or ""), f"{name}: no default said"


def help_of(flag: str) -> str:
    option = next(p for p in cli.commands["brief"].params if flag in p.opts)
    assert isinstance(option, click.Option)
    return option.help or ""


@pytest.mark.parametrize(
    ("flag", "field"),
    [
        ("--concurrency", "concurrency"),
        ("--max-tokens", "max_tokens"),
        ("--chunk-chars", "chunk_chars"),
        ("--timeout", "timeout"),
        ("--retries", "retries"),
        ("--reasks", "reasks"),
        ("--n-ctx", "n_ctx"),
        ("--on-cut", "on_cut"),
    ],
)
def test_a_setting_s_default_is_the_one_settings_holds(flag: str, field: str) -> None:
    value = getattr(Settings(), field)
    said = f"{value:g}" if isinstance(value, float) else str(value)
    assert f"default {said})" in help_of(flag)


@pytest.mark.parametrize(
    ("flag", "field"),
    [
        ("--evidence", "evidence"),
        ("--passes", "passes"),
        ("--candidates", "candidates"),
        ("--prompt-style", "prompt_style"),
    ],
)
def test_a_strategy_s_default_is_the_api_backend_s(flag: str, field: str) -> None:
    """The API path's strategy, the one a newcomer with a server meets first."""
    default = getattr(BACKEND_DEFAULTS.get("openai", Strategy()), field)
    assert f"default {default}" in help_of(flag) or f"default: {default}" in help_of(flag)


def test_eval_s_articles_default_is_said_once_and_rightly() -> None:
    """It said "(default: the 'articles' folder beside --labels …)" and "[default: seeds]"."""
    said = CliRunner().invoke(cli, ["eval", "--help"]).output

    assert "[default: seeds]" not in said
    assert "beside --labels" in " ".join(said.split())
