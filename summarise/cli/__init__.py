"""The ``summarise`` command: a thin shell over the library.

Exit codes: 0 all done; 1 some articles failed (each named with why); 2 usage or
configuration errors. Errors are one line on stderr; stdout carries only the output.
Each command group lives in its own module; this one assembles them and turns errors into
one line and an exit code.
"""

from __future__ import annotations

import sys

import click

from summarise.cli.batch import batch
from summarise.cli.brief import brief, extract
from summarise.cli.cache_admin import cache
from summarise.cli.evaluate import evaluate
from summarise.cli.label import label
from summarise.cli.models import models
from summarise.cli.options import EXIT_FAILED, EXIT_USAGE
from summarise.cli.progress import stderr
from summarise.cli.scheduled import run_command, schedule
from summarise.cli.timeline import timeline
from summarise.errors import ConfigError, SummariseError


@click.group()
@click.version_option(package_name="summarise")
def cli() -> None:
    """Turn crisis news articles into a sourced, structured briefing."""


for command in (
    extract,
    brief,
    evaluate,
    label,
    cache,
    batch,
    models,
    run_command,
    schedule,
    timeline,
):
    cli.add_command(command)


def main() -> None:
    """Console entry point: one line per error, exit codes as the module docstring says."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        stderr.print("Interrupted.", markup=False)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE)
    except ConfigError as exc:
        stderr.print(f"error: {exc}", markup=False)
        sys.exit(EXIT_USAGE)
    except SummariseError as exc:
        stderr.print(f"error: {exc}", markup=False)
        sys.exit(EXIT_FAILED)
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        stderr.print(f"error: {exc.strerror or exc}{where}", markup=False)
        sys.exit(EXIT_FAILED)
