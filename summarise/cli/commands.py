"""The commands of ``summarise``, assembled into one group, and what turns their errors
into one line and an exit code (the exit codes: ``summarise.cli``).

Apart from ``summarise.cli``, the console entry point, because importing them is most of
the program's start-up: the entry point handles signals before it imports this.
"""

from __future__ import annotations

import importlib
import sys

import click

from summarise.cli.brief import brief, extract
from summarise.cli.cache_admin import cache
from summarise.cli.evaluate import evaluate
from summarise.cli.guide import guide
from summarise.cli.label import label
from summarise.cli.models import models
from summarise.cli.progress import stderr
from summarise.cli.scheduled import run_command, schedule
from summarise.cli.suggestions import usage_message
from summarise.cli.timeline import timeline
from summarise.errors import BackendMisconfigured, ConfigError, SummariseError
from summarise.exit_codes import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_USAGE
from summarise.interrupts import abandon_on_sigterm

# Command groups imported when first named: their name, and the module that defines it.
_LAZY = {"batch": "summarise.cli.batch"}


class _Commands(click.Group):
    """Imports the ``batch`` group only when it is asked for: it loads the openai client,
    seconds of start-up that ``--version``, ``brief`` and the rest never need."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_LAZY})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in _LAZY:
            command = getattr(importlib.import_module(_LAZY[cmd_name]), cmd_name)
            assert isinstance(command, click.Command)
            return command
        return super().get_command(ctx, cmd_name)


@click.group(cls=_Commands)
@click.version_option(package_name="summarise")
def cli() -> None:
    """Turn crisis news articles into a sourced, structured briefing."""


for command in (
    extract,
    brief,
    evaluate,
    guide,
    label,
    cache,
    models,
    run_command,
    schedule,
    timeline,
):
    cli.add_command(command)


def main() -> None:
    """Every command: one line per error, exit codes as ``summarise.cli`` says; SIGTERM ends
    any command as Ctrl-C does."""
    try:
        with abandon_on_sigterm():
            cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        stderr.print("Interrupted.", markup=False)
        sys.exit(EXIT_INTERRUPTED)
    except click.ClickException as exc:
        # click's own show() prints the usage, a hint and the error on three lines.
        ctx = exc.ctx if isinstance(exc, click.UsageError) else None
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        stderr.print(f"error: {usage_message(exc)}{hint}", markup=False)
        sys.exit(EXIT_USAGE)
    except (ConfigError, BackendMisconfigured) as exc:
        # A rejected key met before any article (asking which model a server serves) is
        # as much a setting to change as one met by the articles, which exit 2 too.
        stderr.print(f"error: {exc}", markup=False)
        sys.exit(EXIT_USAGE)
    except SummariseError as exc:
        stderr.print(f"error: {exc}", markup=False)
        sys.exit(EXIT_FAILED)
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        stderr.print(f"error: {exc.strerror or exc}{where}", markup=False)
        sys.exit(EXIT_FAILED)
