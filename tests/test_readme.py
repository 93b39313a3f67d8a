"""The README is the manual: every command and every option a person can type is in it."""

from __future__ import annotations

import re

import click
import pytest
from helpers import ROOT

from summarise.cli.commands import cli
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


def _options(command: click.Command) -> set[str]:
    return {
        flag
        for param in command.params
        if isinstance(param, click.Option)
        for flag in [*param.opts, *param.secondary_opts]
    }


def test_every_option_the_readme_shows_on_a_command_line_exists() -> None:
    """The other way round: a flag shown after ``summarise CMD`` (in a code block, a table
    row or a sentence's command) is one CMD takes, so an example runs as written."""
    named = dict(COMMANDS)
    # A command and what follows it up to the end of its code span, line or table cell;
    # a table cell's escaped bar (``md\\|json``) is part of the command.
    command_line = r"summarise ((?:batch|cache) [a-z]+|[a-z]+)((?:\\\||[^`\n|])*)"
    shown = [
        (name, flag)
        for match in re.finditer(command_line, README)
        if (name := match.group(1)) in named
        for flag in re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", match.group(2))
    ]

    assert len({flag for _, flag in shown}) > 25
    assert [(name, flag) for name, flag in shown if flag not in _options(named[name])] == []


def test_every_setting_is_a_flag_but_the_two_the_readme_names() -> None:
    brief = dict(COMMANDS)["brief"]

    assert sorted(SETTING_FLAGS - _options(brief)) == ["--data-dir", "--model-path"]
    assert "`data_dir`\n(where models and batch state are kept) is a variable" in README
    assert "`model_path` is set by `--model FILE.gguf`" in README


def test_every_python_file_the_readme_names_exists() -> None:
    """A newcomer sent to a module that was renamed (``measures.py`` became
    ``measure_agents.py``) finds nothing; every ``name.py`` the README writes in backticks is
    a file of the package, the tests or the benchmarks (a ``*`` names a family)."""
    files = [
        p.relative_to(ROOT).as_posix()
        for part in ("summarise", "tests", "benchmarks")
        for p in (ROOT / part).rglob("*.py")
    ]
    missing = []
    for named in sorted(set(re.findall(r"`([\w/*.{},-]+\.py)`", README))):
        pattern = re.escape(named).replace(r"\*", r"[\w]*")
        if not any(re.search(rf"(?:^|/){pattern}$", f) for f in files):
            missing.append(named)
    assert missing == []


def test_the_map_of_where_things_are_names_every_top_level_module() -> None:
    """ "Where things are" is the newcomer's map of ``summarise/``: a module or package added
    at the top (``modelfiles/``, ``fileio.py``) is named there, or the newcomer never learns
    it is there."""
    start = README.index("### Where things are")
    section = README[start : README.index("\n### ", start + 1)]
    package = ROOT / "summarise"
    names = sorted(
        p.stem
        for p in package.iterdir()
        if not p.name.startswith(("_", "."))
        and (p.suffix == ".py" or (p.is_dir() and (p / "__init__.py").exists()))
    )
    named = " ".join(re.findall(r"`([^`]+)`", section))
    assert [n for n in names if not re.search(rf"\b{n}\b", named)] == []
