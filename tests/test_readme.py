"""The README is the manual: every command and every option a person can type is in it."""

from __future__ import annotations

import click
import pytest
from helpers import ROOT

from summarise.cli import cli
from summarise.settings import FIELDS

README = (ROOT / "README.md").read_text(encoding="utf-8")
# Every setting is also a flag of the same name, which the README says once for all.
SETTING_FLAGS = {"--" + field.replace("_", "-") for field in FIELDS}


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = []
    for name, command in sorted(group.commands.items()):
        path = f"{prefix}{name}"
        found.append((path, command))
        if isinstance(command, click.Group):
            found += _commands(command, f"{path} ")
    return found


COMMANDS = _commands(cli)


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_command_and_its_own_options_are_in_the_readme(
    name: str, command: click.Command
) -> None:
    own = [
        flag
        for param in command.params
        if isinstance(param, click.Option)
        for flag in param.opts
        if flag.startswith("--") and flag not in SETTING_FLAGS
    ]

    assert f"summarise {name}" in README
    assert [flag for flag in own if flag not in README] == []
